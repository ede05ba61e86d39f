"""A docs server of the tests' own on 127.0.0.1, and a scratch specs/ + generated/ tree pointing at it."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from codegen.openapi.assemble import build_all
from codegen.providers import discover

# The seed providers with Mintlify .md pages, as they were when these tests were written: the tests
# keep their own copy so that what specs/ gains (complete vendor documents) does not change them.
SPECS = Path(__file__).resolve().parent / "specs"
PROVIDERS = ("anchorbrowser", "codegen")


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    stream: bool = False  # no Content-Length: the body ends when the connection closes


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]  # lower-cased names


Route = Callable[[Seen], Reply]


class DocsServer:
    """Serves ``routes`` (path -> Reply or function of the request) and records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | Route] = {}
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.closing = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def page(
        self, path: str, body: bytes, *, etag: str | None = None, last_modified: str | None = None
    ) -> None:
        """A page that answers 304 to a matching If-None-Match / If-Modified-Since."""

        def route(seen: Seen) -> Reply:
            headers = {}
            if etag:
                headers["ETag"] = etag
            if last_modified:
                headers["Last-Modified"] = last_modified
            if etag and seen.headers.get("if-none-match") == etag:
                return Reply(304, headers=headers)
            if not etag and last_modified and seen.headers.get("if-modified-since") == last_modified:
                return Reply(304, headers=headers)
            return Reply(200, body, {"Content-Type": "text/markdown; charset=utf-8", **headers})

        self.routes[path] = route

    def hits(self, path: str) -> list[Seen]:
        return [s for s in self.requests if s.path == path]

    def close(self) -> None:
        self.closing.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        docs = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
                with docs._lock:
                    docs.requests.append(seen)
                    docs.in_flight += 1
                    docs.max_in_flight = max(docs.max_in_flight, docs.in_flight)
                try:
                    route = docs.routes.get(self.path)
                    reply = (
                        Reply(404, b"not here")
                        if route is None
                        else route
                        if isinstance(route, Reply)
                        else route(seen)
                    )
                    if reply.delay and docs.closing.wait(reply.delay):
                        return
                    self._send(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (size limit, timeout): expected
                finally:
                    with docs._lock:
                        docs.in_flight -= 1

            def _send(self, reply: Reply) -> None:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.stream:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for start in range(0, len(reply.body), 64 * 1024):
                        self.wfile.write(reply.body[start : start + 64 * 1024])
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.body and reply.status not in (204, 304):
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI honours proxy settings; the local docs server must be reached directly."""
    for name in list(os.environ):
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


async def no_sleep(seconds: float) -> None:
    return None


@pytest.fixture
def docs() -> Iterator[DocsServer]:
    server = DocsServer()
    yield server
    server.close()


@pytest.fixture
def other_host() -> Iterator[DocsServer]:
    """A second origin (another port): redirects there must never be followed."""
    server = DocsServer()
    yield server
    server.close()


@dataclass(frozen=True)
class Tree:
    specs: Path
    generated: Path
    docs: DocsServer

    def page_path(self, provider: str, file: str) -> Path:
        return self.specs / provider / file

    def page_url(self, provider: str, file: str) -> str:
        return self.docs.url(route(provider, file))

    def manifest(self, provider: str) -> Path:
        return self.specs / provider / "provider.yaml"

    def document(self, provider: str) -> Path:
        return self.generated / provider / "openapi.yaml"


def route(provider: str, file: str) -> str:
    return f"/{provider}/{file}"


@pytest.fixture
def tree(tmp_path: Path, docs: DocsServer) -> Tree:
    """specs/ with copies of the seed providers whose manifests point at ``docs``, which serves
    the same pages (no validators yet), and a generated/ built from them."""
    specs = tmp_path / "specs"
    for name in PROVIDERS:
        shutil.copytree(SPECS / name, specs / name)
    for provider in discover(specs):
        text = provider.manifest_path.read_text()
        for entry in provider.pages:
            text = text.replace(f"url: {entry.url}\n", f"url: {docs.url(route(provider.name, entry.file))}\n")
            docs.page(route(provider.name, entry.file), provider.page_path(entry).read_bytes())
        provider.manifest_path.write_text(text)
    generated = tmp_path / "generated"
    outcome = build_all(discover(specs), generated)
    assert all(result is True for result in outcome.values()), outcome
    return Tree(specs, generated, docs)


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``root``: its bytes and mtime."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
