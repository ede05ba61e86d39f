"""Issue 20.10: the fakes hit ``OSError: Bad file descriptor`` resetting a connection the client had
already closed (a client that timed out while a latency fault held the answer)."""

from __future__ import annotations

import logging
import time

import pytest
from intermission import Client, IntermissionError
from intermission.fakes import Fault, run_fakes


class Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_resetting_a_connection_the_client_closed_is_quiet() -> None:
    kept = Kept()
    uvicorn_errors = logging.getLogger("uvicorn.error")  # it does not propagate to the root logger
    with run_fakes(providers=["agi"]) as fakes:
        uvicorn_errors.addHandler(kept)  # after start: uvicorn configures its loggers when it starts
        try:
            sids = [fakes.create("agi", status="running") for _ in range(3)]
            fakes.inject("agi", Fault.latency(0.3))
            fakes.inject("agi", Fault.reset_after())
            url, key = fakes.base_url("agi"), fakes.api_key("agi")
            with Client("agi", api_key=key, base_url=url, retries=0, timeout=0.05, deadline=0.2) as agi:
                for sid in sids:
                    with pytest.raises(IntermissionError):
                        agi.status(sid)
            time.sleep(0.5)  # let every held answer reach its reset
            assert len(fakes.requests("agi")) == 3
        finally:
            uvicorn_errors.removeHandler(kept)
    assert kept.messages == []
