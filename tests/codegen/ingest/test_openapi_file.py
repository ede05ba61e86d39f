from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.errors import PageError
from codegen.ingest import detect_format, import_page
from codegen.ingest.openapi_file import upgrade_to_31
from codegen.ingest.page import Page


def test_openapi_30_is_upgraded_to_31() -> None:
    upgraded = upgrade_to_31(
        {
            "openapi": "3.0.3",
            "components": {
                "schemas": {
                    "A": {"type": "string", "nullable": True},
                    "B": {"enum": ["x"], "nullable": True},
                    "C": {"$ref": "#/components/schemas/A", "nullable": True},
                    "D": {"type": "integer", "minimum": 1, "exclusiveMinimum": True},
                    "E": {"type": "object", "properties": {"nullable": {"type": "boolean"}}},
                }
            },
        }
    )
    schemas = upgraded["components"]["schemas"]
    assert upgraded["openapi"] == "3.1.0"
    assert schemas["A"] == {"type": ["string", "null"]}
    assert schemas["B"] == {"enum": ["x", None]}
    assert schemas["C"] == {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}
    assert schemas["D"] == {"type": "integer", "exclusiveMinimum": 1}
    assert schemas["E"]["properties"] == {"nullable": {"type": "boolean"}}


def test_json_and_yaml_files_are_detected_and_top_level_security_is_pushed_down() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"bearer": []}],
        "paths": {"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}}}},
    }
    for text in (
        json.dumps(document),
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nsecurity: [{bearer: []}]\n"
        "paths:\n  /x:\n    get:\n      operationId: x\n      responses:\n        '200': {description: ok}\n",
    ):
        page = Page(Path("api.json"), text)
        assert detect_format(page) == "openapi"
        assert import_page(page)["paths"]["/x"]["get"]["security"] == [{"bearer": []}]


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(PageError) as info:
        import_page(Page(Path("api.json"), '{"openapi": "3.1.0",\n  "paths": {,}}'), "openapi")
    assert (info.value.line, info.value.column) == (2, 13)


def test_swagger_2_is_refused() -> None:
    with pytest.raises(PageError, match=r"unsupported OpenAPI version '2\.0'"):
        import_page(Page(Path("api.yaml"), "openapi: '2.0'\npaths: {}\n"), "openapi")
