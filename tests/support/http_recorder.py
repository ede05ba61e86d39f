"""A threaded http.server on 127.0.0.1 that records every request and answers as a test says.

Used wherever a test needs to see exactly what a client put on the wire.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Answer = tuple[int, dict[str, str], bytes | Iterable[bytes]]


@dataclass(frozen=True)
class Seen:
    method: str
    target: str  # the request target as sent: path and query, still percent-encoded
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)


def json_answer(status: int, body: object, **headers: str) -> Answer:
    return status, {"content-type": "application/json", **headers}, json.dumps(body).encode()


class Recorder:
    """Records into ``seen``; ``answer(seen)`` decides each reply (a streamed body may be an iterable)."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.answer: Callable[[Seen], Answer] = lambda seen: json_answer(200, {})
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def reply(self, status: int, body: object) -> None:
        """Answer every request with this JSON, and forget what was seen so far."""
        with self._lock:
            self.answer = lambda seen: json_answer(status, body)
            self.seen.clear()

    def only(self) -> Seen:
        with self._lock:
            assert len(self.seen) == 1, self.seen
            return self.seen[0]

    def _record(self, seen: Seen) -> Answer:
        with self._lock:
            self.seen.append(seen)
            answer = self.answer
        return answer(seen)


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, answer_headers, payload = recorder._record(Seen(self.command, self.path, headers, body))
            self.send_response_only(status)
            for name, value in answer_headers.items():
                self.send_header(name, value)
            if isinstance(payload, bytes):
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            self.end_headers()  # a streamed body: the answer's headers carry its content-length
            try:
                for chunk in payload:
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up mid-body, which is what such a test provokes

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def recording_server() -> Iterator[Recorder]:
    recorder = Recorder()
    recorder._thread.start()
    try:
        yield recorder
    finally:
        recorder.server.shutdown()
        recorder.server.server_close()
