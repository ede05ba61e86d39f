"""One test per normalization rule, each on a small document of its own."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.openapi.normalize import (
    RULES,
    formats,
    headers,
    keywords,
    media,
    normalize,
    operation_ids,
    path_parameters,
    patterns,
    titles,
)
from codegen.openapi.notice import Notice


def document(paths: dict[str, Any], **components: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    if components:
        doc["components"] = components
    return doc


def ok(**extra: Any) -> dict[str, Any]:
    return {"operationId": "op", "responses": {"200": {"description": "ok"}}, **extra}


def rules_of(notices: list[Notice]) -> set[str]:
    return {n.rule for n in notices}


def test_rule_ids_are_unique() -> None:
    ids = [rule_id for rule in RULES for rule_id in rule.ids]
    assert len(ids) == len(set(ids))


def test_a_clean_document_is_left_alone() -> None:
    clean = document({"/a/{id}": {"get": ok(parameters=[{"name": "id", "in": "path", "required": True}])}})
    fixed, notices = normalize(clean)
    assert fixed == clean and notices == []


def test_undeclared_path_parameter_is_declared() -> None:
    fixed, notices = normalize(document({"/orgs/{org_id}/repos": {"get": ok()}}))
    assert fixed["paths"]["/orgs/{org_id}/repos"]["get"]["parameters"] == [
        {"name": "org_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    (notice,) = notices
    assert notice.rule == path_parameters.UNDECLARED and notice.location == "GET /orgs/{org_id}/repos"


def test_path_parameter_declared_through_a_ref_counts() -> None:
    doc = document(
        {"/s/{sid}": {"get": ok(parameters=[{"$ref": "#/components/parameters/Sid"}])}},
        parameters={"Sid": {"name": "sid", "in": "path", "required": True, "schema": {"type": "string"}}},
    )
    fixed, notices = normalize(doc)
    assert notices == [] and fixed == doc


def test_wildcard_template_gets_a_name_and_unused_optional_parameters_are_fixed() -> None:
    params = [
        {"name": "*", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "sid", "in": "path", "schema": {"type": "string"}},
        {"name": "gone", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    fixed, notices = normalize(document({"/s/{sid}/files/{*}": {"get": ok(parameters=params)}}))
    operation = fixed["paths"]["/s/{sid}/files/{path}"]["get"]
    assert [(p["name"], p["required"]) for p in operation["parameters"]] == [("path", True), ("sid", True)]
    assert rules_of(notices) == {path_parameters.UNNAMED, path_parameters.OPTIONAL, path_parameters.UNUSED}


def test_untyped_authorization_header_duplicating_the_scheme_is_removed() -> None:
    param = {"name": "authorization", "in": "header", "required": True, "schema": {"title": "Authorization"}}
    doc = document(
        {"/a": {"get": ok(parameters=[param, {"name": "q", "in": "query", "schema": {"type": "string"}}])}},
        securitySchemes={"bearer": {"type": "http", "scheme": "bearer"}},
    )
    fixed, notices = normalize(doc)
    assert [p["name"] for p in fixed["paths"]["/a"]["get"]["parameters"]] == ["q"]
    (notice,) = notices
    assert notice.rule == headers.AUTH_HEADER and "'bearer'" in notice.message


def test_untyped_api_key_header_is_matched_by_name_case_insensitively() -> None:
    doc = document(
        {"/a": {"get": ok(parameters=[{"name": "x-api-key", "in": "header"}])}},
        securitySchemes={"key": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},
    )
    fixed, notices = normalize(doc)
    assert fixed["paths"]["/a"]["get"]["parameters"] == [] and rules_of(notices) == {headers.AUTH_HEADER}


def test_untyped_header_without_a_scheme_becomes_a_string() -> None:
    fixed, notices = normalize(
        document({"/a": {"get": ok(parameters=[{"name": "X-Trace", "in": "header"}])}})
    )
    assert fixed["paths"]["/a"]["get"]["parameters"][0]["schema"] == {"type": "string"}
    assert rules_of(notices) == {headers.UNTYPED_HEADER}


def test_schemas_titled_alike_get_distinct_titles() -> None:
    doc = document(
        {},
        schemas={
            "Proxy": {"type": "object", "properties": {"kind": {"title": "proxy", "enum": ["a"]}}},
            "ProxyCountry": {"title": "proxy", "type": "string", "enum": ["us", "de"]},
            "Left": {"type": "object", "properties": {"m": {"title": "Meta", "type": "object"}}},
            "Right": {"type": "object", "properties": {"m": {"title": "Meta", "properties": {"x": {}}}}},
        },
    )
    fixed, notices = normalize(doc)
    schemas = fixed["components"]["schemas"]
    assert schemas["ProxyCountry"]["title"] == "ProxyCountry"
    assert (
        "title" not in schemas["Left"]["properties"]["m"]
        and "title" not in schemas["Right"]["properties"]["m"]
    )
    assert (
        schemas["Proxy"]["properties"]["kind"]["title"] == "proxy"
    )  # inline enums carry their parent's name
    assert rules_of(notices) == {titles.DUPLICATE_TITLE} and len(notices) == 3


def test_same_inline_schema_twice_keeps_its_title() -> None:
    meta = {"title": "Meta", "type": "object", "additionalProperties": {"type": "string"}}
    doc = document(
        {}, schemas={"A": {"properties": {"m": dict(meta)}}, "B": {"properties": {"m": dict(meta)}}}
    )
    assert normalize(doc)[1] == []


@pytest.mark.parametrize("media_type", ["image/png", "video/mp4", "application/pdf", "application/zip"])
def test_binary_response_is_returned_as_bytes(media_type: str) -> None:
    content = {media_type: {"schema": {"type": "string", "format": "binary"}}}
    doc = document({"/shot": {"get": ok(responses={"200": {"description": "ok", "content": content}})}})
    fixed, notices = normalize(doc)
    assert fixed["paths"]["/shot"]["get"]["responses"]["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    (notice,) = notices
    assert notice.rule == media.BINARY_RESPONSE and media_type in notice.message


def test_a_response_with_a_readable_media_type_beside_is_left_alone() -> None:
    content = {"image/png": {}, "application/json": {"schema": {"type": "object"}}}
    doc = document({"/shot": {"get": ok(responses={"200": {"description": "ok", "content": content}})}})
    assert normalize(doc)[1] == []


@pytest.mark.parametrize(
    ("javascript", "python"),
    [
        (r"^(?<year>\d{4})-\k<year>$", r"^(?P<year>\d{4})-(?P=year)$"),
        (r"^\p{L}+$", r"^[^\W\d_]+$"),
        (r"^[[:alnum:]]+\z", r"^[a-zA-Z0-9]+\Z"),
        (r"^\x{41}$", r"^\U00000041$"),
    ],
)
def test_javascript_and_go_patterns_are_rewritten_for_python(javascript: str, python: str) -> None:
    doc = document({}, schemas={"S": {"type": "string", "pattern": javascript}})
    fixed, notices = normalize(doc)
    assert fixed["components"]["schemas"]["S"]["pattern"] == python
    assert rules_of(notices) == {patterns.PATTERN}


def test_a_pattern_python_cannot_express_is_removed() -> None:
    doc = document({}, schemas={"S": {"type": "string", "pattern": r"a(?i)b"}})
    fixed, notices = normalize(doc)
    assert fixed["components"]["schemas"]["S"] == {"type": "string"}
    assert "removed" in notices[0].message


def test_unknown_formats_become_bounds_or_go() -> None:
    doc = document(
        {},
        schemas={
            "N": {
                "properties": {
                    "small": {"type": "integer", "format": "uint8"},
                    "big": {"type": "integer", "format": "uint64"},
                    "odd": {"type": "integer", "format": "int"},
                    "fine": {"type": "integer", "format": "int64"},
                }
            }
        },
    )
    fixed, notices = normalize(doc)
    props = fixed["components"]["schemas"]["N"]["properties"]
    assert props["small"] == {"type": "integer", "minimum": 0, "maximum": 255}
    assert props["big"] == {"type": "integer", "minimum": 0}
    assert props["odd"] == {"type": "integer"} and props["fine"]["format"] == "int64"
    assert rules_of(notices) == {formats.UNKNOWN_FORMAT} and len(notices) == 3


def test_array_without_items_holds_anything() -> None:
    fixed, notices = normalize(document({}, schemas={"L": {"type": ["array", "null"]}}))
    assert fixed["components"]["schemas"]["L"]["items"] == {}
    assert rules_of(notices) == {keywords.ARRAY_WITHOUT_ITEMS}


def test_openapi_30_nullable_in_a_31_document_is_rewritten() -> None:
    doc = document({}, schemas={"S": {"properties": {"a": {"type": "string", "nullable": True}}}})
    fixed, notices = normalize(doc)
    assert fixed["components"]["schemas"]["S"]["properties"]["a"] == {"type": ["string", "null"]}
    assert rules_of(notices) == {keywords.OPENAPI_30_KEYWORD}


def test_missing_operation_ids_come_from_summaries_or_method_and_path() -> None:
    def operation(summary: str) -> dict[str, Any]:
        return {"summary": summary, "responses": {"200": {"description": "ok"}}}

    doc = document(
        {
            "/s/pause": {"post": operation("Pause Agent")},
            "/a": {"get": operation("List")},
            "/b": {"get": operation("List")},
        }
    )
    fixed, notices = normalize(doc)
    ids = {p: item[m]["operationId"] for p, item in fixed["paths"].items() for m in item}
    assert ids == {"/s/pause": "pause_agent", "/a": "get_a", "/b": "get_b"}
    assert rules_of(notices) == {operation_ids.MISSING_OPERATION_ID}


def test_fastapi_operation_ids_become_the_handler_name_where_unique() -> None:
    def operation(operation_id: str) -> dict[str, Any]:
        return {"operationId": operation_id, "responses": {"200": {"description": "ok"}}}

    doc = document(
        {
            "/api/v2/tasks": {"get": operation("get_task_tasks_get")},
            "/v1/runs": {"get": operation("list_v1_runs_get")},
            "/v1/other": {"get": operation("list_v1_other_get")},
        }
    )
    fixed, notices = normalize(doc)
    assert fixed["paths"]["/api/v2/tasks"]["get"]["operationId"] == "get_task"
    assert fixed["paths"]["/v1/runs"]["get"]["operationId"] == "list_v1_runs_get"  # "list" is shared
    assert [n.rule for n in notices] == [operation_ids.FASTAPI_OPERATION_ID]


def test_normalize_does_not_touch_its_input() -> None:
    doc = document({"/orgs/{org_id}": {"get": ok()}})
    normalize(doc)
    assert "parameters" not in doc["paths"]["/orgs/{org_id}"]["get"]
