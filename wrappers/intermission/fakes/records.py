"""What a fake saw (every request) and what went wrong inside it (bugs of the fake, never of the client)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

# Headers whose values are keys; repr() and the admin routes show them redacted.
SECRET_HEADERS = frozenset({"authorization", "anchor-api-key", "x-api-key", "cookie"})
REDACTED = "<redacted>"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # as sent, still percent-encoded
    query: dict[str, str]
    headers: dict[str, str] = field(repr=False)  # lower-case names
    body: bytes
    operation: str | None  # the document's operationId; None for a route the document does not have

    def redacted_headers(self) -> dict[str, str]:
        return {k: REDACTED if k in SECRET_HEADERS else v for k, v in self.headers.items()}

    def __repr__(self) -> str:
        return (
            f"RecordedRequest(method={self.method!r}, path={self.path!r}, query={self.query!r}, "
            f"headers={self.redacted_headers()!r}, body={self.body!r}, operation={self.operation!r})"
        )


@dataclass(frozen=True)
class ServerBug:
    """The fake was about to send something its own document does not allow, or crashed."""

    operation: str | None
    status: int
    message: str

    def __str__(self) -> str:
        return f"{self.operation or 'no operation'} -> {self.status}: {self.message}"


class Journal:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._bugs: list[ServerBug] = []

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def bug(self, bug: ServerBug) -> None:
        with self._lock:
            self._bugs.append(bug)

    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def bugs(self) -> list[ServerBug]:
        with self._lock:
            return list(self._bugs)

    def reset(self) -> None:
        with self._lock:
            self._requests.clear()
            self._bugs.clear()
