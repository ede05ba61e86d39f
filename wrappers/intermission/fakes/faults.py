"""Fault injection: what can go wrong between a client and a vendor, on demand and reproducibly by seed."""

from __future__ import annotations

import asyncio
import html
import json
import math
import threading
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from http import HTTPStatus
from typing import Any, Protocol

from intermission.fakes.pages import PageShape, misshaped, with_bad_id
from intermission.fakes.state import derive_rng


class Kind(StrEnum):
    LATENCY = "latency"
    STATUS = "status"
    RATE_LIMIT = "rate_limit"
    RESET_BEFORE = "reset_before"
    RESET_AFTER = "reset_after"
    TRUNCATED_BODY = "truncated_body"
    HTML_ERROR = "html_error"
    WRONG_CONTENT_TYPE = "wrong_content_type"
    REPEAT_PAGE = "repeat_page"
    WRONG_SHAPE = "wrong_shape"
    MALFORMED_ID = "malformed_id"


# The faults that spoil a page of a list: armed on a list operation only.
PAGE_KINDS = frozenset({Kind.REPEAT_PAGE, Kind.WRONG_SHAPE, Kind.MALFORMED_ID})


@dataclass(frozen=True)
class Fault:
    """One kind of trouble. ``times=None``: every matching request; ``probability``: drawn from the seed;
    ``skip``: the first ``skip`` matching requests pass untouched (a 429 on page 3 only: skip=2, times=1)."""

    kind: Kind
    times: int | None = None
    probability: float = 1.0
    seconds: float = 0.0  # latency
    code: int = 0  # status, html_error
    body: bytes | None = None  # status: sent as is instead of the vendor's error body
    content_type: str = "application/json"  # status with body; wrong_content_type: the wrong one
    retry_after: str = ""  # rate_limit: the Retry-After header
    skip: int = 0
    bad_id: str = ""  # malformed_id: the id the first item of the page gets

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError(f"times must be None or at least 1, not {self.times}")
        if isinstance(self.skip, bool) or not isinstance(self.skip, int) or self.skip < 0:
            raise ValueError(f"skip must be a whole number >= 0, not {self.skip!r}")
        if self.kind is Kind.MALFORMED_ID and not self.bad_id:
            raise ValueError("a malformed_id fault needs the bad_id to send")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError(f"probability must be within [0, 1], not {self.probability}")
        if self.kind in (Kind.STATUS, Kind.HTML_ERROR) and not 400 <= self.code <= 599:
            raise ValueError(f"a {self.kind} fault needs an error status (400-599), not {self.code}")
        if not math.isfinite(self.seconds) or self.seconds < 0:
            raise ValueError(f"latency must be a finite number of seconds >= 0, not {self.seconds}")

    @classmethod
    def latency(
        cls, seconds: float, times: int | None = None, *, probability: float = 1.0, skip: int = 0
    ) -> Fault:
        """Answer after ``seconds`` more; the answer itself is unchanged (other faults may still apply)."""
        return cls(Kind.LATENCY, times, probability, seconds=seconds, skip=skip)

    @classmethod
    def status(
        cls,
        code: int,
        times: int | None = None,
        *,
        body: bytes | str | None = None,
        content_type: str | None = None,
        probability: float = 1.0,
        skip: int = 0,
    ) -> Fault:
        """Answer ``code`` without processing: the vendor's error body, or ``body`` as given.

        ``content_type`` of a given body: by default application/json if it parses as JSON, else text/plain.
        """
        raw = body.encode() if isinstance(body, str) else body
        if content_type is None:
            content_type = (
                "application/json" if raw is not None and _is_json(raw) else "text/plain; charset=utf-8"
            )
        return cls(Kind.STATUS, times, probability, code=code, body=raw, content_type=content_type, skip=skip)

    @classmethod
    def removed(cls, code: int = 404) -> Fault:
        """A route the vendor took down: every request answers ``code`` (404 or 410) with the vendor's
        error body, unprocessed, until reset. ``FakeVendors.remove_endpoints`` arms it."""
        if code not in (404, 410):
            raise ValueError(f"a removed route answers 404 or 410, not {code}")
        return cls.status(code)

    @classmethod
    def rate_limit(
        cls,
        retry_after: float | str = 1,
        times: int | None = None,
        *,
        probability: float = 1.0,
        skip: int = 0,
    ) -> Fault:
        """429 with Retry-After: seconds, or an HTTP-date string used as is."""
        after = _retry_after(retry_after)
        return cls(Kind.RATE_LIMIT, times, probability, code=429, retry_after=after, skip=skip)

    @classmethod
    def repeat_page(cls, times: int | None = None, *, skip: int = 1, probability: float = 1.0) -> Fault:
        """The previous answer of the same list operation again, cursor included: a vendor whose
        pagination is stuck (with ``times=None``, endless). Answered normally when there is none yet."""
        return cls(Kind.REPEAT_PAGE, times, probability, skip=skip)

    @classmethod
    def wrong_shape(cls, times: int | None = None, *, skip: int = 0, probability: float = 1.0) -> Fault:
        """Process, then send the page with its items as an object ({"0": item, ...}), not a list."""
        return cls(Kind.WRONG_SHAPE, times, probability, skip=skip)

    @classmethod
    def malformed_id(
        cls,
        bad_id: str = "../../v1/admin",
        times: int | None = None,
        *,
        skip: int = 0,
        probability: float = 1.0,
    ) -> Fault:
        """Process, then send the page with ``bad_id`` as the id of its first item."""
        return cls(Kind.MALFORMED_ID, times, probability, skip=skip, bad_id=bad_id)

    @classmethod
    def reset_before(cls, times: int | None = None, *, probability: float = 1.0, skip: int = 0) -> Fault:
        """Drop the connection before processing: no answer, state unchanged."""
        return cls(Kind.RESET_BEFORE, times, probability, skip=skip)

    @classmethod
    def reset_after(cls, times: int | None = None, *, probability: float = 1.0, skip: int = 0) -> Fault:
        """Process the request (state changes), then drop the connection: no answer."""
        return cls(Kind.RESET_AFTER, times, probability, skip=skip)

    @classmethod
    def truncated_body(cls, times: int | None = None, *, probability: float = 1.0, skip: int = 0) -> Fault:
        """Process, then send the first half of the body (with a matching Content-Length)."""
        return cls(Kind.TRUNCATED_BODY, times, probability, skip=skip)

    @classmethod
    def html_error(
        cls, status: int = 502, times: int | None = None, *, probability: float = 1.0, skip: int = 0
    ) -> Fault:
        """A proxy's HTML error page instead of the vendor's answer; not processed."""
        return cls(Kind.HTML_ERROR, times, probability, code=status, skip=skip)

    @classmethod
    def wrong_content_type(
        cls,
        times: int | None = None,
        *,
        content_type: str = "text/plain; charset=utf-8",
        probability: float = 1.0,
        skip: int = 0,
    ) -> Fault:
        """Process and send the real body, labelled with another content type."""
        return cls(Kind.WRONG_CONTENT_TYPE, times, probability, content_type=content_type, skip=skip)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["body"] = None if self.body is None else self.body.decode("utf-8", "replace")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        """The admin route's form: {"kind": "status", "code": 503, "times": 2, ...}."""
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
        fields = dict(data)
        fields["kind"] = Kind(str(fields.get("kind")))
        if isinstance(fields.get("body"), str):
            fields["body"] = fields["body"].encode()
        if "retry_after" in fields:
            fields["retry_after"] = _retry_after(fields["retry_after"])
        if fields["kind"] is Kind.RATE_LIMIT:
            fields.setdefault("code", 429)
            fields.setdefault("retry_after", "1")
        if fields["kind"] is Kind.HTML_ERROR:
            fields.setdefault("code", 502)
        if fields["kind"] is Kind.REPEAT_PAGE:
            fields.setdefault("skip", 1)
        if fields["kind"] is Kind.MALFORMED_ID:
            fields.setdefault("bad_id", "../../v1/admin")
        return cls(**fields)


@dataclass
class _Armed:
    fault: Fault
    operation: str | None
    remaining: int | None = field(default=None)
    to_skip: int = 0


class FaultBook:
    """The faults armed on one provider's server, and the seeded draws that decide which fire."""

    def __init__(self, provider: str, seed: int) -> None:
        self._provider = provider
        self._seed = seed
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []
        self._rng = derive_rng(seed, provider, "faults")

    def add(self, fault: Fault, operation: str | None = None) -> None:
        with self._lock:
            self._armed.append(_Armed(fault, operation, fault.times, fault.skip))

    def reset(self) -> None:
        with self._lock:
            self._armed.clear()
            self._rng = derive_rng(self._seed, self._provider, "faults")

    def draw(self, operation: str | None) -> list[Fault]:
        """The faults for one request: every latency that fires, then at most one other fault."""
        fired: list[Fault] = []
        with self._lock:
            for armed in self._armed:
                terminal = armed.fault.kind is not Kind.LATENCY
                if terminal and any(f.kind is not Kind.LATENCY for f in fired):
                    continue
                if armed.operation not in (None, operation) or armed.remaining == 0:
                    continue
                if armed.to_skip > 0:
                    armed.to_skip -= 1
                    continue
                if armed.fault.probability < 1.0 and self._rng.random() >= armed.fault.probability:
                    continue
                if armed.remaining is not None:
                    armed.remaining -= 1
                fired.append(armed.fault)
        return fired


# Statuses whose answers carry no body (RFC 9110 6.4.1).
BODILESS = frozenset({100, 101, 102, 103, 204, 304})


@dataclass(frozen=True)
class Answer:
    """A complete HTTP answer, built but not yet sent."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def with_header(self, name: str, value: str) -> Answer:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=(*kept, (name, value)))

    def with_body(self, body: bytes) -> Answer:
        if self.status in BODILESS:  # HTTP forbids a body, and h11 a Content-Length, here
            return replace(self, body=b"")
        return replace(self, body=body).with_header("content-length", str(len(body)))


class Exchange(Protocol):
    """One request on its way through the fake; app.py implements it."""

    async def process(self) -> Answer:
        """Run the vendor's logic (its state may change) and return its answer without sending it."""
        ...

    def vendor_error(self, status: int, message: str) -> Answer:
        """The vendor's own error body for ``status``."""
        ...

    async def send(self, answer: Answer) -> None: ...

    async def abort(self) -> None:
        """Reset the TCP connection: the client gets no answer at all."""
        ...

    def previous(self) -> Answer | None:
        """The last successful answer sent for the same operation, if any."""
        ...

    def page_shape(self) -> PageShape | None:
        """Where the operation's answer keeps its items, if it is a list operation."""
        ...


def _retry_after(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(float(value))


def _is_json(body: bytes) -> bool:
    try:
        json.loads(body)
    except ValueError:
        return False
    return True


def _phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return "Unknown Error"  # 520 and friends: in use (Cloudflare) but not registered


def html_page(code: int) -> bytes:
    title = html.escape(f"{code} {_phrase(code)}")
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


async def perform(faults: list[Fault], exchange: Exchange) -> None:
    """Answer one request through the faults drawn for it (an empty list: the vendor's plain answer)."""
    for delay in faults:
        if delay.kind is Kind.LATENCY:
            await asyncio.sleep(delay.seconds)
    chosen = next((f for f in faults if f.kind is not Kind.LATENCY), None)
    if chosen is None:
        await exchange.send(await exchange.process())
        return
    fault = chosen
    match fault.kind:
        case Kind.RESET_BEFORE:
            await exchange.abort()
        case Kind.RESET_AFTER:
            await exchange.process()
            await exchange.abort()
        case Kind.STATUS if fault.body is not None:
            answer = Answer(fault.code, (("content-type", fault.content_type),), b"")
            await exchange.send(answer.with_body(fault.body))
        case Kind.STATUS:
            await exchange.send(exchange.vendor_error(fault.code, _phrase(fault.code)))
        case Kind.RATE_LIMIT:
            answer = exchange.vendor_error(429, "Rate limit exceeded. Please try again later.")
            await exchange.send(answer.with_header("retry-after", fault.retry_after))
        case Kind.HTML_ERROR:
            answer = Answer(fault.code, (("content-type", "text/html"),), b"")
            await exchange.send(answer.with_body(html_page(fault.code)))
        case Kind.TRUNCATED_BODY:
            answer = await exchange.process()
            await exchange.send(answer.with_body(answer.body[: len(answer.body) // 2]))
        case Kind.WRONG_CONTENT_TYPE:
            answer = await exchange.process()
            await exchange.send(answer.with_header("content-type", fault.content_type))
        case Kind.REPEAT_PAGE:
            await exchange.send(exchange.previous() or await exchange.process())
        case Kind.WRONG_SHAPE | Kind.MALFORMED_ID:
            answer = await exchange.process()
            shape = exchange.page_shape()
            if shape is None or not 200 <= answer.status < 300:
                await exchange.send(answer)
            elif fault.kind is Kind.WRONG_SHAPE:
                await exchange.send(answer.with_body(misshaped(answer.body, shape)))
            else:
                await exchange.send(answer.with_body(with_bad_id(answer.body, shape, fault.bad_id)))
