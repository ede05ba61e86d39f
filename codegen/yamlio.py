"""YAML in and out: safe loading with an alias budget, and byte-stable dumping."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from codegen.errors import PageError

# A document may share nodes through anchors, but once expanded it may not hold
# more nodes than this. Real vendor pages stay far below; "billion laughs" pages do not.
MAX_EXPANDED_NODES = 200_000


def _expanded_size(root: yaml.Node) -> int:
    """Count the nodes the document would have with every alias expanded."""
    memo: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        if key in in_progress:  # recursive structure: endless once expanded
            return MAX_EXPANDED_NODES + 1
        in_progress.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                total += size(child)
                if total > MAX_EXPANDED_NODES:
                    break
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += size(k) + size(v)
                if total > MAX_EXPANDED_NODES:
                    break
        in_progress.discard(key)
        memo[key] = total
        return total

    return size(root)


def load_yaml(text: str, source: Path | str, *, line_offset: int = 0) -> Any:
    """Parse one YAML document safely.

    Errors carry the file and the 1-based line/column of the problem, shifted by
    ``line_offset`` when the YAML sits inside a larger page.
    """
    try:
        loader = yaml.SafeLoader(text)
    except yaml.YAMLError as exc:  # the reader refuses control characters up front
        raise PageError(source, f"invalid YAML: {exc}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node) > MAX_EXPANDED_NODES:
            raise PageError(
                source,
                f"YAML aliases expand to more than {MAX_EXPANDED_NODES} nodes; refusing the page",
                line=node.start_mark.line + 1 + line_offset,
                column=node.start_mark.column + 1,
            )
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise PageError(
            source,
            f"invalid YAML: {exc.problem or exc.context or 'unreadable'}",
            line=mark.line + 1 + line_offset if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise PageError(source, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise PageError(source, "YAML nests too deeply to read", line=line_offset + 1) from None
    except ValueError as exc:  # e.g. an integer past Python's digit limit
        raise PageError(source, f"invalid YAML value: {exc}", line=line_offset + 1) from None
    finally:
        loader.dispose()
    return unshare(data)


def unshare(data: Any) -> Any:
    """Return a tree copy with no shared sub-objects (anchors become copies).

    Keys become strings, the way JSON and OpenAPI see them (``200:`` -> ``"200"``).
    """
    if isinstance(data, dict):
        return {_key(k): unshare(v) for k, v in data.items()}
    if isinstance(data, list):
        return [unshare(v) for v in data]
    if isinstance(data, (str, int, float, bool)) or data is None:
        return data
    # dates, bytes and other YAML-only scalars: keep them as text
    return str(data)


def _key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


class _StableDumper(yaml.SafeDumper):
    """Never emits anchors, indents lists under their key, keeps insertion order."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line text reads best as a literal block; the emitter falls back to a
    # quoted scalar by itself when the text cannot be written as one.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_StableDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Serialize to YAML that is identical for identical input, on every machine."""
    return yaml.dump(
        data,
        Dumper=_StableDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
