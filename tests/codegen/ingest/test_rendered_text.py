"""Rendered docs text: method and path one segment a line, fields as line groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.errors import PageError
from codegen.ingest import detect_format, import_page
from codegen.ingest.page import Page
from tests.codegen.ingest.fragments import PAGES, SEEDS, only_operation


def test_agi_seed() -> None:
    page = Page.read(SEEDS / "agi-resume-session.txt")
    assert detect_format(page) == "rendered-text"
    fragment = import_page(page)
    path, method, op = only_operation(fragment)
    assert (method, path) == ("post", "/v1/sessions/{session_id}/resume")
    assert op["operationId"] == "resume_session"
    assert op["parameters"] == [
        {
            "name": "session_id",
            "in": "path",
            "description": "The UUID of the session",
            "required": True,
            "schema": {"type": "string"},
        }
    ]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["success"]["type"] == "boolean"
    assert schema["properties"]["message"]["type"] == "string"
    assert op["security"] == [{"bearerAuth": []}]
    # the first curl's api.example.com is a placeholder; the Example section has the real host
    assert fragment["servers"] == [{"url": "https://api.agi.tech"}]
    assert "requestBody" not in op


def test_query_parameters_heading_optional_fields_and_example() -> None:
    path, method, op = only_operation(import_page(Page.read(PAGES / "list-runs.txt")))
    assert (method, path) == ("get", "/v2/runs")
    assert [(p["name"], p["in"], p.get("required", False)) for p in op["parameters"]] == [
        ("limit", "query", False),
        ("status", "query", False),
    ]
    ok = op["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["required"] == ["total"]
    assert ok["examples"]["example"]["value"] == {"runs": [], "total": 0}


def test_post_fields_become_the_json_body() -> None:
    fragment = import_page(Page.read(PAGES / "send-message.txt"))
    _, _, op = only_operation(fragment)
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["message"]["type"] == "string"
    assert body["properties"]["priority"]["type"] == "integer"
    assert body["required"] == ["message"]
    assert [p["name"] for p in op["parameters"]] == ["session_id"]
    assert fragment["servers"] == [{"url": "https://api.agent.test"}]


def test_text_without_an_operation_is_an_error() -> None:
    with pytest.raises(PageError, match="no operation found"):
        import_page(Page(Path("x.txt"), "Title\nsome text\n"), "rendered-text")
