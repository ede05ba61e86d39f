"""Each construct of Mintlify's operation layout, one small page at a time."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import PageError
from codegen.ingest import detect_format, import_page
from codegen.ingest.page import Page


def mintlify_page(
    block: str, *, title: str = "Do Thing", method: str = "post", path: str = "/v1/things"
) -> Page:
    text = (
        f"# {title}\n\n> Does the thing.\n\n## OpenAPI\n\n"
        f"````yaml openapi.json {method} {path}\n{textwrap.dedent(block).strip()}\n````\n"
    )
    return Page(Path("page.md"), text)


def operation(fragment: dict[str, Any], path: str = "/v1/things", method: str = "post") -> dict[str, Any]:
    op: dict[str, Any] = fragment["paths"][path][method]
    return op


BASE = """
paths:
  path: /v1/things
  method: post
  servers:
    - url: https://api.example.test
  request:
    security: []
    parameters:
      path: {}
      query: {}
      header: {}
      cookie: {}
    body: {}
  response:
    '200':
      application/json:
        schemaArray:
          - type: object
            properties:
              ok:
                allOf:
                  - type: boolean
        examples:
          example:
            value:
              ok: true
        description: Done
  deprecated: false
  type: path
components:
  schemas: {}
"""


def test_title_gives_operation_id_summary_and_description() -> None:
    op = operation(import_page(mintlify_page(BASE, title="Resume Agent Run")))
    assert op["operationId"] == "resume_agent_run"
    assert op["summary"] == "Resume Agent Run"
    assert op["description"] == "Does the thing."


def test_single_branch_all_of_is_unwrapped() -> None:
    op = operation(import_page(mintlify_page(BASE)))
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    assert op["responses"]["200"]["description"] == "Done"


def test_schema_array_alternatives_become_any_of() -> None:
    block = BASE.replace(
        "          - type: object\n            properties:\n              ok:\n                allOf:\n"
        "                  - type: boolean\n",
        "          - type: string\n          - type: integer\n",
    )
    op = operation(import_page(mintlify_page(block)))
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"anyOf": [{"type": "string"}, {"type": "integer"}]}


def test_required_inside_parameter_schema_and_path_params_always_required() -> None:
    block = BASE.replace(
        "      path: {}\n      query: {}",
        "      path:\n        thingId:\n          schema:\n            - type: string\n"
        "              description: The thing\n"
        "      query:\n        limit:\n          schema:\n            - type: integer\n"
        "              required: true\n              default: 10\n"
        "        cursor:\n          schema:\n            - type: string\n              deprecated: true\n",
    ).replace("path: /v1/things\n", "path: /v1/things/{thingId}\n")
    op = operation(import_page(mintlify_page(block, path="/v1/things/{thingId}")), "/v1/things/{thingId}")
    params = {p["name"]: p for p in op["parameters"]}
    assert params["thingId"] == {
        "name": "thingId",
        "in": "path",
        "description": "The thing",
        "required": True,
        "schema": {"type": "string"},
    }
    assert params["limit"]["required"] is True
    assert params["limit"]["schema"] == {"type": "integer", "default": 10}
    assert "required" not in params["cursor"]
    assert params["cursor"]["deprecated"] is True


def test_request_body_required_properties_and_ref_identifier_become_components() -> None:
    block = BASE.replace(
        "    body: {}",
        """    body:
      application/json:
        schemaArray:
          - type: object
            properties:
              name:
                allOf:
                  - type: string
              tags:
                allOf:
                  - type: array
                    items:
                      type: string
              owner:
                allOf:
                  - type: object
                    properties:
                      id:
                        type: integer
                        required: true
                      email:
                        type: string
                    refIdentifier: '#/components/schemas/Owner'
            required: true
            refIdentifier: '#/components/schemas/CreateThing'
            requiredProperties:
              - name""",
    )
    fragment = import_page(mintlify_page(block))
    body = operation(fragment)["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/CreateThing"}
    schemas = fragment["components"]["schemas"]
    assert schemas["CreateThing"]["required"] == ["name"]
    assert schemas["CreateThing"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["CreateThing"]["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}
    assert schemas["Owner"] == {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "email": {"type": "string"}},
        "required": ["id"],
    }


def test_yaml_anchors_and_aliases_are_copied_not_shared() -> None:
    block = BASE.replace(
        "    '200':",
        """    '404':
      application/json:
        schemaArray:
          - type: object
            properties:
              error: &err
                type: object
                properties:
                  code:
                    type: integer
        description: Missing
    '409':
      application/json:
        schemaArray:
          - type: object
            properties:
              error: *err
        description: Conflict
    '200':""",
    )
    responses = operation(import_page(mintlify_page(block)))["responses"]
    a = responses["404"]["content"]["application/json"]["schema"]["properties"]["error"]
    b = responses["409"]["content"]["application/json"]["schema"]["properties"]["error"]
    assert a == b == {"type": "object", "properties": {"code": {"type": "integer"}}}
    assert a is not b


def test_type_any_nullable_any_of_enums_nested_and_deprecated() -> None:
    block = BASE.replace(
        "              ok:\n                allOf:\n                  - type: boolean",
        """              meta:
                allOf:
                  - type: any
              note:
                allOf:
                  - anyOf:
                      - type: string
                      - type: 'null'
              kind:
                type: string
                enum: [a, b]
              nested:
                type: object
                properties:
                  inner:
                    type: array
                    items:
                      type: object
                      properties:
                        x:
                          type: number""",
    ).replace("  deprecated: false", "  deprecated: true")
    op = operation(import_page(mintlify_page(block)))
    props = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert props["meta"] == {}
    assert props["note"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert props["kind"] == {"type": "string", "enum": ["a", "b"]}
    assert props["nested"]["properties"]["inner"]["items"]["properties"]["x"] == {"type": "number"}
    assert op["deprecated"] is True


def test_security_api_key_header_and_http_bearer() -> None:
    block = BASE.replace(
        "    security: []",
        """    security:
      - title: api key header
        parameters:
          query: {}
          header:
            x-api-key:
              type: apiKey
          cookie: {}
      - title: bearer
        parameters:
          header:
            Authorization:
              type: http
              scheme: bearer""",
    )
    fragment = import_page(mintlify_page(block))
    assert operation(fragment)["security"] == [{"api_key_header": []}, {"bearer": []}]
    assert fragment["components"]["securitySchemes"] == {
        "api_key_header": {"type": "apiKey", "in": "header", "name": "x-api-key"},
        "bearer": {"type": "http", "scheme": "bearer"},
    }


def test_placeholder_media_type_gives_a_response_without_content() -> None:
    block = BASE.replace(
        "    '200':",
        "    '204':\n      _mintlify/placeholder:\n        schemaArray: []\n"
        "        description: Nothing\n    '200':",
    )
    responses = operation(import_page(mintlify_page(block)))["responses"]
    assert responses["204"] == {"description": "Nothing"}


def test_components_given_on_the_page_are_cleaned_and_kept() -> None:
    block = BASE.replace(
        "  schemas: {}",
        "  schemas:\n    Kind:\n      type: string\n      enum: [LOCAL, API]\n      title: Kind\n",
    )
    fragment = import_page(mintlify_page(block))
    assert fragment["components"]["schemas"]["Kind"] == {
        "type": "string",
        "enum": ["LOCAL", "API"],
        "title": "Kind",
    }


def test_detects_the_layout() -> None:
    assert detect_format(mintlify_page(BASE)) == "mintlify-operation"


def test_block_holding_an_openapi_document_keeps_only_the_page_operation() -> None:
    block = """
    openapi: 3.0.1
    info: {title: t, version: '1'}
    servers:
      - url: https://api.example.test
    paths:
      /v1/things:
        post:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema:
                    type: string
                    nullable: true
        get:
          operationId: list_things
          responses:
            '200': {description: ok}
    """
    page = mintlify_page(block, title="Create Thing")
    assert detect_format(page) == "mintlify-openapi"
    fragment = import_page(page)
    item = fragment["paths"]["/v1/things"]
    assert list(item) == ["post"]
    assert item["post"]["operationId"] == "create_thing"
    assert item["post"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": ["string", "null"]
    }


@pytest.mark.parametrize(
    ("mutation", "message", "line"),
    [
        (lambda b: b.replace("  method: post", "  method: fetch"), "unknown HTTP method", 10),
        (
            lambda b: b.replace(
                "      application/json:\n        schemaArray:",
                "      application/json:\n        schemaArray: [\n",
            ),
            "invalid YAML",
            None,
        ),
        (lambda b: b.replace("  response:", "  response: 12\n  ignored:"), "no 'response'", 21),
    ],
)
def test_malformed_blocks_name_the_file_and_line(mutation: Any, message: str, line: int | None) -> None:
    page = mintlify_page(mutation(BASE))
    with pytest.raises(PageError) as info:
        import_page(page, "mintlify-operation")
    assert message in str(info.value)
    assert info.value.source == "page.md"
    if line is not None:
        assert info.value.line == line
    else:
        assert info.value.line is not None and info.value.line > 10
