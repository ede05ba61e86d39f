"""One generated module per operation: distinct names before generation, a count after it.

openapi-python-client writes each operation to ``api/<tag>/<name>.py``, with ``<name>`` derived from the
operationId (or from method + path when there is none) by its own normalization. Two operations whose
names normalize alike land in the same file, and the second silently replaces the first. ``name_operations``
gives every operation an operationId whose module is its own; ``missing_operations`` compares a generated
package with the document it was made from.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.vocabulary import HTTP_METHODS

API_DIR = "api"
DEFAULT_TAG = "default"
TAG_PREFIX = "tag"
# A module name longer than this is cut and given a digest (file names stop at 255 bytes).
MAX_NAME = 100
_METHOD_LINE = re.compile(r'^\s*"method":\s*"([a-z]+)",$', re.M)


@dataclass(frozen=True)
class OperationIdentity:
    """What decides an operation's generated module: method, path, operationId and tags."""

    method: str
    path: str
    operation_id: str | None
    tags: tuple[str, ...]

    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class Renamed:
    """An operation given an operationId because its derived module name was taken."""

    operation: OperationIdentity
    module: str
    clashed: str

    def message(self) -> str:
        return (
            f"{self.operation.label()}: its module name {self.clashed!r} is shared with another "
            f"operation; generated as {self.module!r}"
        )


def operations(document: dict[str, Any]) -> list[OperationIdentity]:
    """The document's operations, in document order."""
    found: list[OperationIdentity] = []
    paths = document.get("paths") or {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId")
            tags = operation.get("tags") or [DEFAULT_TAG]
            found.append(
                OperationIdentity(
                    method,
                    str(path),
                    operation_id if isinstance(operation_id, str) and operation_id else None,
                    tuple(str(t) for t in tags),
                )
            )
    return found


def _identifier(value: str, prefix: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(value, prefix=prefix))


def _from_method_and_path(operation: OperationIdentity, prefix: str) -> str:
    from openapi_python_client.parser.openapi import generate_operation_id
    from openapi_python_client.schema import UntrustedString

    return str(
        generate_operation_id(path=UntrustedString(operation.path), method=operation.method, prefix=prefix)
    )


def module_name(operation: OperationIdentity, prefix: str) -> str:
    """The module openapi-python-client writes the operation to (without ``.py``)."""
    if operation.operation_id is None:
        return _identifier(_from_method_and_path(operation, prefix), prefix)
    return _identifier(operation.operation_id, prefix)


def _bounded(operation: OperationIdentity, name: str) -> str:
    return name if len(name) <= MAX_NAME else _suffixed(operation, name[: MAX_NAME - 7].rstrip("_"))


def tag_dirs(operation: OperationIdentity, all_tags: bool) -> tuple[str, ...]:
    tags = operation.tags if all_tags else operation.tags[:1]
    return tuple(dict.fromkeys(_identifier(t, TAG_PREFIX) for t in tags))


def _clashes(ops: list[OperationIdentity], names: list[str], all_tags: bool) -> set[int]:
    """Indexes of operations that share a module file with another operation."""
    owners: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (operation, name) in enumerate(zip(ops, names, strict=True)):
        for tag in tag_dirs(operation, all_tags):
            owners[(tag, name)].append(index)
    return {i for group in owners.values() if len(group) > 1 for i in group}


def _suffixed(operation: OperationIdentity, name: str) -> str:
    digest = hashlib.sha256(operation.label().encode("utf-8")).hexdigest()[:6]
    return f"{name}_{digest}"


def name_operations(
    document: dict[str, Any], *, prefix: str = "field_", all_tags: bool = False
) -> tuple[dict[str, Any], list[Renamed]]:
    """A copy of ``document`` in which every operation has an operationId naming a module of its own.

    Operations without an operationId get the name openapi-python-client would derive (method + path);
    a name longer than ``MAX_NAME`` is cut and ends in a digest of the operation's method and path.
    Every operation of a clash is named from its method and path instead; where those still clash
    (``/a-b`` and ``/a/b``), a digest of method and path is appended. A name thus depends only on the
    operation itself and on whether it clashes, never on document order.
    """
    ops = operations(document)
    names = [_bounded(o, module_name(o, prefix)) for o in ops]
    clashing = _clashes(ops, names, all_tags)
    renamed: list[Renamed] = []
    if clashing:
        fallback = list(names)
        for index in clashing:
            fallback[index] = _bounded(
                ops[index], _identifier(_from_method_and_path(ops[index], prefix), prefix)
            )
        still = _clashes(ops, fallback, all_tags) & clashing
        for index in still:
            fallback[index] = _suffixed(ops[index], fallback[index])
        if _clashes(ops, fallback, all_tags):
            taken = sorted(ops[i].label() for i in _clashes(ops, fallback, all_tags))
            raise ValueError(f"cannot give distinct module names to {', '.join(taken)}")
        renamed = [Renamed(ops[i], fallback[i], names[i]) for i in sorted(clashing)]
        names = fallback
    named = copy.deepcopy(document)
    for operation, name in zip(ops, names, strict=True):
        named["paths"][operation.path][operation.method]["operationId"] = name
    return named, renamed


def generated_modules(package: Path) -> dict[tuple[str, str], str | None]:
    """``(tag, module) -> HTTP method`` of every operation module under ``package/api``."""
    found: dict[tuple[str, str], str | None] = {}
    api = package / API_DIR
    if not api.is_dir():
        return found
    for path in sorted(api.glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        match = _METHOD_LINE.search(path.read_text(encoding="utf-8"))
        found[(path.parent.name, path.stem)] = match.group(1) if match else None
    return found


@dataclass(frozen=True)
class Mismatch:
    """Operations of the document without their module, and modules without their operation."""

    missing: tuple[str, ...]
    unexpected: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.missing or self.unexpected)

    def message(self) -> str:
        parts = []
        if self.missing:
            parts.append(
                f"{len(self.missing)} operation(s) have no generated function: {', '.join(self.missing)}"
            )
        if self.unexpected:
            parts.append(f"{len(self.unexpected)} module(s) match no operation: {', '.join(self.unexpected)}")
        return "; ".join(parts)


def compare_operations(
    document: dict[str, Any], package: Path, *, prefix: str = "field_", all_tags: bool = False
) -> Mismatch:
    """Compare a named document (see ``name_operations``) with the package generated from it."""
    modules = generated_modules(package)
    expected: dict[tuple[str, str], OperationIdentity] = {}
    for operation in operations(document):
        for tag in tag_dirs(operation, all_tags):
            expected[(tag, module_name(operation, prefix))] = operation
    missing = [
        f"{op.label()} (api/{tag}/{name}.py)"
        for (tag, name), op in expected.items()
        if modules.get((tag, name), "") != op.method
    ]
    unexpected = [f"api/{tag}/{name}.py" for (tag, name) in modules if (tag, name) not in expected]
    return Mismatch(tuple(missing), tuple(unexpected))


def count_operations(document: dict[str, Any]) -> int:
    return len(operations(document))
