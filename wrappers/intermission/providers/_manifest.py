"""Read what the facade needs from ``specs/<provider>/provider.yaml``, with the standard library only.

The manifest is the one home of a provider's name, display name, base URL, auth, env vars, client package
and aliases; the pipeline reads the whole file with PyYAML (``codegen/providers.py``). The facade must import
with httpx and attrs alone, so it reads the few keys it needs through the small YAML subset manifests are
written in: block mappings, plain or quoted scalars, flow lists ``[a, b]``, comments. A key it needs in any
other form is a ``ManifestError`` naming file and line; keys it does not read (``pages``) are skipped
unparsed. A test checks this reader against PyYAML on every manifest.

Where the manifests are: ``intermission/_specs/`` in a wheel (``hatch_build.py`` copies them there), else
``specs/`` of the checkout the package is imported from (a development install).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from intermission.errors import ConfigurationError

MANIFEST = "provider.yaml"
_PACKAGE = Path(__file__).resolve().parents[1]  # .../intermission
SEARCH = (_PACKAGE / "_specs", _PACKAGE.parents[1] / "specs")  # a wheel's copy, else the checkout's

# The env var names every provider has; any other ``env`` key is an extra setting (Codegen's org_id).
KEY = "api_key"
BASE_URL = "base_url"


class ManifestError(ConfigurationError):
    """A manifest the facade cannot read (missing, or a needed key in a form it does not parse)."""


@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    text: str  # stripped of indentation and of a trailing comment


@dataclass(frozen=True)
class _Unread:
    """A block sequence or deeper structure: kept as its first line, for the error if anyone reads it."""

    line: int


@dataclass(frozen=True)
class Manifest:
    name: str
    display_name: str
    base_url: str
    auth_header: str  # "Authorization" or the apiKey scheme's header
    auth_prefix: str  # "Bearer " or ""
    auth_also: tuple[tuple[str, str], ...]  # more (header, prefix) pairs the key goes in (``auth.also``)
    key_envs: tuple[str, ...]  # ours first, then the vendor SDK's names
    base_url_envs: tuple[str, ...]
    setting_envs: Mapping[str, str] = field(default_factory=dict)  # extra settings: org_id -> CODEGEN_ORG_ID
    package: str = ""
    aliases: tuple[str, ...] = ()
    path: Path = Path()


def _strip_comment(text: str) -> str:
    if text.startswith(("'", '"')):
        return text
    cut = text.find(" #")
    return text if cut < 0 else text[:cut].rstrip()


def _lines(source: str) -> list[_Line]:
    found = []
    for number, raw in enumerate(source.splitlines(), 1):
        stripped = raw.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        if "\t" in raw[: len(raw) - len(stripped)]:
            raise ValueError(f"line {number}: tabs in indentation")
        found.append(_Line(number, len(raw) - len(stripped), _strip_comment(stripped.rstrip())))
    return found


def _scalar(text: str, line: int) -> str:
    if text[:1] == '"':
        value = json.loads(text)
        if not isinstance(value, str):
            raise ValueError(f"line {line}: not a string")
        return value
    if text[:1] == "'":
        if len(text) < 2 or not text.endswith("'"):
            raise ValueError(f"line {line}: unterminated quote")
        return text[1:-1].replace("''", "'")
    if text[:1] in "{&*!|>@`%":
        raise ValueError(f"line {line}: {text!r} is YAML this reader does not parse")
    return text


def _value(text: str, line: int) -> str | tuple[str, ...]:
    if text.startswith("["):
        if not text.endswith("]"):
            raise ValueError(f"line {line}: a flow list must end on its line")
        inner = text[1:-1].strip()
        return tuple(_scalar(item.strip(), line) for item in inner.split(",")) if inner else ()
    return _scalar(text, line)


Node = str | tuple[str, ...] | _Unread | dict[str, "Node"]


def _mapping(lines: list[_Line], start: int, indent: int) -> tuple[dict[str, Node], int]:
    result: dict[str, Node] = {}
    i = start
    while i < len(lines) and lines[i].indent >= indent:
        line = lines[i]
        if line.indent > indent or line.text.startswith("- "):
            raise ValueError(f"line {line.number}: unexpected indentation or list item")
        key, colon, rest = line.text.partition(":")
        if not colon or (rest and not rest.startswith(" ")):
            raise ValueError(f"line {line.number}: expected 'key: value'")
        key, rest = key.strip(), rest.strip()
        i += 1
        if rest:
            result[key] = _value(rest, line.number)
            continue
        if i < len(lines) and lines[i].indent > indent and not lines[i].text.startswith("- "):
            result[key], i = _mapping(lines, i, lines[i].indent)
            continue
        result[key] = _Unread(line.number)
        while i < len(lines) and (lines[i].indent > indent or lines[i].text.startswith("- ")):
            i += 1  # a block sequence (e.g. pages): skipped
    return result, i


def parse(source: str) -> dict[str, Node]:
    """The manifest's mappings, scalars and flow lists; block sequences left unread."""
    lines = _lines(source)
    tree, end = _mapping(lines, 0, 0)
    if end != len(lines):
        raise ValueError(f"line {lines[end].number}: unexpected indentation")
    return tree


def find(name: str) -> Path:
    """The manifest of ``name``, or ``ManifestError`` listing where it looked."""
    for folder in SEARCH:
        path = folder / name / MANIFEST
        if path.is_file():
            return path
    looked = ", ".join(str(folder / name / MANIFEST) for folder in SEARCH)
    raise ManifestError(f"no manifest for provider {name!r} (looked in {looked})", provider=name)


class _Reader:
    def __init__(self, path: Path, tree: Mapping[str, Node], name: str) -> None:
        self.path, self.tree, self.name = path, tree, name

    def fail(self, message: str) -> ManifestError:
        return ManifestError(f"{self.path}: {message}", provider=self.name)

    def node(self, *keys: str) -> Node | None:
        node: Node | None = dict(self.tree)
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, _Unread):
            raise self.fail(
                f"line {node.line}: {'.'.join(keys)} must be a scalar, a [flow, list] or a mapping"
            )
        return node

    def text(self, *keys: str, default: str | None = None) -> str:
        value = self.node(*keys)
        if value is None and default is not None:
            return default
        if not isinstance(value, str) or not value:
            raise self.fail(f"{'.'.join(keys)} must be a non-empty string")
        return value

    def names(self, *keys: str) -> tuple[str, ...]:
        value = self.node(*keys)
        if value is None:
            return ()
        names = (value,) if isinstance(value, str) else value
        if not isinstance(names, tuple) or not all(isinstance(n, str) and n for n in names):
            raise self.fail(f"{'.'.join(keys)} must be a name or a [list, of, names]")
        return names


def _scheme(r: _Reader, kind: str, where: str) -> tuple[str, str]:
    if kind == "bearer":
        return "Authorization", "Bearer "
    if kind == "apiKey":
        return r.text("auth", "header"), ""
    raise r.fail(f"{where}: bearer or apiKey, not {kind!r}")


def read(path: Path, name: str | None = None) -> Manifest:
    """Parse one manifest; ``name`` defaults to its folder's."""
    name = name or path.parent.name
    try:
        tree = parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ManifestError(f"{path}: {exc}", provider=name) from None
    r = _Reader(path, tree, name)
    if r.text("name", default=name) != name:
        raise r.fail(f"name is {r.text('name')!r} but the folder is {name!r}")
    header, prefix = _scheme(r, r.text("auth", "type"), "auth")
    # auth.also: [bearer, <header>]: where else the key goes (versions of one API that differ in auth).
    also = tuple(("Authorization", "Bearer ") if s == "bearer" else (s, "") for s in r.names("auth", "also"))
    env = r.node("env")
    if not isinstance(env, dict) or not r.names("env", KEY):
        raise r.fail("env.api_key must name the environment variable of the key")
    settings = {key: r.text("env", key) for key in env if key not in (KEY, BASE_URL)}
    return Manifest(
        name=name,
        display_name=r.text("display_name"),
        base_url=r.text("base_url"),
        auth_header=header,
        auth_prefix=prefix,
        auth_also=also,
        key_envs=r.names("env", KEY),
        base_url_envs=r.names("env", BASE_URL),
        setting_envs=MappingProxyType(settings),
        package=r.text("client", "package"),
        aliases=r.names("aliases"),
        path=path,
    )


_CACHE: dict[str, Manifest] = {}


def load(name: str) -> Manifest:
    """The manifest of provider ``name`` (read once per process)."""
    manifest = _CACHE.get(name)
    if manifest is None:
        manifest = _CACHE[name] = read(find(name), name)
    return manifest
