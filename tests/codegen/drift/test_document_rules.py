"""Operation-level rules on whole document pairs (``cases/document-rules.yaml``): each pair yields
exactly the listed changes, touching the listed facade operations."""

from __future__ import annotations

import pytest

from codegen.drift.checks import documents
from codegen.drift.documents import Document
from tests.codegen.drift.conftest import Diff
from tests.codegen.drift.rule_cases import DocumentCase, document_cases

CASES = list(document_cases())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_document_rule(case: DocumentCase, diff: Diff) -> None:
    old, new = Document(case.old, "old"), Document(case.new, "new")
    changes = [*documents.check(old, new), *diff(case.old, case.new)]
    found = sorted((c.rule, c.severity, c.location) for c in changes)
    assert found == sorted(case.expect)
    if case.facade is not None:
        assert {c.facade for c in changes if c.rule != "document-invalid"} == {case.facade}
