"""Merge the fragments of a provider's sources into one document, whatever their order.

A source is one page or one complete OpenAPI document. Every ``components`` section survives. When two
sources define the same operation or the same named component, identical definitions merge; different
ones are an error naming both sources, unless the manifest's ``prefer`` list ranks one of them: then
the preferred one wins and the other is reported as a warning.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from codegen.errors import SpecError
from codegen.openapi.document import OPENAPI_VERSION
from codegen.openapi.notice import Notice
from codegen.vocabulary import HTTP_METHODS, Fragment

SOURCE_CONFLICT = "source-conflict"

_TEMPLATE_NAME = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True)
class Source:
    """One source's fragment, with its name (the page file) and its rank (lower wins; None: unranked)."""

    name: str
    fragment: Fragment
    rank: int | None = None


@dataclass(frozen=True)
class _Claim:
    value: Any
    source: Source


def _template_key(path: str) -> str:
    """``/a/{id}`` and ``/a/{session_id}`` are the same path to a server."""
    return _TEMPLATE_NAME.sub("{}", path)


def _settle(provider: str, what: str, claims: list[_Claim], notices: list[Notice]) -> _Claim:
    """Which of the definitions of ``what`` stays; decided by content and rank, never by source order."""
    claims = sorted(claims, key=lambda c: c.source.name)
    first = claims[0]
    if all(c.value == first.value for c in claims[1:]):
        return first
    ranked = [c for c in claims if c.source.rank is not None]
    if not ranked:
        other = next(c for c in claims if c.value != first.value)
        raise SpecError(
            provider,
            f"{what} is defined differently by {first.source.name} and {other.source.name}; make them "
            "agree, or name the source that wins in the manifest's 'prefer' list",
        )
    winner = min(ranked, key=lambda c: (c.source.rank, c.source.name))
    for loser in claims:
        if loser.value != winner.value:
            notices.append(
                Notice(
                    SOURCE_CONFLICT,
                    what,
                    f"{loser.source.name} and {winner.source.name} describe it differently; "
                    f"{winner.source.name} wins (manifest 'prefer')",
                )
            )
    return winner


def _sort_key(node: Any) -> str:
    return json.dumps(node, sort_keys=True, default=str)


def _field_order(key: str) -> tuple[int, str]:
    """Methods first, in their usual order, then a path item's other fields by name."""
    return (HTTP_METHODS.index(key), "") if key in HTTP_METHODS else (len(HTTP_METHODS), key)


def _flatten_path_parameters(item: dict[str, Any]) -> dict[str, Any]:
    """Move a path item's shared ``parameters`` into each of its operations (an operation's own win)."""
    shared = item.get("parameters")
    if not isinstance(shared, list) or not shared:
        return {k: v for k, v in item.items() if k != "parameters"}
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key == "parameters":
            continue
        if key in HTTP_METHODS and isinstance(value, dict):
            own = value.get("parameters") or []
            taken = {(p.get("name"), p.get("in")) for p in own if isinstance(p, dict)}
            inherited = [
                copy.deepcopy(p)
                for p in shared
                if not (isinstance(p, dict) and (p.get("name"), p.get("in")) in taken)
            ]
            value = {**value, "parameters": [*inherited, *own]}
        out[key] = value
    return out


def merge_sources(provider: str, sources: Sequence[Source]) -> tuple[dict[str, Any], list[Notice]]:
    """One OpenAPI 3.1 document from every source, and the conflicts the ``prefer`` list settled."""
    operations: dict[tuple[str, str], list[tuple[str, _Claim]]] = {}  # (template, method) -> [(path, claim)]
    path_fields: dict[tuple[str, str], list[_Claim]] = {}
    components: dict[tuple[str, str], list[_Claim]] = {}
    tags: dict[str, list[_Claim]] = {}
    servers: dict[str, dict[str, Any]] = {}
    for source in sources:
        fragment = source.fragment
        for server in fragment.get("servers") or []:
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                known = servers.get(server["url"])
                if known is None or _sort_key(server) < _sort_key(known):  # the same one in any order
                    servers[server["url"]] = server
        for tag in fragment.get("tags") or []:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                tags.setdefault(tag["name"], []).append(_Claim(tag, source))
        for path, raw_item in (fragment.get("paths") or {}).items():
            for key, value in _flatten_path_parameters(raw_item).items():
                if key in HTTP_METHODS:
                    slot = (_template_key(path), key)
                    operations.setdefault(slot, []).append((path, _Claim(value, source)))
                else:
                    path_fields.setdefault((path, key), []).append(_Claim(value, source))
        for section, entries in (fragment.get("components") or {}).items():
            if isinstance(entries, dict):
                for name, value in entries.items():
                    components.setdefault((section, name), []).append(_Claim(value, source))

    notices: list[Notice] = []
    paths: dict[str, dict[str, Any]] = {}
    for (_, method), spelled in operations.items():
        path_of = {id(claim): path for path, claim in spelled}
        what = f"{method.upper()} {min(path for path, _ in spelled)}"
        kept = _settle(provider, what, [claim for _, claim in spelled], notices)
        paths.setdefault(path_of[id(kept)], {})[method] = kept.value
    for (path, key), claims in path_fields.items():
        if path in paths:  # else every operation of this spelling lost to another spelling of the path
            paths[path][key] = _settle(provider, f"{path} {key}", claims, notices).value
    paths = {
        path: {key: paths[path][key] for key in sorted(paths[path], key=_field_order)}
        for path in sorted(paths)
    }
    document: dict[str, Any] = {"openapi": OPENAPI_VERSION, "paths": paths}
    if servers:
        document["servers"] = [servers[url] for url in sorted(servers)]
    if tags:
        document["tags"] = [_settle(provider, f"tag {n!r}", tags[n], notices).value for n in sorted(tags)]
    merged: dict[str, dict[str, Any]] = {}
    for (section, name), claims in sorted(components.items()):
        kept = _settle(provider, f"#/components/{section}/{name}", claims, notices)
        merged.setdefault(section, {})[name] = kept.value
    if merged:
        document["components"] = merged
    return copy.deepcopy(document), sorted(notices)
