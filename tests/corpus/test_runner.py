"""``make corpus`` on a corpus of two small documents: one builds, one does not and says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.codegen.generate.helpers import document, operation
from tests.corpus.runner import documents, run

pytestmark = pytest.mark.slow


def test_a_document_builds_and_a_broken_one_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    good = document({"/a": {"get": operation("getThing")}, "/b": {"get": operation("get_thing")}})
    good.pop("servers")  # the runner gives a document without a server a placeholder one
    (corpus / "vendor").mkdir(parents=True)
    (corpus / "vendor" / "api.json").write_text(json.dumps(good))
    xml = operation("sends_xml")
    xml["requestBody"] = {"content": {"application/xml": {"schema": {"type": "string"}}}}
    (corpus / "other").mkdir()
    (corpus / "other" / "spec.json").write_text(json.dumps(document({"/x": {"post": xml}})))
    assert [d.name for d in documents(corpus)] == ["other", "vendor"]

    other, vendor = run(corpus, tmp_path / "work", jobs=1)
    assert (vendor.problems, vendor.operations, vendor.functions) == ([], 2, 2)
    [problem] = other.problems
    assert problem.startswith("generate: operations: 1 operation(s) have no generated function: POST /x")
