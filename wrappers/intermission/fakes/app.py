"""One ASGI app per provider, built from generated/<provider>/openapi.yaml: its operations, nothing else.

Every operation of the document is served: the ones ``fakes/vendors/<provider>.py`` handles through the
fake's state, every other one from the document alone (``fakes.generic``). Requests are validated against
the document first, answers against it last.
"""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Message, Receive, Scope, Send

from intermission import providers
from intermission.fakes import generic
from intermission.fakes.admin import build_admin
from intermission.fakes.faults import BODILESS, PAGE_KINDS, Answer, Fault, FaultBook, perform
from intermission.fakes.pages import PageShape
from intermission.fakes.records import Journal, RecordedRequest, ServerBug
from intermission.fakes.spec import (
    DocumentedOperation,
    ErrorDetail,
    Schemas,
    document_errors,
    load_document,
    operations,
    parse_body,
    parse_parameter,
)
from intermission.fakes.state import Store, make_account
from intermission.fakes.vendors import NO_BODY, Handler, HandlerInput, RawBody, Reply, authorized, wire_for
from intermission.ids import IdKind

# The scope extension under which server.py hands the app the connection's transport (for resets).
TRANSPORT_EXTENSION = "intermission.transport"
ADMIN_PREFIX = "/_fake"


class FakeBug(Exception):
    """The fake itself is wrong (a body its own document does not allow); never the client's fault."""


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


class ProviderFake:
    """One provider's fake vendor: document, state, faults, journal, and the ASGI app serving them."""

    def __init__(self, provider: str, seed: int = 0) -> None:
        self.provider = provider
        self.document = load_document(provider)
        self.operations = {op.id: op for op in operations(self.document)}
        self.schemas = Schemas(provider, self.document)
        self.wire = wire_for(provider)
        self.adapter = providers.load(provider)
        self.account = make_account(seed, provider, self.adapter.setting_envs)
        integer_ids = self.adapter.id_kind is IdKind.INTEGER
        self.store = Store(provider, seed, self.wire.lifecycle, integer_ids=integer_ids)
        self.faults = FaultBook(provider, seed)
        self.journal = Journal()
        self.answered: dict[str, Answer] = {}  # operation -> its last successful answer (repeat_page)
        self.vendor_app = Starlette(
            routes=[self._route(op, handler) for op, handler in self._handlers()],
            exception_handlers={HTTPException: self._route_error},
        )
        self.admin_app = build_admin(self)

    def _handlers(self) -> list[tuple[DocumentedOperation, Handler]]:
        by_key = {op.key: op for op in self.operations.values()}
        extra = sorted((set(self.wire.routes) | set(self.wire.listings)) - set(by_key))
        if extra:
            raise FakeBug(
                f"{self.provider}: vendors/{self.provider}.py handles routes the document lacks: {extra}"
            )
        for key in self.wire.routes:  # fail at start, not at the first request, when a model is missing
            op = by_key[key]
            for schema in [op.body_schema, *op.responses.values()]:
                if schema:
                    self.schemas.adapter(schema)
        return [
            (op, self.wire.routes.get(key) or generic.handler(self.document, self.schemas, op))
            for key, op in by_key.items()
        ]

    def _route(self, operation: DocumentedOperation, handler: Handler) -> Route:
        async def endpoint(request: Request) -> Response:
            if request.method != operation.method:  # Starlette's implicit HEAD of a GET: not documented
                raise HTTPException(405, headers={"Allow": operation.method})
            answer = self.answer(operation, handler, request, await request.body())
            return _response(answer)

        return Route(operation.path, endpoint, methods=[operation.method], name=operation.id)

    def reset(self) -> None:
        self.store.reset()
        self.faults.reset()
        self.journal.reset()
        self.answered.clear()

    def page_shape(self, operation: str) -> PageShape | None:
        """Where a list operation's answer keeps its items; None for any other operation."""
        found = self.operations.get(operation)
        return None if found is None else self.wire.listings.get(found.key)

    def arm(self, fault: Fault, operation: str | None = None) -> None:
        """Arm ``fault`` for one operation (the document's operationId) or, with None, every route."""
        if operation is not None and operation not in self.operations:
            known = ", ".join(sorted(self.operations))
            raise ValueError(f"the {self.provider} document has no operation {operation!r} (known: {known})")
        if fault.kind in PAGE_KINDS and (operation is None or self.page_shape(operation) is None):
            lists = ", ".join(op.id for op in self.operations.values() if op.key in self.wire.listings)
            raise ValueError(
                f"a {fault.kind} fault spoils a page of a list: arm it on one ({lists or 'none here'})"
            )
        self.faults.add(fault, operation)

    def remove(self, operations: Sequence[str] | None = None, code: int = 404) -> tuple[str, ...]:
        """Arm ``Fault.removed(code)`` on each operation (by default the vendor's retired ones)."""
        chosen = tuple(self.wire.retired if operations is None else operations)
        if not chosen:
            raise ValueError(f"{self.provider} has retired no operation: name the ones to remove")
        unknown = sorted(set(chosen) - set(self.operations))
        if unknown:
            raise ValueError(f"the {self.provider} document has no operation {', '.join(unknown)}")
        fault = Fault.removed(code)
        for operation in chosen:
            self.arm(fault, operation)
        return chosen

    # The vendor's logic, then the check of what it answers.

    def answer(
        self, operation: DocumentedOperation, handler: Handler, request: Request, body: bytes
    ) -> Answer:
        try:
            return self.render(operation, self._reply(operation, handler, request, body))
        except Exception as exc:  # a crash is a bug of the fake: say so, record it, never drop it
            return self.bug(operation.id, 500, f"{type(exc).__name__}: {exc}")

    def _reply(
        self, operation: DocumentedOperation, handler: Handler, request: Request, body: bytes
    ) -> Reply:
        headers = {k.lower(): v for k, v in request.headers.items()}
        key = self.account.api_key
        if operation.auth and not any(authorized(headers, h, p, key) for h, p in operation.auth):
            return replace(self.wire.error(401, self.wire.unauthorized), refusal=True)
        params: dict[str, Any] = {}
        errors: list[ErrorDetail] = []
        for parameter in operation.parameters:
            raw: str | list[str] | None
            if parameter.location == "path":
                raw = request.path_params.get(parameter.name)
            elif parameter.location == "query":
                raw = request.query_params.getlist(parameter.name)
            elif parameter.location == "header":
                if parameter.name.lower() in {header for header, _ in operation.auth}:
                    continue  # the key, checked above
                raw = headers.get(parameter.name.lower())
            else:
                continue
            params[parameter.name], error = parse_parameter(parameter, raw)
            if error is not None:
                errors.append(error)
        if operation.key in self.wire.routes:  # a handler reads the body: the generated model's parse
            parsed, body_errors = parse_body(self.schemas, operation, body)
        else:
            parsed, body_errors = None, self._document_body_errors(operation, body)
        if errors or body_errors:
            return replace(self.wire.invalid(errors + body_errors), refusal=True)
        return handler(HandlerInput(self.store, self.account, params, parsed))

    def _document_body_errors(self, operation: DocumentedOperation, body: bytes) -> list[ErrorDetail]:
        if operation.body_schema is None:
            return []
        if not body.strip():
            required = operation.body_required
            return [{"loc": ["body"], "msg": "Field required", "type": "missing"}] if required else []
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return [{"loc": ["body", 0], "msg": "JSON decode error", "type": "json_invalid"}]
        return document_errors(self.document, operation.body_schema, data)

    def render(
        self, operation: DocumentedOperation | None, reply: Reply, *, documented_only: bool = True
    ) -> Answer:
        """Serialize a reply, checked against the document's model for its operation and status.

        ``operation=None``: an answer to a route the document lacks, checked against the vendor's error
        schema. ``documented_only=False`` (injected faults): statuses the document lacks go out unchecked.
        """
        if reply.status in BODILESS or reply.body is NO_BODY:
            return Answer(reply.status, tuple(reply.headers.items()), b"")
        if isinstance(reply.body, RawBody):
            headers = (("content-type", reply.body.media_type), *reply.headers.items())
            return Answer(reply.status, headers, b"").with_body(reply.body.data)
        body = _json(reply.body)
        if operation is None:
            schema: dict[str, Any] | None = self.schemas.component(self.wire.error_schema)
        elif reply.status in operation.responses:
            schema = operation.responses[reply.status]
        elif documented_only and not reply.refusal:
            return self.bug(operation.id, reply.status, f"the document has no status {reply.status} here")
        else:
            schema = None
        if schema and operation is not None and reply.refusal and self.schemas.mismatch(schema, body):
            # This operation documents its own shape for the refusal (one API, several error shapes): that.
            body = _json(generic.body(self.document, self.schemas, operation, reply.status))
        if schema:
            mismatch = self.schemas.mismatch(schema, body)
            if mismatch is not None:
                return self.bug(operation.id if operation else None, reply.status, f"body {mismatch}")
        headers = (("content-type", "application/json"), *reply.headers.items())
        return Answer(reply.status, headers, b"").with_body(body)

    def bug(self, operation: str | None, status: int, message: str) -> Answer:
        bug = ServerBug(operation, status, message)
        self.journal.bug(bug)
        text = f"intermission fake bug ({self.provider}): {bug}".encode()
        return Answer(500, (("content-type", "text/plain; charset=utf-8"),), b"").with_body(text)

    async def _route_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 405:
            allow = (exc.headers or {}).get("Allow", "")
            reply = self.wire.error(405, "Method Not Allowed")
            reply = Reply(405, reply.body, {"allow": allow})
        else:
            reply = self.wire.error(404, "Not Found")
        try:
            return _response(self.render(None, reply))
        except Exception as error:
            return _response(self.bug(None, 500, f"{type(error).__name__}: {error}"))

    # The ASGI entry: admin routes apart; every vendor request recorded, then answered through the faults.

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.vendor_app(scope, receive, send)
            return
        path: str = scope["path"]
        if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            await self.admin_app(scope, receive, send)
            return
        body = await _read_body(receive)
        operation = self._match(scope)
        self.journal.record(
            RecordedRequest(
                method=scope["method"],
                path=(scope.get("raw_path") or path.encode()).decode("latin-1"),
                query=dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)),
                headers=_headers(scope),
                body=body,
                operation=operation,
            )
        )
        exchange = _Exchange(self, scope, body, receive, send, operation)
        await perform(self.faults.draw(operation), exchange)

    def _match(self, scope: Scope) -> str | None:
        for route in self.vendor_app.routes:
            match, _ = route.matches(scope)
            if match is Match.FULL:
                return getattr(route, "name", None)
        return None


class _Exchange:
    """faults.Exchange over one ASGI request."""

    def __init__(
        self,
        fake: ProviderFake,
        scope: Scope,
        body: bytes,
        receive: Receive,
        send: Send,
        operation: str | None,
    ) -> None:
        self._fake = fake
        self._scope = scope
        self._body = body
        self._receive = receive
        self._send = send
        self._operation = fake.operations.get(operation) if operation else None

    def previous(self) -> Answer | None:
        return None if self._operation is None else self._fake.answered.get(self._operation.id)

    def page_shape(self) -> PageShape | None:
        return None if self._operation is None else self._fake.page_shape(self._operation.id)

    async def process(self) -> Answer:
        replayed = False
        start: Message = {}
        chunks: list[bytes] = []

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await self._receive()
            replayed = True
            return {"type": "http.request", "body": self._body, "more_body": False}

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self._fake.vendor_app(self._scope, replay, capture)
        headers = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", []))
        return Answer(int(start.get("status", 500)), headers, b"".join(chunks))

    def vendor_error(self, status: int, message: str) -> Answer:
        reply = self._fake.wire.error(status, message)
        return self._fake.render(self._operation, reply, documented_only=False)

    async def send(self, answer: Answer) -> None:
        if self._operation is not None and 200 <= answer.status < 300:
            self._fake.answered[self._operation.id] = answer
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers]
        await self._send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await self._send({"type": "http.response.body", "body": answer.body, "more_body": False})

    async def abort(self) -> None:
        transport = self._scope.get("extensions", {}).get(TRANSPORT_EXTENSION)
        if transport is None:
            raise RuntimeError("connection resets need the fake's own server (intermission.fakes.server)")
        sock = transport.get_extra_info("socket")
        if sock is not None:  # linger 0: close with RST, as a real reset, not an orderly FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
        while (await self._receive())["type"] != "http.disconnect":
            pass


def _response(answer: Answer) -> Response:
    headers = {k: v for k, v in answer.headers if k.lower() not in ("content-length", "content-type")}
    media_type = dict(answer.headers).get("content-type")
    return Response(answer.body, answer.status, headers=headers, media_type=media_type)


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)
