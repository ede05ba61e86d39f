"""The handler of an operation no vendor table handles: its first success, made from the document alone.

The request reaching it was already validated against the document (``app.ProviderFake``); the answer is the
lowest documented 2xx: no body when the document gives none (or the status forbids one), else the vendor's
example when it fits the generated model, else a value synthesized from the schema (``fakes.synth``). The
app then checks the answer against the document, as it checks every answer.
"""

from __future__ import annotations

import json
from typing import Any

from intermission.fakes.spec import DocumentedOperation, Schemas, resolve
from intermission.fakes.synth import media_example, synthesize
from intermission.fakes.vendors import NO_BODY, Handler, HandlerInput, RawBody, Reply


def success_status(operation: DocumentedOperation) -> int:
    """The status a generic answer carries: the lowest documented 2xx, else 200."""
    return min((code for code in operation.responses if 200 <= code < 300), default=200)


def body(document: dict[str, Any], schemas: Schemas, operation: DocumentedOperation, status: int) -> Any:
    """The body the document gives ``operation`` for ``status``: its example if it fits, else synthesized."""
    content = operation.content.get(status)
    if content is None:
        return NO_BODY
    media_type, media = content
    schema = operation.responses.get(status)
    if schema is None:  # not JSON: an image, a PDF, text
        found, example = media_example(document, media)
        data = example.encode() if found and isinstance(example, str) else b""
        return RawBody(media_type, data)
    found, example = media_example(document, media)
    if found and (not schema or schemas.mismatch(schema, json.dumps(example).encode()) is None):
        return example
    return synthesize(document, resolve(document, schema))


def handler(document: dict[str, Any], schemas: Schemas, operation: DocumentedOperation) -> Handler:
    status = success_status(operation)

    def answer(_call: HandlerInput) -> Reply:
        return Reply(status, body(document, schemas, operation, status))

    return answer
