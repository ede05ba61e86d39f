"""Every operation of every committed client, sync and async, against a real HTTP server on 127.0.0.1.

The request must carry the documented method, percent-encoded path, query, auth header and JSON body;
each documented JSON response (success and error) must parse into the generated models, and into the
pydantic models the fake servers validate with.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import re
import typing
from collections.abc import Iterator
from datetime import datetime
from enum import Enum
from typing import Any
from urllib.parse import quote
from uuid import UUID

import pytest
import yaml
from pydantic import TypeAdapter

from codegen.drift.facade import adapters
from codegen.providers import Provider, load_provider
from tests.codegen.generate.helpers import GENERATED, PROVIDERS, SPECS
from tests.support.http_recorder import Recorder, recording_server

pytestmark = pytest.mark.slow

TOKEN = "tok-123"
PATH_VALUE = "id 1/2?&#é"  # every character here must be percent-encoded in a path segment
QUERY_VALUE = "t 1&x=y"
SAMPLE_UUID = UUID("123e4567-e89b-12d3-a456-426614174000")
METHODS = ("get", "put", "post", "delete", "patch")
# A string of these formats is parsed by the generated models: the sample must be one.
FORMAT_SAMPLES = {
    "uuid": str(SAMPLE_UUID),
    "date-time": "2026-01-02T03:04:05+00:00",
    "date": "2026-01-02",
}


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def _document(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((GENERATED / name / "openapi.yaml").read_text())
    return data


def _cases() -> Iterator[tuple[str, str, str]]:
    """The operations the facade calls, of every provider.

    Every operation of the complete vendor documents is covered by ``make corpus`` (imports, one function
    per operation, mypy --strict) and by the fakes' contract tests; this test checks the wire in depth.
    """
    served = adapters()
    for name in PROVIDERS:
        modules = served.get(name, {})
        for path, item in _document(name)["paths"].items():
            for method in METHODS:
                if method in item and _snake(item[method]["operationId"]) in modules:
                    yield name, path, method


CASES = list(_cases())


def _resolve(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        target: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        schema = target
    return schema


def sample(schema: dict[str, Any], document: dict[str, Any]) -> Any:
    """A value of ``schema`` with every property filled in."""
    schema = _resolve(schema, document)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branch = next(s for s in schema[key] if _resolve(s, document).get("type") != "null")
            return sample(branch, document)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        return {k: sample(v, document) for k, v in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [sample(schema.get("items") or {}, document)]
    if kind in ("integer", "number"):
        value = 7 if kind == "integer" else 1.5
        value = max(value, schema.get("minimum", value))
        return min(value, schema.get("maximum", value))
    if kind == "boolean":
        return True
    text = FORMAT_SAMPLES.get(schema.get("format"), "text")
    pattern = schema.get("pattern")
    if pattern is not None:  # e.g. Browser Use's costs, decimal strings
        text = next((t for t in (text, "1", "1.5", "a1") if re.search(pattern, t)), text)
    return text


def canonical(value: Any) -> Any:
    """JSON data with its date-times parsed, so that ``...56.789Z`` equals ``...56.789000+00:00``."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def documented_bodies(
    operation: dict[str, Any], document: dict[str, Any]
) -> list[tuple[int, Any, str | None]]:
    """(status, body, component name) for each JSON response: the page's example, else a sample."""
    bodies = []
    for status, response in sorted(operation["responses"].items()):
        content = (_resolve(response, document).get("content") or {}).get("application/json")
        if content is None:
            continue
        examples = [e["value"] for e in (content.get("examples") or {}).values() if "value" in e]
        body = examples[0] if examples else sample(content["schema"], document)
        ref = content["schema"].get("$ref", "")
        bodies.append((int(status), body, ref.rsplit("/", 1)[-1] or None))
    return bodies


def _model_class(annotation: Any) -> Any:
    """The generated model class of a body annotation (``Model`` or ``Model | Unset``)."""
    candidates = [annotation, *typing.get_args(annotation)]
    return next(c for c in candidates if hasattr(c, "from_dict"))


def _argument(annotation: Any, where: str) -> Any:
    text = str(annotation)
    if "UUID" in text:
        return SAMPLE_UUID
    if "int" in text:
        return 42
    return PATH_VALUE if where == "path" else QUERY_VALUE


def plain(value: Any) -> Any:
    """A parsed response as JSON data again."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _scheme(operation: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The security scheme the operation asks for (its own requirement, else the document's)."""
    requirements = operation.get("security", document.get("security")) or [{}]
    names = [name for requirement in requirements for name in requirement]
    schemes: dict[str, dict[str, Any]] = document["components"]["securitySchemes"]
    return schemes[names[0]] if names else next(iter(schemes.values()))


def _client(provider: Provider, scheme: dict[str, Any], base_url: str) -> Any:
    package = importlib.import_module(provider.client_package)
    if scheme["type"] == "apiKey":
        # openapi-python-client always writes "Authorization: Bearer": the facade configures this.
        return package.AuthenticatedClient(
            base_url=base_url, token=TOKEN, prefix="", auth_header_name=scheme["name"]
        )
    return package.AuthenticatedClient(base_url=base_url, token=TOKEN)


@pytest.fixture(scope="module")
def server() -> Iterator[Recorder]:
    with recording_server() as recorder:
        yield recorder


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
@pytest.mark.parametrize(("name", "path", "method"), CASES, ids=[f"{n}:{m.upper()} {p}" for n, p, m in CASES])
def test_operation_over_http(name: str, path: str, method: str, mode: str, server: Recorder) -> None:
    provider = load_provider(SPECS / name)
    document = _document(name)
    operation = document["paths"][path][method]
    function = _snake(operation["operationId"])
    # openapi-python-client puts each operation in api/<its first tag>/ (default: no tag).
    (found,) = (GENERATED / name / provider.client_package).glob(f"api/*/{function}.py")
    module = importlib.import_module(f"{provider.client_package}.api.{found.parent.name}.{function}")
    pydantic_models = importlib.import_module(f"{provider.client_package}_pydantic")
    call = getattr(module, f"{mode}_detailed")

    declared = [_resolve(p, document) for p in operation.get("parameters", [])]
    parameters = {_snake(p["name"]): p for p in declared}
    kwargs: dict[str, Any] = {}
    expected_path, expected_query = path, {}
    for arg, info in inspect.signature(call).parameters.items():
        if arg == "client":
            continue
        if arg == "body":
            content = operation["requestBody"]["content"]["application/json"]
            examples = [e["value"] for e in (content.get("examples") or {}).values() if "value" in e]
            body = examples[0] if examples else sample(content["schema"], document)
            kwargs["body"] = _model_class(info.annotation).from_dict(body)
            continue
        spec = parameters[arg]
        if spec["in"] == "query" and info.default is not inspect.Parameter.empty:
            # an optional query parameter (the list operations have many): left out, its default goes
            default = info.default
            if type(default).__name__ != "Unset" and default is not None:
                expected_query[spec["name"]] = [str(getattr(default, "value", default))]
            continue
        value = kwargs[arg] = _argument(info.annotation, spec["in"])
        if spec["in"] == "path":
            expected_path = expected_path.replace("{" + spec["name"] + "}", quote(str(value), safe=""))
        elif spec["in"] == "query":
            expected_query[spec["name"]] = [str(value)]
    assert "{" not in expected_path, f"a path parameter of {path} has no argument"

    scheme = _scheme(operation, document)
    bodies = documented_bodies(operation, document)
    assert bodies, f"{name} {method.upper()} {path} documents no JSON response"
    for status, reply, component in bodies:
        server.reply(status, reply)
        client = _client(provider, scheme, server.url)
        response = (
            call(client=client, **kwargs) if mode == "sync" else asyncio.run(call(client=client, **kwargs))
        )
        sent = server.only()
        assert sent.method == method.upper()
        assert sent.path == expected_path
        assert sent.query == expected_query
        if scheme["type"] == "apiKey":
            assert sent.headers[scheme["name"].lower()] == TOKEN
            assert "authorization" not in sent.headers
        else:
            assert sent.headers["authorization"] == f"Bearer {TOKEN}"
        if "body" in kwargs:
            assert sent.headers["content-type"] == "application/json"
            assert json.loads(sent.body) == kwargs["body"].to_dict()
        else:
            assert sent.body == b""
        assert response.status_code == status
        assert response.parsed is not None, f"{status} was not parsed"
        assert canonical(plain(response.parsed)) == canonical(reply), status
        if component is not None:  # datamodel-code-generator drops what is not a letter or digit from names
            model = getattr(pydantic_models, component, None) or getattr(
                pydantic_models, re.sub(r"\W|_", "", component)
            )
            TypeAdapter(model).validate_python(reply)
