"""Id checks (before any request)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from intermission.errors import InvalidId
from intermission.ids import _PLAIN, MAX_ID_LENGTH, UUID_TEXT, IdKind, _problem, check_id

GOOD_TEXT = [
    "s1",
    "task_1234567890abcdef",
    "a.b",
    "...",
    "a..b",
    ".hidden",
    "sess ion",
    "x" * MAX_ID_LENGTH,
    "%41",
    "a%20b",
]
BAD_TEXT = [
    "",
    ".",
    "..",
    "%2e",
    "%2E",
    "%2e%2e",
    ".%2e",
    "%252e%252e",
    " .. ",
    "a/b",
    "/",
    "%2f",
    "%2F",
    "a?b",
    "a#b",
    "a\\b",
    "%5c",
    "a\nb",
    "a\rb",
    "\x00",
    "a\x1fb",
    "\x7f",
    "\x85",
    " a",
    "a ",
    "x" * (MAX_ID_LENGTH + 1),
    "é",
]
# Issue 20.9: format characters and lookalikes were echoed raw into output and logs.
HIDDEN = [
    "abc\u202edcba",  # right-to-left override
    "ab\u2066c\u2069",  # isolates
    "s\u200b1",  # zero-width space
    "s1\u200d",  # zero-width joiner
    "\ufeffs1",  # byte order mark
    "s\u20601",  # word joiner
    "\u0455\u04301",  # Cyrillic dze and a: "sa1" to the eye
    "ｓ１",  # fullwidth
    "s%E2%80%AE1",  # an override, percent-encoded
]


@pytest.mark.parametrize("value", GOOD_TEXT)
def test_good_text_ids(value: str) -> None:
    assert check_id(value) == value


@pytest.mark.parametrize("value", HIDDEN)
def test_format_characters_and_lookalikes_are_refused_and_escaped(value: str) -> None:
    with pytest.raises(InvalidId) as info:
        check_id(value, provider="agi", operation="pause")
    assert info.value.id is not None and info.value.id.isascii()
    assert str(info.value).isascii() and repr(info.value).isascii()


@pytest.mark.parametrize("value", BAD_TEXT)
def test_bad_text_ids(value: str) -> None:
    with pytest.raises(InvalidId) as info:
        check_id(value, provider="agi", operation="pause")
    assert info.value.provider == "agi" and info.value.operation == "pause"


def test_uuid_ids() -> None:
    value = str(uuid.uuid4())
    assert check_id(value, IdKind.UUID) == value
    assert check_id(value.upper(), IdKind.UUID) == value.upper()
    assert check_id(uuid.UUID(value), IdKind.UUID) == value
    for bad in ["not-a-uuid", value.replace("-", ""), "{" + value + "}", "urn:uuid:" + value, value + "0"]:
        with pytest.raises(InvalidId):
            check_id(bad, IdKind.UUID)


def test_integer_ids() -> None:
    assert check_id(42, IdKind.INTEGER) == "42"
    assert check_id("0042", IdKind.INTEGER) == "0042"
    for bad in ["-1", "+1", "1.0", "١٢", "12a", "9" * 20, " 1"]:
        with pytest.raises(InvalidId):
            check_id(bad, IdKind.INTEGER)


@pytest.mark.parametrize("value", [None, 1.5, b"s1", True, ["s1"]])
def test_wrong_types(value: object) -> None:
    with pytest.raises(InvalidId, match="must be a string"):
        check_id(value)


@given(st.text(max_size=MAX_ID_LENGTH + 2))
def test_the_fast_path_accepts_only_what_the_full_check_accepts(value: str) -> None:
    """``check_id`` skips the full check for plain ids; that must never let through an id it refuses."""
    if _PLAIN.fullmatch(value):
        assert _problem(value) is None


@given(st.from_regex(r"[A-Za-z0-9._~:%/ -]{1,20}", fullmatch=True))
def test_the_fast_path_and_the_full_check_agree_on_id_like_text(value: str) -> None:
    try:
        accepted = check_id(value) == value
    except InvalidId:
        accepted = False
    assert accepted == (_problem(value) is None)


@given(st.one_of(st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()), st.text(max_size=40)))
def test_the_uuid_shortcut_accepts_exactly_the_8_4_4_4_12_form(value: str) -> None:
    try:
        canonical = str(uuid.UUID(value)) == value.lower()
    except ValueError:
        canonical = False
    assert (UUID_TEXT.fullmatch(value) is not None) == canonical
