"""Serve fakes with uvicorn on 127.0.0.1, in one background thread, one port per provider."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from intermission.fakes.app import TRANSPORT_EXTENSION

START_TIMEOUT = 10.0


class _Connection:
    """The part of a connection's transport a fault uses to reset it. Once the client has closed the
    connection, asyncio has closed the socket too: it is then not handed out (setting SO_LINGER on it
    failed with ``OSError: Bad file descriptor`` under load, issue 20), and ``abort`` does nothing.
    """

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if self._transport.is_closing():
            return default
        return self._transport.get_extra_info(name, default)

    def abort(self) -> None:
        self._transport.abort()


class _ResettableH11(H11Protocol):
    """uvicorn's h11 protocol, handing each request its connection so that a fault can reset it.

    ASGI has no message for "drop the connection without an answer"; raising makes uvicorn answer 500.
    A private API of uvicorn: listed with the others in the README ("Private APIs relied on").
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        app = self.app
        connection = _Connection(transport)

        async def with_transport(scope: Any, receive: Any, send: Any) -> None:
            scope["extensions"] = {**scope.get("extensions", {}), TRANSPORT_EXTENSION: connection}
            await app(scope, receive, send)

        self.app = with_transport


def bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP; without
    # it each answer (headers, then body) waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


class ServerThread:
    """Several ASGI apps, each on its own socket, served by one event loop in a daemon thread."""

    def __init__(self, apps: Mapping[str, Any], host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self._sockets: dict[str, socket.socket] = {}
        try:
            for i, name in enumerate(apps):
                self._sockets[name] = bind(host, port + i if port else 0)
        except OSError:
            self._close_sockets()
            raise
        self._servers = {
            name: uvicorn.Server(
                uvicorn.Config(
                    app,
                    http=_ResettableH11,
                    lifespan="off",
                    log_level="warning",
                    access_log=False,
                    timeout_graceful_shutdown=2,
                )
            )
            for name, app in apps.items()
        }
        self._thread = threading.Thread(target=self._run, name="intermission-fakes", daemon=True)
        self._error: BaseException | None = None

    def port(self, name: str) -> int:
        port: int = self._sockets[name].getsockname()[1]
        return port

    def url(self, name: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port(name)}"

    def _run(self) -> None:
        async def serve_all() -> None:
            await asyncio.gather(*(s.serve(sockets=[self._sockets[n]]) for n, s in self._servers.items()))

        try:
            asyncio.run(serve_all())
        except BaseException as exc:  # reported by start() or stop(), in the caller's thread
            self._error = exc

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not all(s.started for s in self._servers.values()):
            if self._error is not None or not self._thread.is_alive():
                self.stop()
                raise RuntimeError(f"the fake vendor servers did not start: {self._error!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the fake vendor servers did not start within {START_TIMEOUT} s")
            time.sleep(0.005)

    def stop(self) -> None:
        for server in self._servers.values():
            server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=START_TIMEOUT)
        if self._thread.is_alive():
            for server in self._servers.values():
                server.force_exit = True
            self._thread.join(timeout=START_TIMEOUT)
        self._close_sockets()

    def _close_sockets(self) -> None:
        for sock in self._sockets.values():
            sock.close()
