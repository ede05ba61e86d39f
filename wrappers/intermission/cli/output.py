"""What the command writes: result and error rows (text or JSON), a progress line, and a closed stdout.

A reader that goes away (``intermission providers | head -1``) is not a failure of the command: once stdout
is closed, further output is dropped and the exit status still says how the operations went.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, TextIO

from intermission.errors import IntermissionError
from intermission.result import Result


class Output:
    """Lines for stdout and stderr that survive a closed pipe."""

    def __init__(self, *, as_json: bool, stdout: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self.as_json = as_json
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.closed = False

    def line(self, text: str) -> None:
        """One line on stdout; dropped once the reader has gone."""
        if self.closed:
            return
        try:
            self.stdout.write(text + "\n")
            self.stdout.flush()
        except BrokenPipeError:
            self.reader_gone()

    def json(self, value: object) -> None:
        self.line(json.dumps(value, sort_keys=True))

    def error(self, text: str) -> None:
        """One line on stderr (``error: ...``)."""
        self.note(f"error: {text}")

    def note(self, text: str) -> None:
        """One line on stderr (a summary, an error), whatever happened to stdout's reader."""
        try:
            self.stderr.write(text + "\n")
            self.stderr.flush()
        except (BrokenPipeError, ValueError):  # ValueError: stderr already closed
            pass

    def reader_gone(self) -> None:
        """Drop all further output: the reader has closed the pipe."""
        self.closed = True
        # Point stdout at /dev/null, so the interpreter's last flush at exit has nothing to complain about.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):  # not a real file (e.g. captured by a test): nothing will flush it
            pass


class Progress:
    """``pause 3/10 (1 failed)`` rewritten in place on stderr; shown only when it lands on a terminal."""

    def __init__(self, verb: str, total: int, *, stream: TextIO, enabled: bool) -> None:
        self.verb = verb
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.done = 0
        self.failed = 0

    def step(self, *, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        failures = f" ({self.failed} failed)" if self.failed else ""
        self._write(f"\r{self.verb} {self.done}/{self.total}{failures}\x1b[K")

    def clear(self) -> None:
        if self.done:
            self._write("\r\x1b[K")

    def _write(self, text: str) -> None:
        if not self.enabled:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (BrokenPipeError, ValueError):
            self.enabled = False


def on_terminal(*streams: TextIO) -> bool:
    """True when every stream is a terminal."""
    for stream in streams:
        try:
            if not stream.isatty():
                return False
        except ValueError:  # closed
            return False
    return True


def result_row(result: Result, operation: str, seconds: float | None) -> dict[str, Any]:
    return {
        "provider": result.provider,
        "id": result.id,
        "operation": operation,
        "state": result.state.value,
        "raw_status": result.raw_status,
        "latency_ms": None if seconds is None else round(seconds * 1000, 1),
    }


def error_row(error: IntermissionError) -> dict[str, Any]:
    """An error as JSON: its class, message and every field a script may act on (``None`` when unknown)."""
    return {
        "error": type(error).__name__,
        "message": str(error),
        "provider": error.provider,
        "operation": error.operation,
        "id": error.id,
        "status": error.http_status,
        "request_id": error.request_id,
        "retry_after": error.retry_after,
        "page": error.page,
    }


def result_text(row: dict[str, Any]) -> str:
    raw = f" ({row['raw_status']})" if row["raw_status"] is not None else ""
    return f"{row['provider']} {row['id']}: {row['state']}{raw}"
