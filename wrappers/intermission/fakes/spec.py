"""Each provider's OpenAPI document and generated pydantic models, and the checks built from them."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, Union, cast

import pydantic
import yaml

PROVIDERS = ("anchorbrowser", "agi", "codegen", "browser_use")
PACKAGES = {provider: f"intermission_{provider}" for provider in PROVIDERS}
# The environment variables the facade reads each key from (specs/<provider>/provider.yaml).
ENV_KEYS = {
    "anchorbrowser": "ANCHOR_API_KEY",
    "agi": "AGI_API_KEY",
    "codegen": "CODEGEN_API_KEY",
    "browser_use": "BROWSER_USE_API_KEY",
}
SPEC_FILE = "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_REF = "#/components/schemas/"
_SCALARS: dict[Any, Any] = {"string": str, "integer": int, "number": float, "boolean": bool, "null": None}


def package_for(provider: str) -> str:
    try:
        return PACKAGES[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r} (known: {', '.join(PROVIDERS)})") from None


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
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[int, dict[str, Any] | None]  # status -> JSON schema of the body (None: no body)

    @property
    def key(self) -> str:
        """How vendors/<provider>.py names the operation: "POST /v1/sessions/{session_id}/pause"."""
        return f"{self.method} {self.path}"


def _json_schema(content: Any) -> dict[str, Any] | None:
    if not isinstance(content, dict):
        return None
    media = content.get("application/json")
    if not isinstance(media, dict):
        return None
    schema = media.get("schema")
    return schema if isinstance(schema, dict) else {}


def operations(document: dict[str, Any]) -> list[Operation]:
    found: list[Operation] = []
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            parameters = tuple(
                Parameter(p["name"], p["in"], bool(p.get("required", p["in"] == "path")), p.get("schema", {}))
                for p in [*shared, *raw.get("parameters", [])]
            )
            body = raw.get("requestBody") or {}
            responses = {
                int(code): _json_schema(response.get("content"))
                for code, response in (raw.get("responses") or {}).items()
                if str(code).isdigit()
            }
            found.append(
                Operation(
                    id=str(raw.get("operationId") or f"{method}_{path}"),
                    method=method.upper(),
                    path=path,
                    parameters=parameters,
                    body_schema=_json_schema(body.get("content")),
                    body_required=bool(body.get("required", False)),
                    responses=responses,
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
            if model is None:
                raise LookupError(f"{self.models.__name__} has no class {name!r} for {ref}")
            return model
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                return Union[tuple(self._type(s) for s in schema[combinator])]  # noqa: UP007
        if "enum" in schema:
            return Literal[tuple(schema["enum"])]
        kind = schema.get("type")
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

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_INTEGER = re.compile(r"-?[0-9]{1,4000}")  # Python refuses int() of longer strings


def parse_parameter(parameter: Parameter, raw: str | None) -> tuple[Any, ErrorDetail | None]:
    """A path or query value as the document types it, or the FastAPI-style error for it."""
    loc = [parameter.location, parameter.name]
    if raw is None:
        if parameter.required:
            return None, {"loc": loc, "msg": "Field required", "type": "missing"}
        return None, None
    kind, fmt = parameter.schema.get("type"), parameter.schema.get("format")
    if kind == "integer":
        if not _INTEGER.fullmatch(raw):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            return None, {"loc": loc, "msg": msg, "type": "int_parsing"}
        return int(raw), None
    if fmt == "uuid" and not _UUID.fullmatch(raw):
        return None, {"loc": loc, "msg": "Input should be a valid UUID", "type": "uuid_parsing"}
    return raw, None


def parse_body(schemas: Schemas, operation: Operation, body: bytes) -> tuple[Any, list[ErrorDetail]]:
    """The JSON request body validated (strictly) by the operation's model, or FastAPI-style errors."""
    schema = operation.body_schema
    if schema is None:
        return None, []
    if not body.strip():
        if operation.body_required:
            return None, [{"loc": ["body"], "msg": "Field required", "type": "missing"}]
        return None, []
    try:
        json.loads(body)
    except (ValueError, RecursionError) as exc:
        position = exc.pos if isinstance(exc, json.JSONDecodeError) else 0
        return None, [{"loc": ["body", position], "msg": "JSON decode error", "type": "json_invalid"}]
    try:
        return schemas.adapter(schema).validate_json(body, strict=True), []
    except pydantic.ValidationError as exc:
        details = cast(list[dict[str, Any]], exc.errors(include_url=False))
        return None, [{"loc": ["body", *d["loc"]], "msg": d["msg"], "type": d["type"]} for d in details]
