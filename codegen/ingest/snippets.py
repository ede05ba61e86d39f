"""Request snippets on a page (curl, Python requests/httpx, JS fetch): the HTTP requests they send.

Snippets are read as data and best-effort: nothing here raises on odd input.
"""

from __future__ import annotations

import bisect
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field

# How far one snippet reaches: its own length, and how far back it looks for the variables
# it uses. Keeps the work per snippet bounded, so a page of many snippets stays linear.
MAX_SNIPPET = 20_000


@dataclass(frozen=True)
class RequestExample:
    """One HTTP request shown on a page."""

    method: str  # lowercase
    url: str
    headers: dict[str, str] = field(default_factory=dict)


def parse_request_examples(text: str) -> list[RequestExample]:
    """The requests in the curl, Python requests/httpx and JS fetch snippets of ``text``."""
    found: list[tuple[int, RequestExample]] = []
    found.extend(_curl_examples(text))
    found.extend(_python_examples(text))
    found.extend(_fetch_examples(text))
    found.sort(key=lambda item: item[0])
    return [example for _, example in found]


_CURL = re.compile(r"(?<![\w.-])curl(?=\s)")
_CURL_END = re.compile(r"\s(?:\||&&|;|>)\s")
_DATA_FLAGS = {
    "-d",
    "--data",
    "--data-raw",
    "--data-binary",
    "--data-urlencode",
    "--json",
    "-F",
    "--form",
}
_VALUE_FLAGS = {
    "-u",
    "--user",
    "-o",
    "--output",
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "-b",
    "--cookie",
}


def _curl_examples(text: str) -> list[tuple[int, RequestExample]]:
    out: list[tuple[int, RequestExample]] = []
    starts = list(_CURL.finditer(text))
    for index, match in enumerate(starts):
        # A command ends at the next curl at the latest, and is never longer than a snippet.
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        command = _curl_command(text[match.end() : min(limit, match.end() + MAX_SNIPPET)])
        example = _curl_request(_shell_words(command))
        if example is not None:
            out.append((match.start(), example))
    return out


def _curl_command(rest: str) -> str:
    """The rest of a curl command: its line plus continuation lines (``\\`` at the end).

    Blank and lone ``|`` lines after a continuation are skipped: web captures insert them.
    """
    lines = rest.split("\n")
    parts: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.endswith("\\"):
            parts.append(line)
            break
        parts.append(line[:-1])
        i += 1
        while i < len(lines) and lines[i].strip() in ("", "|"):
            i += 1
    command = " ".join(parts)
    end = _CURL_END.search(command)
    return command[: end.start()] if end else command


def _shell_words(command: str) -> list[str]:
    try:
        return shlex.split(command, comments=False, posix=True)
    except ValueError:
        return [word.strip("'\"") for word in command.split()]


def _curl_request(words: list[str]) -> RequestExample | None:
    method: str | None = None
    url: str | None = None
    headers: dict[str, str] = {}
    has_data = False
    i = 0
    while i < len(words):
        word = words[i]
        flag, _, inline = word.partition("=") if word.startswith("--") else (word, "", "")
        nxt = inline or (words[i + 1] if i + 1 < len(words) else "")
        step = 1 if inline else 2
        if flag in ("-X", "--request"):
            method = nxt
        elif flag.startswith("-X") and len(flag) > 2:
            method, step = flag[2:], 1
        elif flag == "--url":
            url = nxt
        elif flag in ("-H", "--header"):
            name, sep, value = nxt.partition(":")
            if sep and name.strip():
                headers[name.strip()] = value.strip()
        elif flag in _DATA_FLAGS:
            has_data = True
        elif flag in _VALUE_FLAGS:
            pass
        else:
            step = 1
            if url is None and "://" in word and not word.startswith("-"):
                url = word
        i += step
    if not url:
        return None
    method = (method or ("POST" if has_data else "GET")).lower()
    if not method.isalpha():
        return None
    return RequestExample(method, url, headers)


_PY_CALL = re.compile(
    r"\b(?:requests|httpx|session|client)\.(?P<func>request|get|post|put|patch|delete|head|options)"
    r"\s*\(\s*(?P<args>[^)]{0,2000})"
)
_PY_STRING = re.compile(r"""^[rbfu]{0,2}(?P<q>["'])(?P<s>[^"'\n]*)(?P=q)""", re.IGNORECASE)
_PY_URL_ASSIGN = re.compile(r"""^\s*url\s*=\s*[rbfu]{0,2}(?P<q>["'])(?P<s>[^"'\n]*)(?P=q)""", re.M | re.I)
_PY_HEADERS_ASSIGN = re.compile(r"^\s*headers\s*=\s*\{(?P<body>[^}]*)\}", re.M)
_PAIR = re.compile(r"""["']?(?P<k>[A-Za-z][\w-]*)["']?\s*:\s*[fr]?(?P<q>["'`])(?P<v>[^"'`\n]*)(?P=q)""")


def _python_examples(text: str) -> list[tuple[int, RequestExample]]:
    out: list[tuple[int, RequestExample]] = []
    url_assignments = _Assignments(_PY_URL_ASSIGN.finditer(text), "s")
    header_assignments = _Assignments(_PY_HEADERS_ASSIGN.finditer(text), "body")
    for call in _PY_CALL.finditer(text):
        args = call["args"].strip()
        method = call["func"]
        if method == "request":
            literal = _PY_STRING.match(args)
            if literal is None:
                continue
            method = literal["s"].lower()
            args = args[literal.end() :].lstrip(" \n,")
        url = _python_url(args, url_assignments.last_before(call.start()))
        if url and method.isalpha():
            headers = _python_headers(call["args"], header_assignments.last_before(call.start()))
            out.append((call.start(), RequestExample(method.lower(), url, headers)))
    return out


class _Assignments:
    """Where a variable is assigned on the page: one pass, then a lookup per use."""

    def __init__(self, matches: Iterator[re.Match[str]], group: str) -> None:
        self.found = [(m.start(), m[group]) for m in matches]
        self.starts = [start for start, _ in self.found]

    def last_before(self, position: int) -> str | None:
        index = bisect.bisect_left(self.starts, position)
        if index == 0 or position - self.starts[index - 1] > MAX_SNIPPET:
            return None
        return self.found[index - 1][1]


def _python_url(args: str, assigned: str | None) -> str | None:
    literal = _PY_STRING.match(args)
    if literal is not None:
        return literal["s"]
    if re.match(r"url\b", args):
        return assigned
    return None


def _python_headers(args: str, assigned: str | None) -> dict[str, str]:
    inline = re.search(r"headers\s*=\s*\{(?P<body>[^}]*)\}", args)
    if inline is not None:
        return _pairs(inline["body"])
    if re.search(r"headers\s*=\s*headers\b", args) and assigned is not None:
        return _pairs(assigned)
    return {}


def _pairs(body: str) -> dict[str, str]:
    return {m["k"]: m["v"] for m in _PAIR.finditer(body)}


_FETCH = re.compile(
    r"\bfetch\s*\(\s*(?P<q>[\"'`])(?P<url>[^\"'`\n]*)(?P=q)\s*(?:,\s*(?P<opts>\{|[A-Za-z_$][\w$]*))?"
)
_METHOD_KEY = re.compile(r"""["']?method["']?\s*:\s*(?P<q>["'`])(?P<m>[A-Za-z]+)(?P=q)""")
_HEADERS_KEY = re.compile(r"""["']?headers["']?\s*:\s*\{""")
_OBJECT_ASSIGN = re.compile(r"(?<![\w$])(?P<name>[A-Za-z_$][\w$]*)\s*=\s*\{")
_BRACE = re.compile(r"[{}]")


def _fetch_examples(text: str) -> list[tuple[int, RequestExample]]:
    out: list[tuple[int, RequestExample]] = []
    calls = list(_FETCH.finditer(text))
    objects: dict[str, list[int]] = {}
    for assignment in _OBJECT_ASSIGN.finditer(text):
        objects.setdefault(assignment["name"], []).append(assignment.end() - 1)
    for index, call in enumerate(calls):
        limit = calls[index + 1].start() if index + 1 < len(calls) else len(text)
        options = _fetch_options(text, call, objects, limit)
        method = _METHOD_KEY.search(options)
        headers: dict[str, str] = {}
        headers_key = _HEADERS_KEY.search(options)
        if headers_key is not None:
            headers = _pairs(_braced(options, headers_key.end() - 1, len(options)))
        verb = method["m"].lower() if method else "get"
        out.append((call.start(), RequestExample(verb, call["url"], headers)))
    return out


def _fetch_options(text: str, call: re.Match[str], objects: dict[str, list[int]], limit: int) -> str:
    """The options object of a fetch call: written inline, or assigned to a variable before it."""
    opts = call["opts"]
    if opts is None:
        return ""
    if opts == "{":
        return _braced(text, call.start("opts"), limit)
    starts = objects.get(opts, [])
    index = bisect.bisect_left(starts, call.start())
    if index == 0 or call.start() - starts[index - 1] > MAX_SNIPPET:
        return ""
    return _braced(text, starts[index - 1], call.start())


def _braced(text: str, start: int, limit: int) -> str:
    """The ``{...}`` object starting at ``text[start]`` (up to ``limit`` when unbalanced)."""
    depth = 0
    limit = min(limit, start + MAX_SNIPPET)
    for brace in _BRACE.finditer(text, start, limit):
        depth += 1 if brace.group() == "{" else -1
        if depth == 0:
            return text[start : brace.end()]
    return text[start:limit]
