"""Request snippets on a page (curl, Python requests/httpx, JS fetch): the HTTP requests they send.

Snippets are read as data and best-effort: nothing here raises on odd input.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field


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
    for match in _CURL.finditer(text):
        command = _curl_command(text, match.end())
        example = _curl_request(_shell_words(command))
        if example is not None:
            out.append((match.start(), example))
    return out


def _curl_command(text: str, start: int) -> str:
    """The rest of a curl command: its line plus continuation lines (``\\`` at the end).

    Blank and lone ``|`` lines after a continuation are skipped: web captures insert them.
    """
    lines = text[start:].split("\n")
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
    r"\s*\(\s*(?P<args>[^)]*)"
)
_PY_STRING = re.compile(r"""^[rbfu]{0,2}(?P<q>["'])(?P<s>[^"'\n]*)(?P=q)""", re.IGNORECASE)
_PY_URL_ASSIGN = re.compile(r"""^\s*url\s*=\s*[rbfu]{0,2}(?P<q>["'])(?P<s>[^"'\n]*)(?P=q)""", re.M | re.I)
_PY_HEADERS_ASSIGN = re.compile(r"^\s*headers\s*=\s*\{(?P<body>[^}]*)\}", re.M)
_PAIR = re.compile(r"""["']?(?P<k>[A-Za-z][\w-]*)["']?\s*:\s*[fr]?(?P<q>["'`])(?P<v>[^"'`\n]*)(?P=q)""")


def _python_examples(text: str) -> list[tuple[int, RequestExample]]:
    out: list[tuple[int, RequestExample]] = []
    for call in _PY_CALL.finditer(text):
        args = call["args"].strip()
        method = call["func"]
        if method == "request":
            literal = _PY_STRING.match(args)
            if literal is None:
                continue
            method = literal["s"].lower()
            args = args[literal.end() :].lstrip(" \n,")
        url = _python_url(text[: call.start()], args)
        if url and method.isalpha():
            headers = _python_headers(text[: call.start()], call["args"])
            out.append((call.start(), RequestExample(method.lower(), url, headers)))
    return out


def _python_url(before: str, args: str) -> str | None:
    literal = _PY_STRING.match(args)
    if literal is not None:
        return literal["s"]
    if re.match(r"url\b", args):
        assignments = list(_PY_URL_ASSIGN.finditer(before))
        if assignments:
            return assignments[-1]["s"]
    return None


def _python_headers(before: str, args: str) -> dict[str, str]:
    inline = re.search(r"headers\s*=\s*\{(?P<body>[^}]*)\}", args)
    if inline is not None:
        return _pairs(inline["body"])
    if re.search(r"headers\s*=\s*headers\b", args):
        assignments = list(_PY_HEADERS_ASSIGN.finditer(before))
        if assignments:
            return _pairs(assignments[-1]["body"])
    return {}


def _pairs(body: str) -> dict[str, str]:
    return {m["k"]: m["v"] for m in _PAIR.finditer(body)}


_FETCH = re.compile(
    r"\bfetch\s*\(\s*(?P<q>[\"'`])(?P<url>[^\"'`\n]*)(?P=q)\s*(?:,\s*(?P<opts>\{|[A-Za-z_$][\w$]*))?"
)
_METHOD_KEY = re.compile(r"""["']?method["']?\s*:\s*(?P<q>["'`])(?P<m>[A-Za-z]+)(?P=q)""")
_HEADERS_KEY = re.compile(r"""["']?headers["']?\s*:\s*\{""")
_MAX_OBJECT = 20_000


def _fetch_examples(text: str) -> list[tuple[int, RequestExample]]:
    out: list[tuple[int, RequestExample]] = []
    for call in _FETCH.finditer(text):
        options = _fetch_options(text, call)
        method = _METHOD_KEY.search(options)
        headers: dict[str, str] = {}
        headers_key = _HEADERS_KEY.search(options)
        if headers_key is not None:
            headers = _pairs(_braced(options, headers_key.end() - 1))
        verb = method["m"].lower() if method else "get"
        out.append((call.start(), RequestExample(verb, call["url"], headers)))
    return out


def _fetch_options(text: str, call: re.Match[str]) -> str:
    opts = call["opts"]
    if opts is None:
        return ""
    if opts == "{":
        return _braced(text, call.start("opts"))
    assignments = list(re.finditer(rf"\b{re.escape(opts)}\s*=\s*\{{", text[: call.start()]))
    if not assignments:
        return ""
    return _braced(text, assignments[-1].end() - 1)


def _braced(text: str, start: int) -> str:
    """The ``{...}`` object starting at ``text[start]`` (to the end of text when unbalanced)."""
    depth = 0
    limit = min(len(text), start + _MAX_OBJECT)
    for i in range(start, limit):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    return text[start:limit]
