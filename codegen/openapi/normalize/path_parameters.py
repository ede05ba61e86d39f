"""Path parameters that do not match the path template (openapi-python-client drops such operations)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import operations, resolved, where
from codegen.openapi.notice import Notice

UNDECLARED = "undeclared-path-parameter"
UNUSED = "unused-path-parameter"
OPTIONAL = "optional-path-parameter"
UNNAMED = "unnamed-path-parameter"

_TEMPLATE = re.compile(r"\{([^{}/]*)\}")
_NOT_A_NAME = re.compile(r"[^0-9A-Za-z_]")


def _is_path_parameter(parameter: Any) -> bool:
    return isinstance(parameter, dict) and parameter.get("in") == "path"


def _path_name(document: dict[str, Any], parameter: Any) -> str | None:
    """The name of a path parameter (also through a ``$ref``); None for other parameters."""
    target = resolved(document, parameter)
    return str(target.get("name")) if _is_path_parameter(target) else None


def _rename_template(document: dict[str, Any]) -> Iterator[Notice]:
    """``{*}`` (a wildcard segment) and other names that are no identifier get one."""
    paths = document.get("paths") or {}
    for path in list(paths):
        names = _TEMPLATE.findall(path)
        renamed = {n: _NOT_A_NAME.sub("_", n).strip("_") or "path" for n in names}
        renamed = {old: new for old, new in renamed.items() if old != new}
        if not renamed:
            continue
        new_path = path
        for old, new in renamed.items():
            new_path = new_path.replace("{" + old + "}", "{" + new + "}")
        if new_path in paths:
            continue
        item = paths.pop(path)
        paths[new_path] = item
        for value in item.values() if isinstance(item, dict) else ():
            for parameter in (value.get("parameters") or []) if isinstance(value, dict) else ():
                if _is_path_parameter(parameter) and parameter.get("name") in renamed:
                    parameter["name"] = renamed[parameter["name"]]
        shown = ", ".join(f"{{{old}}} -> {{{new}}}" for old, new in renamed.items())
        yield Notice(UNNAMED, path, f"path now {new_path} ({shown}): a template name must be an identifier")


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    yield from _rename_template(document)
    for path, method, operation in operations(document):
        in_template = _TEMPLATE.findall(path)
        parameters = operation.get("parameters")
        if not isinstance(parameters, list):
            parameters = []
        declared = {_path_name(document, p) for p in parameters} - {None}
        kept = []
        for parameter in parameters:
            name = _path_name(document, parameter)
            if name is not None and name not in in_template:
                message = f"removed path parameter {name!r}: the path has no such segment"
                yield Notice(UNUSED, where(path, method), message)
                continue
            target = resolved(document, parameter)
            if name is not None and target.get("required") is not True:
                target["required"] = True
                yield Notice(OPTIONAL, where(path, method), f"path parameter {name!r} is now required")
            kept.append(parameter)
        for name in in_template:
            if name not in declared:
                kept.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
                yield Notice(
                    UNDECLARED,
                    where(path, method),
                    f"declared path parameter {name!r} (a string): the path uses it, the operation did not",
                )
        if kept or "parameters" in operation:
            operation["parameters"] = kept
