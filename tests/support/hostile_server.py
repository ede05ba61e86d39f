"""A scripted HTTP server on 127.0.0.1 that misbehaves on purpose: a test hands it a function that writes
whatever bytes it likes to the socket (dripped headers, endless bodies, garbage status lines, resets).

Each connection serves requests one after another; the script is called per request with the request's
head and body, and returns ``True`` to keep the connection open for the next request.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes


Script = Callable[[socket.socket, Request], bool]


class HostileServer:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.seen: list[Request] = []
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def methods(self) -> list[str]:
        with self._lock:
            return [r.method for r in self.seen]

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        try:
            while not self._closing.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    buffer += conn.recv(65536)
                body, buffer = buffer[:length], buffer[length:]
                request = Request(method, target, headers, body)
                with self._lock:
                    self.seen.append(request)
                if not self.script(conn, request):
                    return
        except OSError:
            return  # the client gave up, which is what these tests provoke
        finally:
            conn.close()

    def close(self) -> None:
        self._closing.set()
        self._listener.close()


@contextmanager
def hostile_server(script: Script) -> Iterator[HostileServer]:
    server = HostileServer(script)
    server._thread.start()
    try:
        yield server
    finally:
        server.close()


# ------------------------------------------------------------------------------------- script parts


def answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None, reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    fields = {"content-type": "application/json", "content-length": str(len(body)), **(headers or {})}
    lines += [f"{name}: {value}" for name, value in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def drip(conn: socket.socket, data: bytes, every: float, until: float = 30.0) -> None:
    """Send ``data`` one byte at a time, ``every`` seconds apart, for at most ``until`` seconds."""
    ends = time.monotonic() + until
    for byte in data:
        if time.monotonic() > ends:
            return
        conn.sendall(bytes([byte]))
        time.sleep(every)


def reset(conn: socket.socket) -> None:
    """Close with RST (linger 0), as a dropped connection does."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
