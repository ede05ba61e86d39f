"""Each provider's OpenAPI document and generated pydantic models, and the checks built from them."""

from __future__ import annotations

import importlib
import importlib.util
import json
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, Union, cast

import jsonschema  # type: ignore[import-untyped]
import pydantic
import yaml

from intermission import providers
from intermission.ids import UUID_TEXT
from intermission.providers import _manifest

# Every provider of the registry has a fake.
PROVIDERS = providers.names()
# Also in codegen/paths.py and codegen/vocabulary.py: the installed package cannot import the build tool.
SPEC_FILE = "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_REF = "#/components/schemas/"
_SCALARS: dict[Any, Any] = {"string": str, "integer": int, "number": float, "boolean": bool, "null": None}


def package_for(provider: str) -> str:
    """The generated client package of ``provider`` (its manifest's), or ValueError for an unknown name."""
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r} (known: {', '.join(PROVIDERS)})")
    return _manifest.load(provider).package


def _module_dir(name: str) -> Path | None:
    try:
        found = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if found is None or found.origin is None:
        return None
    return Path(found.origin).parent


def document_path(provider: str) -> Path:
    """<package>/openapi.yaml (where a wheel may ship it), else generated/<provider>/openapi.yaml."""
    package = package_for(provider)
    package_dir = _module_dir(package)
    candidates = [] if package_dir is None else [package_dir / SPEC_FILE, package_dir.parent / SPEC_FILE]
    for path in candidates:
        if path.is_file():
            return path
    looked = ", ".join(str(p) for p in candidates) or f"nowhere: {package} is not importable"
    raise FileNotFoundError(
        f"no OpenAPI document for {provider} (looked in {looked}); run `make generate` and `make install`"
    )


def load_document(provider: str) -> dict[str, Any]:
    path = document_path(provider)
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return document


def load_models(provider: str) -> ModuleType:
    return importlib.import_module(f"{package_for(provider)}_pydantic")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: dict[str, Any]  # "$ref"s followed, "X or null" read as X (a query value is never null)
    explode: bool = True  # an array: repeated (state=a&state=b), else one comma-separated value

    @property
    def is_array(self) -> bool:
        return self.schema.get("type") == "array"


@dataclass(frozen=True)
class DocumentedOperation:
    id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None  # JSON bodies only; None: no JSON body documented
    body_required: bool
    responses: dict[int, dict[str, Any] | None]  # status -> JSON schema of the body (None: no JSON body)
    content: dict[int, tuple[str, dict[str, Any]] | None]  # status -> (media type, media object), if any
    # Where the key may travel, as (header, scheme prefix) pairs: any one of them carrying it authenticates
    # (the fake has one key, so a scheme of any of the document's alternatives will do). () = no auth.
    auth: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """How vendors/<provider>.py names the operation: "POST /v1/sessions/{session_id}/pause"."""
        return f"{self.method} {self.path}"


def resolve(document: dict[str, Any], node: Any, *, limit: int = 32) -> Any:
    """``node`` with local ``$ref``s followed (``#/components/...``); a bad reference raises LookupError."""
    for _ in range(limit):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        if not ref.startswith("#/"):
            raise LookupError(f"only local references are served, not {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise LookupError(f"the reference {ref!r} names nothing")
            target = target[part]
        node = target
    raise LookupError(f"more than {limit} references in a row")


def _is_json(media_type: str) -> bool:
    kind = media_type.split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def _json_schema(document: dict[str, Any], content: Any) -> dict[str, Any] | None:
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        if _is_json(media_type) and isinstance(media, dict):
            schema = media.get("schema")
            return schema if isinstance(schema, dict) else {}
    return None


def _first_media(content: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(content, dict) or not content:
        return None
    ordered = sorted(content.items(), key=lambda item: not _is_json(item[0]))  # JSON first
    media_type, media = ordered[0]
    return str(media_type), media if isinstance(media, dict) else {}


def _value_schema(document: dict[str, Any], raw: Any) -> dict[str, Any]:
    """A parameter's schema as its values are checked: references followed, "X or null" read as X,
    and the same for an array's items."""
    found = resolve(document, raw)
    if not isinstance(found, dict):
        return {}
    schema: dict[str, Any] = found
    for combinator in ("anyOf", "oneOf"):
        options = schema.get(combinator)
        if not isinstance(options, list):
            continue
        kept = [
            o
            for o in (resolve(document, o) for o in options)
            if not (isinstance(o, dict) and o.get("type") == "null")
        ]
        if len(kept) == 1 and isinstance(kept[0], dict):
            schema = {**{k: v for k, v in schema.items() if k != combinator}, **kept[0]}
    if schema.get("type") == "array":
        schema = {**schema, "items": _value_schema(document, schema.get("items", {}))}
    return schema


def _parameter(document: dict[str, Any], raw: Any) -> Parameter:
    p = resolve(document, raw)
    schema = _value_schema(document, p.get("schema", {}))
    explode = bool(p.get("explode", p.get("style", "form") == "form"))
    return Parameter(p["name"], p["in"], bool(p.get("required", p["in"] == "path")), schema, explode)


def _parameters(document: dict[str, Any], raw: Any) -> dict[tuple[str, str], Parameter]:
    """Parameters by (name, location): an operation's own replace its path's of the same key."""
    found = (_parameter(document, r) for r in (raw if isinstance(raw, list) else []))
    return {(p.name, p.location): p for p in found}


def _auth(document: dict[str, Any], security: Any) -> tuple[tuple[str, str], ...]:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    found: dict[tuple[str, str], None] = {}
    for alternative in security if isinstance(security, list) else []:
        for name in alternative if isinstance(alternative, dict) else {}:
            scheme = resolve(document, schemes.get(name))
            if not isinstance(scheme, dict):
                continue
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                found[(str(scheme.get("name", "")).lower(), "")] = None
            elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                found[("authorization", "Bearer")] = None
    return tuple(found)


def operations(document: dict[str, Any]) -> list[DocumentedOperation]:
    found: list[DocumentedOperation] = []
    for path, raw_item in document["paths"].items():
        item = resolve(document, raw_item)
        shared = _parameters(document, item.get("parameters"))
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            own = _parameters(document, raw.get("parameters"))
            body = resolve(document, raw.get("requestBody") or {})
            responses = {
                int(code): resolve(document, response)
                for code, response in (raw.get("responses") or {}).items()
                if str(code).isdigit()
            }
            found.append(
                DocumentedOperation(
                    id=str(raw.get("operationId") or f"{method}_{path}"),
                    method=method.upper(),
                    path=path,
                    parameters=tuple({**shared, **own}.values()),
                    body_schema=_json_schema(document, body.get("content")),
                    body_required=bool(body.get("required", False)),
                    responses={
                        code: _json_schema(document, r.get("content")) for code, r in responses.items()
                    },
                    content={code: _first_media(r.get("content")) for code, r in responses.items()},
                    auth=_auth(document, raw.get("security", document.get("security"))),
                )
            )
    return found


class Schemas:
    """JSON schemas of one document turned into pydantic validators, named classes from <package>_pydantic."""

    def __init__(self, provider: str, document: dict[str, Any]) -> None:
        self.provider = provider
        self.models = load_models(provider)
        self._components: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self._adapters: dict[str, pydantic.TypeAdapter[Any]] = {}
        self._inline = 0
        self._building: set[str] = set()

    def _missing(self, name: str, ref: str) -> Any:
        raise LookupError(f"{self.models.__name__} has no class {name!r} for {ref}")

    def component(self, name: str) -> dict[str, Any]:
        if name not in self._components:
            raise LookupError(f"{self.provider}: the document has no schema {name!r}")
        return {"$ref": _REF + name}

    def adapter(self, schema: dict[str, Any]) -> pydantic.TypeAdapter[Any]:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._adapters:
            self._adapters[key] = pydantic.TypeAdapter(self._type(schema))
        return self._adapters[key]

    def _type(self, schema: dict[str, Any]) -> Any:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.removeprefix(_REF)
            model = getattr(self.models, name, None)
            if isinstance(model, type):
                return model
            # A name the model generator changed (a collision, not an identifier): the schema itself.
            if name not in self._components or name in self._building:
                return Any if name in self._building else self._missing(name, ref)
            self._building.add(name)
            try:
                return self._type(self._components[name])
            finally:
                self._building.discard(name)
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                return Union[tuple(self._type(s) for s in schema[combinator])]  # noqa: UP007
        if "allOf" in schema:
            parts = schema["allOf"]
            return self._type(parts[0]) if len(parts) == 1 else Any
        if "enum" in schema:
            return Literal[tuple(schema["enum"])]
        kind = schema.get("type")
        if isinstance(kind, list):
            return Union[tuple(self._type({**schema, "type": k}) for k in kind)]  # noqa: UP007
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return list[self._type(schema.get("items", {}))]  # type: ignore[misc]
        return _SCALARS.get(kind, Any)

    def _object(self, schema: dict[str, Any]) -> Any:
        properties: dict[str, Any] = schema.get("properties") or {}
        if not properties:
            return dict[str, Any]
        required = set(schema.get("required", []))
        fields: dict[str, Any] = {
            name: (self._type(sub), ...) if name in required else (self._type(sub) | None, None)
            for name, sub in properties.items()
        }
        self._inline += 1
        return pydantic.create_model(f"Inline{self._inline}", **fields)

    def mismatch(self, schema: dict[str, Any], body: bytes) -> str | None:
        """Why ``body`` is not exactly what the schema's model describes, or None when it is.

        Exactly: valid in strict mode, and dumping the parsed model gives the same JSON back, so no
        undeclared field and no value the model would have to coerce.
        """
        adapter = self.adapter(schema)
        try:
            value = adapter.validate_json(body, strict=True)
        except pydantic.ValidationError as exc:
            return str(exc)
        sent = json.loads(body)
        echoed = adapter.dump_python(value, mode="json", exclude_unset=True)
        if echoed != sent:
            return f"the model reads {json.dumps(sent)[:300]} as {json.dumps(echoed)[:300]}"
        return None


# What a FastAPI server would put in one entry of a 422 body's "detail" list.
ErrorDetail = dict[str, Any]

_INTEGER = re.compile(r"-?[0-9]{1,4000}")  # Python refuses int() of longer strings
_BOOLEANS = {
    "true": True,
    "1": True,
    "yes": True,
    "on": True,
    "false": False,
    "0": False,
    "no": False,
    "off": False,
}


def parse_parameter(parameter: Parameter, raw: str | list[str] | None) -> tuple[Any, ErrorDetail | None]:
    """A path, query or header value as the document types it, or the FastAPI-style error for it.

    An absent optional value is its documented default (None without one); an array arrives as every
    value sent under its name (``explode``) or as one comma-separated value.
    """
    loc: list[str | int] = [parameter.location, parameter.name]
    if raw is None or raw == []:
        if parameter.required:
            return None, {"loc": loc, "msg": "Field required", "type": "missing"}
        return parameter.schema.get("default"), None
    if parameter.is_array:
        return _parse_array(parameter, raw if isinstance(raw, list) else [raw], loc)
    if isinstance(raw, list):
        raw = raw[-1]  # a scalar sent twice: the last one, as Starlette and FastAPI read it
    return _parse_scalar(parameter.schema, raw, loc)


def _parse_array(
    parameter: Parameter, sent: list[str], loc: list[str | int]
) -> tuple[Any, ErrorDetail | None]:
    if not parameter.explode:
        if len(sent) > 1:
            msg = "the parameter is not exploded: send its values once, separated by commas"
            return None, {"loc": loc, "msg": msg, "type": "multiple_values"}
        sent = sent[0].split(",")
    items = parameter.schema.get("items") or {}
    values = []
    for index, raw in enumerate(sent):
        value, error = _parse_scalar(items, raw, [*loc, index])
        if error is not None:
            return None, error
        values.append(value)
    return values, None


def _parse_scalar(schema: dict[str, Any], raw: str, loc: list[str | int]) -> tuple[Any, ErrorDetail | None]:
    kind, fmt = schema.get("type"), schema.get("format")
    if isinstance(kind, list):  # OpenAPI 3.1: ["integer", "null"]
        kind = next((k for k in kind if k != "null"), None)
    value: Any = raw
    if kind == "integer":
        if not _INTEGER.fullmatch(raw):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            return None, {"loc": loc, "msg": msg, "type": "int_parsing"}
        value = int(raw)
    elif kind == "number":
        try:
            value = float(raw)
        except ValueError:
            msg = "Input should be a valid number, unable to parse string as a number"
            return None, {"loc": loc, "msg": msg, "type": "float_parsing"}
    elif kind == "boolean":
        if raw.lower() not in _BOOLEANS:
            msg = "Input should be a valid boolean, unable to interpret input"
            return None, {"loc": loc, "msg": msg, "type": "bool_parsing"}
        return _BOOLEANS[raw.lower()], None
    elif fmt == "uuid" and not UUID_TEXT.fullmatch(raw):
        return None, {"loc": loc, "msg": "Input should be a valid UUID", "type": "uuid_parsing"}
    elif fmt == "date-time":
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            msg = "Input should be a valid datetime"
            return None, {"loc": loc, "msg": msg, "type": "datetime_from_date_parsing"}
        value = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    allowed = schema.get("enum")
    if isinstance(allowed, list) and value not in allowed and raw not in [str(v) for v in allowed]:
        msg = "Input should be " + " or ".join(repr(str(v)) for v in allowed)
        return None, {"loc": loc, "msg": msg, "type": "enum"}
    if isinstance(value, int | float) and (beyond := _out_of_bounds(schema, value, loc)):
        return None, beyond
    return value, None


# JSON Schema's bounds, with pydantic's wording of each.
_BOUNDS: tuple[tuple[str, Callable[[float, float], bool], str, str], ...] = (
    ("minimum", operator.ge, "greater than or equal to", "greater_than_equal"),
    ("maximum", operator.le, "less than or equal to", "less_than_equal"),
    ("exclusiveMinimum", operator.gt, "greater than", "greater_than"),
    ("exclusiveMaximum", operator.lt, "less than", "less_than"),
)


def _out_of_bounds(schema: dict[str, Any], value: float, loc: list[str | int]) -> ErrorDetail | None:
    for keyword, holds, words, kind in _BOUNDS:
        bound = schema.get(keyword)
        if isinstance(bound, int | float) and not isinstance(bound, bool) and not holds(value, bound):
            return {"loc": loc, "msg": f"Input should be {words} {bound}", "type": kind}
    return None


def document_errors(document: dict[str, Any], schema: dict[str, Any], data: Any) -> list[ErrorDetail]:
    """Where ``data`` breaks ``schema`` as JSON Schema reads it (as Prism validates), FastAPI-style.

    For operations no vendor table handles: JSON Schema is looser than the generated models (a schema with
    ``properties`` but no ``type`` admits a boolean), and a request the document allows must be accepted.
    """
    root = {**schema, "components": document.get("components") or {}}
    validator = jsonschema.Draft202012Validator(root)
    return [
        {"loc": ["body", *error.absolute_path], "msg": error.message[:300], "type": str(error.validator)}
        for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))[:20]
    ]


def parse_body(
    schemas: Schemas, operation: DocumentedOperation, body: bytes
) -> tuple[Any, list[ErrorDetail]]:
    """The JSON request body validated (strictly) by the operation's model, or FastAPI-style errors."""
    schema = operation.body_schema
    if schema is None:
        return None, []
    if not body.strip():
        if operation.body_required:
            return None, [{"loc": ["body"], "msg": "Field required", "type": "missing"}]
        return None, []
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        position = exc.pos if isinstance(exc, json.JSONDecodeError) else 0
        return None, [{"loc": ["body", position], "msg": "JSON decode error", "type": "json_invalid"}]
    adapter = schemas.adapter(schema)
    if _has_integral_float(data):  # 425.0 is an integer to JSON Schema (and to the vendors' FastAPI)
        data = _integral(data)
        body = json.dumps(data).encode()
    for _ in range(2):  # a second time without the fields the models forbid and the vendors ignore
        try:
            return adapter.validate_json(body, strict=True), []
        except pydantic.ValidationError as exc:
            details = cast(list[dict[str, Any]], exc.errors(include_url=False))
        extras = [d["loc"] for d in details if d["type"] == "extra_forbidden"]
        if len(extras) != len(details) or not _drop(data, extras):
            break
        body = json.dumps(data).encode()
    return None, [{"loc": ["body", *d["loc"]], "msg": d["msg"], "type": d["type"]} for d in details]


def _has_integral_float(data: Any) -> bool:
    if isinstance(data, float):
        return data.is_integer()
    if isinstance(data, dict):
        return any(_has_integral_float(v) for v in data.values())
    return isinstance(data, list) and any(_has_integral_float(v) for v in data)


def _integral(data: Any) -> Any:
    if isinstance(data, float) and data.is_integer():
        return int(data)
    if isinstance(data, dict):
        return {k: _integral(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_integral(v) for v in data]
    return data


def _drop(data: Any, locations: list[tuple[Any, ...]]) -> bool:
    """Remove the values at ``locations`` (pydantic error locations) from ``data``; False if one is gone."""
    for loc in locations:
        parent = data
        for step in loc[:-1]:
            try:
                parent = parent[step]
            except (KeyError, IndexError, TypeError):
                return False
        if not isinstance(parent, dict) or loc[-1] not in parent:
            return False
        del parent[loc[-1]]
    return True
