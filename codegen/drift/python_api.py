"""The public Python API of a generated client package, old against new, with griffe.

griffe reads the source statically (nothing is imported) and ``griffe.find_breaking_changes`` reports removed
objects and parameters, parameters made required or moved, and so on. griffe does not compare annotations,
so model field, parameter and return annotations are compared here as text (a warning: the text says that
the type changed, not whether callers break).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import griffe

from codegen.drift.documents import Document
from codegen.drift.model import Change, DriftError, Rule

Locator = Callable[[str], tuple[str, ...]]  # Python object path -> provider operation keys

# griffe's breakage kinds, plus annotation checks of our own
PYTHON_API_OBJECT_REMOVED = Rule("python-api-object-removed", "breaking", "none", "public object removed")
PYTHON_API_OBJECT_CHANGED_KIND = Rule(
    "python-api-object-changed-kind", "breaking", "none", "public object changed kind"
)
PYTHON_API_PARAMETER_REMOVED = Rule("python-api-parameter-removed", "breaking", "none", "parameter removed")
PYTHON_API_PARAMETER_MOVED = Rule(
    "python-api-parameter-moved", "breaking", "none", "positional parameter moved"
)
PYTHON_API_PARAMETER_CHANGED_KIND = Rule(
    "python-api-parameter-changed-kind", "breaking", "none", "parameter kind changed"
)
PYTHON_API_PARAMETER_CHANGED_REQUIRED = Rule(
    "python-api-parameter-changed-required", "breaking", "none", "parameter made required"
)
PYTHON_API_PARAMETER_ADDED_REQUIRED = Rule(
    "python-api-parameter-added-required", "breaking", "none", "required parameter added"
)
PYTHON_API_PARAMETER_CHANGED_DEFAULT = Rule(
    "python-api-parameter-changed-default", "warning", "none", "parameter default changed"
)
PYTHON_API_CLASS_REMOVED_BASE = Rule(
    "python-api-class-removed-base", "breaking", "none", "base class removed"
)
PYTHON_API_PARAMETER_ANNOTATION_CHANGED = Rule(
    "python-api-parameter-annotation-changed", "warning", "none", "parameter annotation changed"
)
PYTHON_API_RETURN_ANNOTATION_CHANGED = Rule(
    "python-api-return-annotation-changed", "warning", "none", "return annotation changed"
)
PYTHON_API_ATTRIBUTE_ANNOTATION_CHANGED = Rule(
    "python-api-attribute-annotation-changed", "warning", "none", "field annotation changed"
)
PYTHON_API_PACKAGE_REMOVED = Rule(
    "python-api-package-removed", "breaking", "none", "generated client package removed"
)

_BREAKAGE_RULES: dict[griffe.BreakageKind, Rule] = {
    griffe.BreakageKind.OBJECT_REMOVED: PYTHON_API_OBJECT_REMOVED,
    griffe.BreakageKind.OBJECT_CHANGED_KIND: PYTHON_API_OBJECT_CHANGED_KIND,
    griffe.BreakageKind.PARAMETER_REMOVED: PYTHON_API_PARAMETER_REMOVED,
    griffe.BreakageKind.PARAMETER_MOVED: PYTHON_API_PARAMETER_MOVED,
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: PYTHON_API_PARAMETER_CHANGED_KIND,
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: PYTHON_API_PARAMETER_CHANGED_REQUIRED,
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: PYTHON_API_PARAMETER_ADDED_REQUIRED,
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: PYTHON_API_PARAMETER_CHANGED_DEFAULT,
    # griffe declares these two but does not report them yet; the annotation checks below do the job
    griffe.BreakageKind.RETURN_CHANGED_TYPE: PYTHON_API_RETURN_ANNOTATION_CHANGED,
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: PYTHON_API_ATTRIBUTE_ANNOTATION_CHANGED,
    griffe.BreakageKind.CLASS_REMOVED_BASE: PYTHON_API_CLASS_REMOVED_BASE,
}

_PARAMETER_KINDS = {
    griffe.BreakageKind.PARAMETER_MOVED,
    griffe.BreakageKind.PARAMETER_REMOVED,
    griffe.BreakageKind.PARAMETER_CHANGED_KIND,
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT,
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED,
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED,
}


def find_package(directory: Path, name: str) -> Path | None:
    """The folder to put on the search path so that ``name`` imports: ``directory/name/__init__.py``
    (the package itself) or ``directory/name/name/__init__.py`` (a project folder around it)."""
    for search in (directory, directory / name):
        if (search / name / "__init__.py").is_file():
            return search
    return None


def load(search_path: Path, name: str) -> griffe.Object | griffe.Alias:
    griffe_logger = logging.getLogger("griffe")
    level = griffe_logger.level
    griffe_logger.setLevel(logging.ERROR)
    try:
        return griffe.load(
            name,
            search_paths=[search_path],
            try_relative_path=False,
            allow_inspection=False,
            modules_collection=griffe.ModulesCollection(),
        )
    except Exception as exc:  # griffe raises its own and OS errors; either way the package is unreadable
        raise DriftError(f"cannot read the Python package {name} under {search_path}: {exc}") from None
    finally:
        griffe_logger.setLevel(level)


def compare_packages(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, locate: Locator
) -> list[Change]:
    found: dict[tuple[Rule, str], str] = {}
    try:
        for breakage in griffe.find_breaking_changes(old, new):
            rule = _BREAKAGE_RULES.get(breakage.kind)
            if rule is not None:
                found.setdefault((rule, _location(breakage)), _detail(breakage))
        for rule, location, detail in _annotation_changes(old, new):
            found.setdefault((rule, location), detail)
    except DriftError:
        raise
    except Exception as exc:
        raise DriftError(f"griffe could not compare {old.path}: {exc}") from None
    changes = []
    for (rule, location), detail in _grouped(found).items():
        message = rule.title + (f": {detail}" if detail else "")
        changes.append(Change(rule.id, rule.severity, rule.direction, location, message, locate(location)))
    return sorted(changes, key=Change.sort_key)


def _grouped(found: dict[tuple[Rule, str], str]) -> dict[tuple[Rule, str], str]:
    """Siblings with the same change as one entry: ``mod.{sync,sync_detailed}(mode)``, ``Model.{a,b}``.

    openapi-python-client writes four functions per operation, so one vendor change otherwise shows
    four times.
    """
    siblings: dict[tuple[Rule, str, str, str], list[str]] = {}
    for (rule, location), detail in found.items():
        path, paren, tail = location.partition("(")
        parent, _, name = path.rpartition(".")
        siblings.setdefault((rule, parent, paren + tail, detail), []).append(name)
    grouped: dict[tuple[Rule, str], str] = {}
    for (rule, parent, tail, detail), names in siblings.items():
        name = names[0] if len(names) == 1 else "{" + ",".join(sorted(names)) + "}"
        grouped[(rule, f"{parent}.{name}{tail}" if parent else f"{name}{tail}")] = detail
    return grouped


def _location(breakage: griffe.Breakage) -> str:
    path: str = breakage.obj.path
    if breakage.kind in _PARAMETER_KINDS:
        parameter = (
            breakage.new_value
            if breakage.kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED
            else breakage.old_value
        )
        return f"{path}({getattr(parameter, 'name', '?')})"
    return path


def _detail(breakage: griffe.Breakage) -> str:
    kind = breakage.kind
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        return f"{breakage.old_value.default} -> {breakage.new_value.default}"
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND:
        return f"{breakage.old_value.kind.value} -> {breakage.new_value.kind.value}"
    if kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        return f"{breakage.old_value.value} -> {breakage.new_value.value}"
    if kind in (griffe.BreakageKind.RETURN_CHANGED_TYPE, griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE):
        return f"{breakage.old_value} -> {breakage.new_value}"
    return breakage.details


def _public(member: Any) -> bool:
    try:
        return bool(member.is_public) and not member.is_alias
    except Exception:  # an alias griffe cannot resolve
        return False


def _annotation_changes(old: Any, new: Any) -> Iterator[tuple[Rule, str, str]]:
    """Annotation differences of objects present on both sides (griffe leaves these out)."""
    pending = [(old, new)]
    seen: set[str] = set()
    while pending:
        old_obj, new_obj = pending.pop()
        if old_obj.path in seen:
            continue
        seen.add(old_obj.path)
        if old_obj.kind != new_obj.kind:
            continue
        if old_obj.is_function:
            new_params = {p.name: p for p in new_obj.parameters}
            for param in old_obj.parameters:
                other = new_params.get(param.name)
                shown = _differs(param.annotation, other.annotation) if other is not None else None
                if shown:
                    yield PYTHON_API_PARAMETER_ANNOTATION_CHANGED, f"{old_obj.path}({param.name})", shown
            shown = _differs(old_obj.returns, new_obj.returns)
            if shown:
                yield PYTHON_API_RETURN_ANNOTATION_CHANGED, old_obj.path, shown
        elif old_obj.is_attribute:
            shown = _differs(old_obj.annotation, new_obj.annotation)
            if shown:
                yield PYTHON_API_ATTRIBUTE_ANNOTATION_CHANGED, old_obj.path, shown
        elif old_obj.is_module or old_obj.is_class:
            new_members = new_obj.members
            for name, member in old_obj.members.items():
                if name in new_members and _public(member) and _public(new_members[name]):
                    pending.append((member, new_members[name]))


def _differs(old: Any, new: Any) -> str | None:
    """``old -> new`` when two annotations differ as text; None when equal or either is missing."""
    if old is None or new is None or str(old) == str(new):
        return None
    return f"{old} -> {new}"


# --- which provider operations a Python object belongs to ------------------------------------------

_CASE_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@functools.lru_cache(maxsize=8192)
def snake(name: str) -> str:
    """openapi-python-client's module names: ``GetSessionResponse`` -> ``get_session_response``."""
    return re.sub(r"[^a-z0-9]+", "_", _CASE_BOUNDARY.sub("_", name).lower()).strip("_")


def locator(package: str, documents: list[Document]) -> Locator:
    """Map an object of the generated package to the operations it serves.

    ``api.<tag>.<operation_id>`` serves that operation; ``models.<schema>...`` serves the operations using
    the component schema (or, for inline schemas, the operation) its name starts with; anything else
    (``client``, ``errors``, ``types``) serves every operation.
    """
    every: set[str] = set()
    by_name: dict[str, set[str]] = {}
    for document in documents:
        every |= document.operations.keys()
        for key, operation_id in document.operation_ids().items():
            by_name.setdefault(snake(operation_id), set()).add(key)
        for schema, users in document.schema_users().items():
            by_name.setdefault(snake(schema), set()).update(users)

    def locate(path: str) -> tuple[str, ...]:
        parts = path.split("(")[0].split(".")
        if parts[0] != package or len(parts) < 3 or parts[1] not in ("api", "models"):
            return tuple(sorted(every))
        module = parts[3] if parts[1] == "api" and len(parts) > 3 else snake(parts[2])
        if parts[1] == "api" and len(parts) == 3:
            return tuple(sorted(every))
        candidates = [n for n in by_name if module == n or module.startswith(n + "_")]
        if not candidates:
            return ()
        return tuple(sorted(by_name[max(candidates, key=len)]))

    return locate
