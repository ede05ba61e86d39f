"""Rewrite a few keys of ``provider.yaml`` in place, keeping its comments and layout.

Only ``etag`` / ``last_modified`` of page entries are edited. The edit works on the text, at the
positions PyYAML reports for each node; the result is parsed again and must equal the old data with
exactly the requested changes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.errors import SpecError
from codegen.yamlio import load_yaml

PAGE_KEYS = ("etag", "last_modified")

# One requested change: a new value, or None to remove the key.
Changes = Mapping[str, str | None]


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def quote(value: str) -> str:
    """A YAML scalar for ``value``: single-quoted when printable, JSON-quoted otherwise."""
    if value.isprintable():
        return "'" + value.replace("'", "''") + "'"
    return json.dumps(value)


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _after_line(text: str, index: int, newline: str) -> tuple[int, str]:
    """Where a new line goes after the line holding ``index``, and a prefix it may need."""
    end = text.find("\n", index)
    if end == -1:
        return len(text), newline
    return end + 1, ""


def _mapping_edits(
    text: str,
    node: yaml.MappingNode,
    changes: Changes,
    where: str,
    provider: str,
    newline: str,
) -> list[_Edit]:
    """Edits that set (or remove, for None) ``changes`` in ``node``; new keys go at its end."""
    if node.flow_style:
        raise SpecError(provider, f"{where} is a flow-style mapping ({{...}}); write it in block style")
    edits: list[_Edit] = []
    keys = {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    inserts: list[str] = []
    for key, value in changes.items():
        if key in keys:
            key_node, value_node = keys[key]
            if value is None:
                start = _line_start(text, key_node.start_mark.index)
                end, _ = _after_line(text, value_node.end_mark.index, newline)
                if text[start : key_node.start_mark.index].strip():
                    raise SpecError(provider, f"{where}: cannot remove {key!r} from this layout")
                edits.append(_Edit(start, end, ""))
            elif value_node.start_mark.index == value_node.end_mark.index:  # "key:" with no value
                colon = text.index(":", key_node.end_mark.index) + 1
                edits.append(_Edit(colon, colon, " " + quote(value)))
            else:
                edits.append(_Edit(value_node.start_mark.index, value_node.end_mark.index, quote(value)))
        elif value is not None:
            inserts.append(f"{key}: {quote(value)}")
    if inserts:
        if not node.value:
            raise SpecError(provider, f"{where} is empty; cannot add keys to it")
        indent = " " * node.value[0][0].start_mark.column
        end_mark = node.value[-1][1].end_mark
        if end_mark.column == 0 and end_mark.index > 0:  # block scalars end at the next line
            content_end = len(text[: end_mark.index].rstrip(" \t\r\n"))  # before trailing blank lines
            position, prefix = _after_line(text, content_end, newline)
        else:
            position, prefix = _after_line(text, end_mark.index, newline)
        block = prefix + "".join(f"{indent}{line}{newline}" for line in inserts)
        edits.append(_Edit(position, position, block))
    return edits


def _top_mapping(text: str, path: Path, provider: str) -> yaml.MappingNode:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise SpecError(provider, f"{path}: invalid YAML: {exc}") from None
    if not isinstance(node, yaml.MappingNode):
        raise SpecError(provider, f"{path}: the manifest must be a mapping")
    return node


def _value(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            value: yaml.Node = v
            return value
    return None


def edit_manifest(text: str, path: Path, provider: str, *, pages: Mapping[str, Changes]) -> str:
    """Return ``text`` with the page keys (by page ``file``) changed.

    ``pages`` maps a page file name to ``{"etag": ..., "last_modified": ...}``; a None
    value removes the key.
    """
    for file, changes in pages.items():
        unknown = set(changes) - set(PAGE_KEYS)
        if unknown:
            raise SpecError(provider, f"{path}: refusing to edit {sorted(unknown)} of page {file!r}")
    newline = "\r\n" if "\r\n" in text else "\n"
    root = _top_mapping(text, path, provider)
    edits: list[_Edit] = []
    if pages:
        seq = _value(root, "pages")
        if not isinstance(seq, yaml.SequenceNode):
            raise SpecError(provider, f"{path}: 'pages' must be a list")
        by_file: dict[str, tuple[int, yaml.MappingNode]] = {}
        for i, item in enumerate(seq.value):
            name = _value(item, "file") if isinstance(item, yaml.MappingNode) else None
            if isinstance(item, yaml.MappingNode) and isinstance(name, yaml.ScalarNode):
                by_file[name.value] = (i, item)
        for file, changes in pages.items():
            if file not in by_file:
                raise SpecError(provider, f"{path}: no page with file {file!r}")
            i, item = by_file[file]
            edits += _mapping_edits(text, item, changes, f"{path}: pages[{i}]", provider, newline)

    new = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        new = new[: edit.start] + edit.text + new[edit.end :]
    _verify(text, new, path, provider, pages)
    return new


def _verify(old: str, new: str, path: Path, provider: str, pages: Mapping[str, Changes]) -> None:
    """The edited text must parse to the old data plus the requested changes, nothing else."""
    expected: Any = deepcopy(load_yaml(old, path))
    for item in expected.get("pages", []):
        if isinstance(item, dict) and item.get("file") in pages:
            for key, value in pages[item["file"]].items():
                if value is None:
                    item.pop(key, None)
                else:
                    item[key] = value
    try:
        actual = load_yaml(new, path)
    except Exception as exc:
        raise SpecError(provider, f"{path}: editing the manifest broke it ({exc}); left unchanged") from None
    if actual != expected:
        raise SpecError(provider, f"{path}: could not edit the manifest in place; left unchanged")
