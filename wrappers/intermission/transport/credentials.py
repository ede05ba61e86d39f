"""The key: the header that carries it, and taking it out of any text a vendor may have echoed it into."""

from __future__ import annotations

import json
import logging
import weakref
from typing import Any
from urllib.parse import quote

import httpx

REDACTED = "***"
_REDACTED_BYTES = REDACTED.encode()
_SHORTEST_SECRET = 4  # shorter keys (tests) would blank out ordinary words
_SHORTEST_WORD = 8  # a word of a key with spaces, redacted on its own when it is at least this long


class Credentials:
    """The header that carries a key. Its repr never shows the key.

    ``redact`` replaces the key wherever it appears in a text: as is, JSON-escaped, as a Python repr
    shows it, percent-encoded, and each long word of a key with spaces. Every live ``Credentials`` is also
    known to the log filter below, so a key a server echoes into httpx's own log lines is redacted there.
    """

    __slots__ = (
        "__weakref__",
        "_also",
        "_byte_forms",
        "_forms",
        "_header",
        "_header_forms",
        "_headers",
        "_longest",
        "_value",
    )

    def __init__(
        self, header: str, value: str, key: str | None = None, *, also: tuple[tuple[str, str], ...] = ()
    ) -> None:
        self._header = header
        self._value = value
        self._also = also  # more (header, value) pairs carrying the key (Browser Use: v2's and v1's)
        secret = value if key is None else key
        forms = {
            secret,
            json.dumps(secret)[1:-1],
            repr(secret)[1:-1],
            repr(secret.encode("utf-8", "surrogatepass"))[2:-1],
            quote(secret, safe=""),
            " ".join(secret.split()),
        }
        forms = {f for f in forms if len(f) >= _SHORTEST_SECRET}
        forms.update(word for word in secret.split() if len(word) >= _SHORTEST_WORD)
        self._forms = tuple(sorted(forms, key=len, reverse=True))
        # Encoded once here: the response hook checks every answer's headers and body against them.
        self._byte_forms = tuple(form.encode("utf-8", "surrogatepass") for form in self._forms)
        # httpx reads header values as latin-1, so a form shows in a header value exactly when its latin-1
        # bytes are in the raw value; a form with a character beyond latin-1, or a line break (which no
        # header value holds), cannot show there.
        self._header_forms = tuple(
            form.encode("latin-1") for form in self._forms if max(map(ord, form)) < 256 and "\n" not in form
        )
        self._headers = (header, *(name for name, _ in also))
        self._longest = max(map(len, self._byte_forms), default=0)
        _LIVE.add(self)

    @property
    def header(self) -> str:
        return self._header

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header that carries the key."""
        return self._headers

    def apply(self, headers: httpx.Headers) -> None:
        headers[self._header] = self._value
        for name, value in self._also:
            headers[name] = value

    def appears_in(self, text: str) -> bool:
        return any(form in text for form in self._forms)

    def appears_in_header(self, value: bytes) -> bool:
        """``appears_in`` for a raw header value (or reason phrase), as httpx decodes it: latin-1. Header
        values joined by line breaks are checked in one call: no form matched holds one."""
        return any(map(value.__contains__, self._header_forms))

    def redact(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def redact_bytes(self, data: bytes) -> bytes:
        for form in self._byte_forms:
            if form in data:
                data = data.replace(form, _REDACTED_BYTES)
        return data

    @property
    def longest(self) -> int:
        """Length in bytes of the longest form redacted (how much of a stream to hold back)."""
        return self._longest

    def __repr__(self) -> str:
        return f"Credentials(header={self._header!r}, value='***')"

    def __reduce__(self) -> Any:
        raise TypeError("credentials are not picklable")


_LIVE: weakref.WeakSet[Credentials] = weakref.WeakSet()


class RedactKeys(logging.Filter):
    """Takes every live key out of a log record of httpx and httpcore (which log the status line a server
    sent, whatever it holds). Filters run only for records that are logged, so this costs nothing otherwise.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        # Longest first over every key: redacting a short key first could cut a longer one that contains
        # it, leaving the rest of the longer key to show.
        forms = sorted({form for live in list(_LIVE) for form in live._forms}, key=len, reverse=True)
        redacted = message
        for form in forms:
            if form in redacted:
                redacted = redacted.replace(form, REDACTED)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactKeys()
# A logger's filters see only the records made by that logger, not its children's: name each one.
_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def install_log_filter() -> None:
    """Attach the filter to the loggers of httpx and httpcore (once; idempotent)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
