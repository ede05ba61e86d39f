"""URLs in pages: base URL and path of an example, placeholder hosts and path segments."""

from __future__ import annotations

import re

from codegen.ingest.snippets import RequestExample

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


_ANY_URL = re.compile(r"""(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://[^\s'"`\\)\]]+""")


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


# --- path templates ---------------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"^(?:\{+(?P<brace>[^{}]+)\}+|<(?P<angle>[^<>]+)>|:(?P<colon>[A-Za-z_]\w*)|\$\{?(?P<dollar>[A-Za-z_]\w*)\}?)$"
)
_SHOUTED = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
_VALUE = re.compile(r"^(?=.*\d)[\w.~-]+$")


def placeholder_name(segment: str) -> str | None:
    """The name in ``{id}``, ``{{id}}``, ``<id>``, ``:id``, ``$ID`` or ``${ID}``; else ``None``."""
    match = _PLACEHOLDER.match(segment)
    if match is None:
        return None
    name = next(g for g in match.groups() if g is not None).strip()
    return name or None


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _pick(name: str, free: list[str]) -> str | None:
    """The declared name ``name`` stands for: same letters (``SESSION_ID`` = ``session_id``),
    else one that ends the same way (``connection_id`` for a declared ``id``)."""
    key = _key(name)
    for wanted in free:
        if _key(wanted) == key:
            return wanted
    for wanted in free:
        if key.endswith(_key(wanted)) or _key(wanted).endswith(key):
            return wanted
    return None


def template_path(path: str, declared: list[str]) -> str:
    """``path`` with every placeholder segment written ``{name}``, named after the declared path
    parameters where they can be matched (by name, else in order); when placeholders are missing,
    value-like segments (with a digit) stand for the declared names still unplaced, from the right."""
    segments = path.split("/")
    free = list(declared)
    names: dict[int, str] = {}
    unnamed: list[int] = []
    for i, segment in enumerate(segments):
        name = placeholder_name(segment)
        if name is None and _SHOUTED.match(segment):
            name = segment
        if name is None:
            continue
        chosen = _pick(name, free)
        if chosen is None:
            unnamed.append(i)
            names[i] = re.sub(r"\W", "_", name)
        else:
            free.remove(chosen)
            names[i] = chosen
    for i in unnamed:
        if free:
            names[i] = free.pop(0)
    if free:
        for i in reversed(range(1, len(segments))):
            if free and i not in names and _VALUE.match(segments[i]):
                names[i] = free.pop()
    return "/".join("{" + names[i] + "}" if i in names else seg for i, seg in enumerate(segments))


def template_names(path: str) -> list[str]:
    """The parameter names of a path template, in order."""
    return re.findall(r"\{([^{}/]+)\}", path)
