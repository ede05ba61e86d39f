"""Helpers shared by the page importers: schemas from JSON examples and field types,
request examples (curl, Python requests, JS fetch) and what their URLs say.

Everything here reads page text as data and is best-effort: it never raises on odd input.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Any

MAX_SCHEMA_DEPTH = 64


# --- schemas --------------------------------------------------------------------------------


def infer_schema(value: Any, *, _depth: int = 0) -> dict[str, Any]:
    """The JSON Schema of a JSON example value (properties in example order)."""
    if _depth > MAX_SCHEMA_DEPTH:
        return {}
    if isinstance(value, dict):
        if not value:
            return {"type": "object"}
        properties = {str(k): infer_schema(v, _depth=_depth + 1) for k, v in value.items()}
        return {"type": "object", "properties": properties}
    if isinstance(value, list):
        items = infer_schema(value[0], _depth=_depth + 1) if value else {}
        return {"type": "array", "items": items}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if value is None:
        return {"type": "null"}
    return {}


def parse_json_example(text: str) -> tuple[bool, Any]:
    """``(True, value)`` when ``text`` is JSON, else ``(False, None)``. Never raises."""
    try:
        return True, json.loads(text)
    except (ValueError, RecursionError):
        return False, None


_BASE_TYPES = {
    "string": "string",
    "str": "string",
    "integer": "integer",
    "int": "integer",
    "number": "number",
    "float": "number",
    "double": "number",
    "boolean": "boolean",
    "bool": "boolean",
    "object": "object",
    "dict": "object",
    "map": "object",
    "record": "object",
    "array": "array",
    "list": "array",
    "null": "null",
}
_ANY_TYPES = {"any", "unknown", "json", "mixed"}
_GENERIC = re.compile(r"^(?P<outer>[A-Za-z]+)\s*<\s*(?P<inner>[^<>]*(?:<[^<>]*>)?[^<>]*)\s*>$")
_MAX_TYPE_LENGTH = 80


def schema_for_type(type_text: str) -> dict[str, Any] | None:
    """The schema a docs field type names (``string``, ``object[]``, ``enum<string>``,
    ``string<uuid>``, ``string | null``...); ``None`` when the text is not a known type.

    ``enum<...>`` gives only the base type: the allowed values live in the description.
    """
    text = type_text.strip()
    if not text or len(text) > _MAX_TYPE_LENGTH:
        return None
    if "|" in text:
        return _union_schema(text)
    lowered = text.lower()
    if lowered in _BASE_TYPES:
        return {"type": _BASE_TYPES[lowered]}
    if lowered in _ANY_TYPES:
        return {}
    if lowered.endswith("[]"):
        items = schema_for_type(text[:-2])
        return None if items is None else {"type": "array", "items": items}
    match = _GENERIC.match(text)
    if match is None:
        return None
    return _generic_schema(match["outer"].lower(), match["inner"].strip())


def _union_schema(text: str) -> dict[str, Any] | None:
    parts = [schema_for_type(part) for part in text.split("|")]
    if any(part is None for part in parts):
        return None
    schemas = [part for part in parts if part is not None]
    if all(set(s) == {"type"} and isinstance(s["type"], str) for s in schemas):
        names = list(dict.fromkeys(s["type"] for s in schemas))
        return {"type": names[0] if len(names) == 1 else names}
    return {"anyOf": schemas}


def _generic_schema(outer: str, inner: str) -> dict[str, Any] | None:
    if outer in ("array", "list"):
        items = schema_for_type(inner)
        return None if items is None else {"type": "array", "items": items}
    if outer == "enum":
        base = schema_for_type(inner) if inner else {"type": "string"}
        return base
    if outer in _BASE_TYPES and re.fullmatch(r"[\w.:-]+", inner):
        return {"type": _BASE_TYPES[outer], "format": inner}
    return None


_OPTIONS = re.compile(r"Available options:\s*(?P<values>[^\n]*)", re.IGNORECASE)


def enum_options(description: str) -> tuple[list[str], str]:
    """The values of an ``Available options: `a`, `b``` sentence and the description without it."""
    match = _OPTIONS.search(description)
    if match is None:
        return [], description
    listed = match["values"]
    values = re.findall(r"`([^`]*)`", listed)
    if not values:
        values = [v.strip() for v in listed.rstrip(".").split(",") if v.strip()]
    remaining = (description[: match.start()] + description[match.end() :]).strip()
    return values, remaining


def typed_value(text: str, schema: dict[str, Any]) -> Any:
    """``text`` (from a page) as a value of the schema's type, when it reads as one."""
    kind = schema.get("type")
    stripped = text.strip()
    if kind == "integer" and re.fullmatch(r"-?\d+", stripped):
        return int(stripped)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", stripped):
        number = float(stripped)
        return int(number) if number.is_integer() and "." not in stripped else number
    if kind == "boolean" and stripped.lower() in ("true", "false"):
        return stripped.lower() == "true"
    if kind in ("object", "array"):
        ok, value = parse_json_example(stripped)
        if ok:
            return value
    return text


# --- request examples -------------------------------------------------------------------------


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


# --- URLs -----------------------------------------------------------------------------------

_URL = re.compile(r"^(?P<base>[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]*)(?P<path>[^?#]*)")


def base_url_and_path(url: str) -> tuple[str, str]:
    """``https://api.x.com:8443/v1/a?b=1`` -> ``("https://api.x.com:8443", "/v1/a")``.

    Without a scheme the base is empty and the whole text (minus query) is the path.
    """
    url = url.strip()
    match = _URL.match(url)
    if match is None:
        return "", re.split(r"[?#]", url, maxsplit=1)[0]
    return match["base"], match["path"] or "/"


_PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net")
_PLACEHOLDER_TLDS = (".example", ".invalid")


def host_of(base_or_host: str) -> str:
    """The host name of ``scheme://user@host:port`` (or of a bare ``host:port``)."""
    host = base_or_host.split("://", 1)[-1].split("/", 1)[0].rsplit("@", 1)[-1]
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.split(":", 1)[0].lower().rstrip(".")


def is_placeholder_host(host: str) -> bool:
    """True for hosts docs use as stand-ins: example.com/.org/.net (and subdomains),
    reserved example TLDs and template placeholders like ``<host>``, ``{host}``, ``$HOST``."""
    name = host_of(host)
    if not name or re.search(r"[<>{}$]", host):
        return True
    if any(name == d or name.endswith("." + d) for d in _PLACEHOLDER_DOMAINS):
        return True
    return name.endswith(_PLACEHOLDER_TLDS) or name in ("example", "host", "your-domain")


_PLACEHOLDER_SEGMENT = re.compile(r"^(?:\{+[^{}]*\}+|<[^<>]*>|:[A-Za-z_]\w*|\$\{?[A-Za-z_]\w*\}?)$")


def is_placeholder_segment(segment: str) -> bool:
    """``{id}``, ``{{id}}``, ``<id>``, ``:id``, ``$ID`` or ``${ID}``: a value to fill in."""
    return _PLACEHOLDER_SEGMENT.match(segment) is not None


def path_prefix_before(example_path: str, operation_path: str) -> str | None:
    """When ``example_path`` ends with ``operation_path`` (template segments match any
    segment), the part before it (``""`` if none); else ``None``."""
    wanted = [s for s in operation_path.split("/") if s]
    given = [s for s in example_path.split("/") if s]
    if len(given) < len(wanted):
        return None
    tail = given[len(given) - len(wanted) :]
    for have, want in zip(tail, wanted, strict=True):
        templated = want.startswith("{") and want.endswith("}")
        if not templated and have != want:
            return None
        if templated and not have:
            return None
    prefix = given[: len(given) - len(wanted)]
    return "/" + "/".join(prefix) if prefix else ""


def path_matches(operation_path: str, example_path: str) -> bool:
    """True when ``example_path`` ends with ``operation_path`` (template segments match any)."""
    return path_prefix_before(example_path, operation_path) is not None


_ANY_URL = re.compile(r"""[A-Za-z][A-Za-z0-9+.-]*://[^\s'"`\\)\]]+""")


def urls_in(text: str) -> list[str]:
    """Every absolute URL written in ``text``, in order (trailing punctuation dropped)."""
    return [match.group().rstrip(".,;:") for match in _ANY_URL.finditer(text)]


def server_urls(examples: list[RequestExample], operation_path: str) -> list[str]:
    """Base URLs of the examples that call ``operation_path`` on a real (non-placeholder) host."""
    urls: list[str] = []
    for example in examples:
        base, path = base_url_and_path(example.url)
        if not base or is_placeholder_host(base):
            continue
        prefix = path_prefix_before(path, operation_path)
        if prefix is None:
            continue
        url = base + prefix
        if url not in urls:
            urls.append(url)
    return urls


def sends_bearer_token(examples: list[RequestExample]) -> bool:
    return any(
        name.lower() == "authorization" and value.lower().startswith("bearer")
        for example in examples
        for name, value in example.headers.items()
    )


BEARER_SCHEME: dict[str, Any] = {"type": "http", "scheme": "bearer"}
BEARER_NAME = "bearerAuth"
