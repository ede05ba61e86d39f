"""The pager against scripted vendors on 127.0.0.1: cursors, echoes, empty and odd pages."""

from __future__ import annotations

import uuid

import pytest
from intermission import Client, State
from intermission.errors import PaginationError, UnreadablePage

from tests.wrappers.conftest import Recorder, Seen, json_answer

IDS = [str(uuid.UUID(int=n + 1)) for n in range(6)]


def sandboxes(ids: list[str]) -> list[dict[str, object]]:
    return [{"sandboxID": i, "state": "running"} for i in ids]


def test_a_cursor_handed_out_twice_stops_the_listing(recorder: Recorder) -> None:
    tokens = {None: ("A", IDS[:2]), "A": ("B", IDS[2:4]), "B": ("A", IDS[4:])}  # B points back to A

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        token, ids = tokens[seen.query.get("nextToken", [None])[0]]
        return json_answer(200, sandboxes(ids), **{"X-Next-Token": token})

    recorder.answer = answer
    with Client("e2b", api_key="k", base_url=recorder.url) as client:
        found = []
        with pytest.raises(PaginationError, match="cursor 'A' again") as info:
            found.extend(r.id for r in client.list())
    assert found == IDS and info.value.page == 3 and len(recorder.seen) == 3


def test_a_page_other_than_the_one_asked_for_stops_the_listing(recorder: Recorder) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        sessions = [{"id": IDS[0], "status": "running"}]
        return json_answer(200, {"data": {"sessions": sessions, "total": 9, "page": 1, "total_pages": 9}})

    recorder.answer = answer
    client = Client("anchorbrowser", api_key="k", base_url=recorder.url)
    with client, pytest.raises(PaginationError, match="asked for 2, the vendor answered 1"):
        list(client.list())
    assert [s.query["page"] for s in recorder.seen] == [["1"], ["2"]]


def test_an_empty_page_ends_the_listing_whatever_its_cursor(recorder: Recorder) -> None:
    recorder.answer = lambda seen: json_answer(200, [], **{"X-Next-Token": "more"})
    with Client("e2b", api_key="k", base_url=recorder.url) as client:
        assert list(client.list()) == []
    assert len(recorder.seen) == 1


def test_an_id_listed_again_on_a_later_page_is_yielded_once(recorder: Recorder) -> None:
    pages = {None: ("A", IDS[:3]), "A": (None, IDS[2:])}  # the vendor's pages overlap by one

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        token, ids = pages[seen.query.get("nextToken", [None])[0]]
        headers = {"X-Next-Token": token} if token else {}
        return json_answer(200, sandboxes(ids), **headers)

    recorder.answer = answer
    with Client("e2b", api_key="k", base_url=recorder.url) as client:
        assert [r.id for r in client.list()] == IDS


def test_a_status_the_generated_client_does_not_know_is_read_from_the_json(recorder: Recorder) -> None:
    recorder.reply(
        200, [{"session_id": "s1", "status": "hibernating"}, {"session_id": "s2", "status": "paused"}]
    )
    with Client("agi", api_key="k", base_url=recorder.url) as client:
        found = list(client.list())
    assert [(r.id, r.state, r.raw_status, r.model) for r in found] == [
        ("s1", State.UNKNOWN, "hibernating", None),
        ("s2", State.PAUSED, "paused", None),
    ]


@pytest.mark.parametrize("body", [{"sessions": []}, ["s1", "s2"], "nothing", None])
def test_a_page_of_another_shape_is_unreadable(recorder: Recorder, body: object) -> None:
    recorder.reply(200, body)
    client = Client("agi", api_key="k", base_url=recorder.url)
    with client, pytest.raises(UnreadablePage) as info:
        list(client.list())
    assert (info.value.provider, info.value.operation, info.value.page) == ("agi", "list", 1)
    assert "page 1" in str(info.value) and "AGI" in str(info.value)
