"""Component objects that are also nullable (``type: [object, "null"]``), split into object + null.

openapi-python-client turns such a component into a union whose object member is processed twice, so
every inline model inside it is "generated twice" and dropped with the operations using it. As a plain
object component, referenced as ``anyOf: [$ref, {type: null}]`` where it was referenced, it means the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import pointer
from codegen.openapi.notice import Notice

NULLABLE_MODEL = "nullable-component-object"
_PREFIX = "#/components/schemas/"


def _nullable_objects(schemas: dict[str, Any]) -> list[str]:
    found = []
    for name, schema in schemas.items():
        kind = schema.get("type") if isinstance(schema, dict) else None
        if isinstance(kind, list) and sorted(kind) == ["null", "object"] and "properties" in schema:
            found.append(name)
    return found


def _wrap_refs(node: Any, names: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in list(node.items()):
            ref = value.get("$ref") if isinstance(value, dict) else None
            if isinstance(ref, str) and ref.startswith(_PREFIX) and ref[len(_PREFIX) :] in names:
                node[key] = {"anyOf": [value, {"type": "null"}]}
            else:
                _wrap_refs(value, names)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            ref = value.get("$ref") if isinstance(value, dict) else None
            if isinstance(ref, str) and ref.startswith(_PREFIX) and ref[len(_PREFIX) :] in names:
                node[index] = {"anyOf": [value, {"type": "null"}]}
            else:
                _wrap_refs(value, names)


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    names = _nullable_objects(schemas)
    for name in names:
        schemas[name]["type"] = "object"
    if names:
        _wrap_refs({k: v for k, v in document.items() if k != "components"}, set(names))
        _wrap_refs({k: v for k, v in document["components"].items()}, set(names))
    for name in names:
        message = "now type object; each schema reference to it is anyOf [it, null]"
        yield Notice(NULLABLE_MODEL, pointer("components", "schemas", name), message)
