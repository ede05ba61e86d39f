"""``serve_forever``: the fakes in the foreground, until Ctrl-C or SIGTERM (``intermission fakes``)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from intermission.fakes.handle import run_fakes


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stop``, whatever this process inherited (a shell's ``trap '' INT``, nohup).

    A background job starts with SIGINT ignored; a server documented as running "until Ctrl-C" installs its
    own handlers, and puts the inherited ones back when it stops.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread; the caller stops us another way
        return

    def handle(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def serve_forever(providers: Sequence[str] | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve the fakes until Ctrl-C (or SIGTERM), printing each one's URL and the env vars to export."""
    stop = threading.Event()
    with run_fakes(providers=providers, host=host, port=port) as fakes, _stopped_by_signals(stop):
        for provider in fakes.providers:
            exports = " ".join(f"{name}={value}" for name, value in fakes.environ(provider).items())
            print(f"{provider:<14} {fakes.base_url(provider):<24} export {exports}", flush=True)
        print("Serving the local vendor servers; Ctrl-C stops them.", flush=True)
        stop.wait()
