"""Schema-level rules at every position: each pair of ``cases/schema-rules.yaml`` placed in a query
parameter, a request body, a request property, a response body and a response property."""

from __future__ import annotations

import pytest

from codegen.drift.documents import Document
from codegen.drift.rules import compare_documents
from tests.codegen.drift.rule_cases import SchemaCase, schema_cases

CASES = list(schema_cases())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_schema_rule(case: SchemaCase) -> None:
    changes = compare_documents(Document(case.old, "old"), Document(case.new, "new"))
    assert sorted(c.rule for c in changes) == sorted([case.rule, *case.also])
    (change,) = [c for c in changes if c.rule == case.rule]
    assert change.severity == case.severity
    assert change.direction == case.position.split("-")[0]
    assert change.operations == ("POST /probe",)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_schema_against_itself_is_no_change(case: SchemaCase) -> None:
    for doc in (case.old, case.new):
        assert compare_documents(Document(doc, "a"), Document(doc, "b")) == []
