"""What validators say about a document that is read anyway: a list of problems, never a refusal.

By default validation is cheap: the OpenAPI JSON Schema (run by ``jsonschema_rs`` where installed, a few
milliseconds on a 400 KB document; by ``jsonschema`` otherwise) and our own checks of what a generator
trips over (path parameters declared and used alike, unique operationIds). ``full=True`` adds
openapi-spec-validator's semantic pass, which also checks examples and defaults against their schemas and
costs more than parsing the document. ``checks.documents`` turns problems into ``document-invalid``
entries.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.drift.documents import Document, sequence, template_names

MAX_PROBLEMS = 20  # per document; a document this broken says enough with the first twenty


@dataclass(frozen=True, order=True)
class Problem:
    location: str  # a JSON Pointer into the document ("#/paths/~1x/get"), "#" for the whole
    message: str


def _pointer(parts: Any) -> str:
    encoded = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/".join(["#", *encoded])


def _first_line(text: object) -> str:
    lines = str(text).strip().splitlines()
    return lines[0] if lines else "invalid"


@functools.cache
def _shape_validator(version: str) -> Any:
    """The OpenAPI JSON Schema of ``version``, read from openapi-spec-validator's package data without
    importing that package (its import alone costs more than validating with the schema)."""
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    schema = json.loads((folder / "resources" / "schemas" / f"v{version}" / "schema.json").read_text("utf-8"))
    try:
        import jsonschema_rs

        return jsonschema_rs.validator_for(schema)
    except ImportError:  # a lean environment: the pure-Python validator, slower, same verdicts
        from jsonschema.validators import validator_for  # type: ignore[import-untyped]

        return validator_for(schema)(schema)


def _shape(data: dict[str, Any], version: str) -> list[Problem]:
    validator = _shape_validator(version)
    if validator is None:
        return []
    found = []
    for error in validator.iter_errors(data):
        path = getattr(error, "instance_path", None) or getattr(error, "absolute_path", [])
        found.append(Problem(_pointer(path), _first_line(error.message)))
        if len(found) >= MAX_PROBLEMS:
            break
    return sorted(found)


def _declared(document: Document, path: str, item: dict[str, Any], node: dict[str, Any]) -> set[str]:
    names = set()
    for raw in [*sequence(item.get("parameters")), *sequence(node.get("parameters"))]:
        param = document.deref(raw)[0]
        if param.get("in") == "path" and isinstance(param.get("name"), str):
            names.add(param["name"])
    return names


def _own(document: Document) -> list[Problem]:
    """What generators trip over and the JSON Schema cannot say."""
    found: list[Problem] = []
    seen_ids: dict[str, str] = {}
    for key, operation in document.operations.items():
        where = _pointer(["paths", operation.path, operation.method])
        used = set(template_names(operation.path))
        declared = _declared(document, operation.path, operation.path_item, operation.node)
        for name in sorted(used - declared):
            found.append(Problem(where, f"path parameter {name!r} is used in the path but not declared"))
        for name in sorted(declared - used):
            found.append(Problem(where, f"path parameter {name!r} is declared but not in the path"))
        op_id = operation.operation_id
        if op_id is not None:
            if op_id in seen_ids:
                found.append(Problem(where, f"operationId {op_id!r} is also used by {seen_ids[op_id]}"))
            seen_ids.setdefault(op_id, key)
    return found


def _semantic(data: dict[str, Any], version: str) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    found = []
    try:
        for error in validator(data).iter_errors():
            found.append(Problem(_pointer(getattr(error, "path", None) or []), _first_line(error.message)))
            if len(found) >= MAX_PROBLEMS:
                break
    except Exception as exc:  # the validator's own failure on input it did not expect
        found.append(Problem("#", f"the OpenAPI validator stopped: {type(exc).__name__}: {exc}"))
    return found


def problems(document: Document, *, full: bool = False) -> list[Problem]:
    """What is wrong with ``document`` (at most ``MAX_PROBLEMS``); see the module docstring."""
    raw = document.data.get("openapi")
    if not isinstance(raw, str) or not raw.startswith(("3.0.", "3.1.")):
        shown = repr(raw) if "openapi" in document.data else "missing"
        return [Problem("#/openapi", f"not an OpenAPI 3.0 or 3.1 document ('openapi' is {shown})")]
    version = raw[:3]
    found = _shape(document.data, version)
    if found:
        return found  # the checks below assume a document of the right shape
    found = _own(document)
    if full:
        found += [p for p in _semantic(document.data, version) if p not in found]
    return sorted(set(found))[:MAX_PROBLEMS]
