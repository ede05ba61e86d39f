"""The one docs type-notation parser, and placeholder path segments, construct by construct."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.ingest import import_page
from codegen.ingest.page import Page
from codegen.ingest.types import enum_options, parse_type, type_schema
from codegen.ingest.urls import template_path
from tests.codegen.ingest.fragments import only_operation


@pytest.mark.parametrize(
    ("notation", "schema"),
    [
        ("enum<string>", {"type": "string"}),
        ("enum<integer>", {"type": "integer"}),
        ("array<object>", {"type": "array", "items": {"type": "object"}}),
        ("string | null", {"type": ["string", "null"]}),
        ("any", {}),
        ("file", {"type": "string", "format": "binary"}),
        ("Array", {"type": "array", "items": {}}),
        ("string<uuid>", {"type": "string", "format": "uuid"}),
        ("'test' | 'live'", {"type": "string", "enum": ["test", "live"]}),
        ('"user" | "team"', {"type": "string", "enum": ["user", "team"]}),
        ("map[string]string", {"type": "object", "additionalProperties": {"type": "string"}}),
        ("int64", {"type": "integer", "format": "int64"}),
        ("[]string", {"type": "array", "items": {"type": "string"}}),
        ("Record<string, number>", {"type": "object", "additionalProperties": {"type": "number"}}),
        ("array<string | null>", {"type": "array", "items": {"type": ["string", "null"]}}),
    ],
)
def test_notation(notation: str, schema: dict[str, Any]) -> None:
    assert parse_type(notation) == schema


def test_unknown_names_are_any_only_when_lenient() -> None:
    assert parse_type("Span[]") is None and type_schema("Span[]") == {"type": "array", "items": {}}
    assert parse_type("Overview") is None


def test_enum_values_inline_and_as_bullets() -> None:
    assert enum_options("Mode. Available options: `fast`, `careful`") == (["fast", "careful"], "Mode.")
    values, rest = enum_options("Status\n\n**Possible values:**\n\n* `running` - busy\n* `error` - failed\n")
    assert (values, rest) == (["running", "error"], "Status")


@pytest.mark.parametrize(
    ("written", "declared", "template"),
    [
        ("/v1/s/<session_id>/pause", ["session_id"], "/v1/s/{session_id}/pause"),
        ("/v2/topics/:urlGroupName/endpoints", ["urlGroupName"], "/v2/topics/{urlGroupName}/endpoints"),
        ("/v1/s/$SESSION_ID", ["session_id"], "/v1/s/{session_id}"),
        ("/v1/s/SESSION_ID/pause", ["session_id"], "/v1/s/{session_id}/pause"),
        ("/v1/c/{connection_id}", ["id"], "/v1/c/{id}"),
        ("/v1/s/f6a7b0e6-7f46-4a0d-9a47-92b7f0a4d2d3", ["session_id"], "/v1/s/{session_id}"),
        ("/v1/s/<sid>", [], "/v1/s/{sid}"),
        ("/api/v1/task/task_123", [], "/api/v1/task/task_123"),
    ],
)
def test_placeholders_are_matched_to_declared_names(written: str, declared: list[str], template: str) -> None:
    assert template_path(written, declared) == template


NESTED = """---
api: "POST https://api.x.io/v1/items"
---

<ParamField body="groups" type="array" required>
  <Expandable>
    <ParamField body="members" type="object[]">
      <Expandable>
        <ParamField body="id" type="string" required>Member id</ParamField>
      </Expandable>
    </ParamField>
  </Expandable>
</ParamField>
<ParamField body="tags" type="Array">Free tags</ParamField>
<ResponseField name="404" type="error">No such item</ResponseField>
"""


def test_arrays_with_nested_fields_are_arrays_of_objects_at_any_depth() -> None:
    fragment = import_page(Page(Path("nested.mdx"), NESTED))
    path, method, op = only_operation(fragment)
    assert (method, path, fragment["servers"]) == ("post", "/v1/items", [{"url": "https://api.x.io"}])
    body = op["requestBody"]["content"]["application/json"]["schema"]["properties"]
    member = body["groups"]["items"]["properties"]["members"]["items"]
    assert member["type"] == "object" and member["required"] == ["id"]
    assert body["tags"] == {"description": "Free tags", "type": "array", "items": {}}
    assert op["responses"]["404"] == {"description": "No such item"}


def test_html_page_converts() -> None:
    html = (
        "<!DOCTYPE html><html><head><script>x='<div>GET</div>'</script></head><body>"
        "<div>POST</div><div>/v1/s/{session_id}/pause</div><h1>Pause Session</h1>"
        "<h2>Request</h2><div><div>session_id</div><div>string</div><div>required</div><p>The id</p></div>"
        "<pre>curl -X POST https://api.agi.tech/v1/s/&lt;session_id&gt;/pause"
        " -H 'Authorization: Bearer k'</pre>"
        "</body></html>"
    )
    fragment = import_page(Page(Path("p.html"), html))
    path, method, op = only_operation(fragment)
    assert (method, path) == ("post", "/v1/s/{session_id}/pause")
    assert op["parameters"][0]["name"] == "session_id" and op["security"] == [{"bearerAuth": []}]
    assert fragment["servers"] == [{"url": "https://api.agi.tech"}]


NAMED = """---
api: "GET https://api.x.io/v1/spans"
---

## Response

<ResponseField name="data" type="Span[]">The spans</ResponseField>

### Span Object

<ResponseField name="span_id" type="string" required>Id</ResponseField>

## Errors
"""


def test_a_type_described_in_its_own_section_is_a_component() -> None:
    fragment = import_page(Page(Path("named.mdx"), NAMED))
    _, _, op = only_operation(fragment)
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert list(schema["properties"]) == ["data"]
    assert schema["properties"]["data"]["items"] == {"$ref": "#/components/schemas/Span"}
    span = fragment["components"]["schemas"]["Span"]
    assert span == {
        "type": "object",
        "properties": {"span_id": {"description": "Id", "type": "string"}},
        "required": ["span_id"],
    }
