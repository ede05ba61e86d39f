"""The rule catalog: every rule has a check that a test case makes it emit, and no id is declared twice.

Ids are found where they are emitted: each rule is a named constant in the module of its check, and the
catalog is read from those modules (``codegen.drift.catalog``).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from codegen.drift import catalog
from codegen.drift.checks import documents
from codegen.drift.documents import Document
from codegen.drift.model import Rule
from codegen.drift.rules import compare_documents
from tests.codegen.drift import test_python_api, test_rules
from tests.codegen.drift.rule_cases import base_document, document_cases, schema_cases

CHECKS = Path(catalog.__file__).parent


def _emitted_by_document_pairs() -> set[str]:
    pairs: list[tuple[Document, Document]] = []
    for case in test_rules.CASES:
        base = base_document()
        changed = copy.deepcopy(base)
        case.change(changed)
        pairs += [
            (Document(base, "old"), Document(changed, "new")),
            (Document(changed, "old"), Document(base, "new")),
        ]
    pairs += [(Document(c.old, "old"), Document(c.new, "new")) for c in schema_cases()]
    pairs += [(Document(c.old, "old"), Document(c.new, "new")) for c in document_cases()]
    emitted = set()
    for old, new in pairs:
        emitted |= {c.rule for c in compare_documents(old, new)}
        emitted |= {c.rule for c in documents.check(old, new)}
    return emitted


def test_every_catalog_rule_is_emitted_by_some_test_case(tmp_path: Path) -> None:
    emitted = _emitted_by_document_pairs() | test_python_api.emitted_rules(tmp_path)
    assert sorted(set(catalog.RULES) - emitted) == []


def test_no_rule_id_is_declared_twice() -> None:
    rules = catalog.all_rules()
    assert catalog.duplicates(rules) == []
    assert len(catalog.RULES) == len(rules)


def test_a_second_declaration_of_an_id_is_found() -> None:
    """The check the registry runs at import: a planted second declaration is reported, not merged."""
    planted = [*catalog.all_rules(), Rule("endpoint-removed", "info", "none", "the same id again")]
    assert catalog.duplicates(planted) == ["endpoint-removed"]


@pytest.mark.parametrize("rule_id", sorted(catalog.RULES))
def test_each_id_is_kebab_case_and_written_literally_in_one_check_module(rule_id: str) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule_id)
    sources = [*CHECKS.glob("checks/*.py"), CHECKS / "python_api.py"]
    holders = [p.name for p in sources if f'"{rule_id}"' in p.read_text(encoding="utf-8")]
    assert len(holders) == 1, holders
