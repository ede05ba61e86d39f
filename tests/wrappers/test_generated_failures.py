"""Issue 17/20: the generated layer raising ``TypeError`` / ``AttributeError`` never escapes as such; it
becomes a typed error naming the provider and operation."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from intermission import AsyncClient, Client
from intermission.errors import GeneratedClientError, UnreadableAnswer
from intermission_agi.api.default import get_session_status
from intermission_agi.models import SessionStatusResponse

from tests.wrappers.conftest import Recorder, json_answer


def broken(*args: Any, **kwargs: Any) -> Any:
    raise TypeError("sync_detailed() got an unexpected keyword argument 'session'")


async def broken_async(*args: Any, **kwargs: Any) -> Any:
    raise TypeError("asyncio_detailed() got an unexpected keyword argument 'session'")


def test_a_type_error_before_sending_is_a_generated_client_error(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_session_status, "sync_detailed", broken)
    monkeypatch.setattr(get_session_status, "asyncio_detailed", broken_async)
    with (
        Client("agi", api_key="k", base_url=recorder.url) as agi,
        pytest.raises(GeneratedClientError) as info,
    ):
        agi.status("s1")
    assert (info.value.provider, info.value.operation) == ("agi", "status")
    assert isinstance(info.value.__cause__, TypeError)

    async def run() -> None:
        async with AsyncClient("agi", api_key="k", base_url=recorder.url) as agi:
            await agi.status("s1")

    with pytest.raises(GeneratedClientError):
        asyncio.run(run())
    assert recorder.seen == []


def test_an_attribute_error_reading_an_answer_is_a_typed_error(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def from_dict(cls: type, data: object) -> Any:
        raise AttributeError("'NoneType' object has no attribute 'get'")

    monkeypatch.setattr(SessionStatusResponse, "from_dict", classmethod(from_dict))
    recorder.answer = lambda seen: json_answer(200, {"state": "renamed field"})
    with (
        Client("agi", api_key="k", base_url=recorder.url, retries=0) as agi,
        pytest.raises(UnreadableAnswer) as info,
    ):
        agi.status("s1")
    assert (info.value.provider, info.value.operation, info.value.http_status) == ("agi", "status", 200)
    assert isinstance(info.value.__cause__, AttributeError)
