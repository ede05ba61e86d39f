"""Request parameters: added, removed, moved to another location (query -> header, ...), required-ness
both ways, deprecation; their schemas go to the schema checks as ``request-parameter`` positions.

Parameters are matched by location and name (header names case-insensitively); a path parameter renamed
in the template (see ``operations``) is matched under its new name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.drift.documents import mapping
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.rules import OperationPair

_ARG_GONE = "the generated function loses the argument; callers passing it fail"

NEW_REQUIRED_REQUEST_PARAMETER = Rule(
    "new-required-request-parameter", "breaking", "request", "required request parameter added"
)
NEW_OPTIONAL_REQUEST_PARAMETER = Rule(
    "new-optional-request-parameter", "info", "request", "optional request parameter added"
)
REQUEST_PARAMETER_REMOVED = Rule(
    "request-parameter-removed", "breaking", "request", "request parameter removed", _ARG_GONE
)
REQUEST_PARAMETER_MOVED = Rule(
    "request-parameter-moved",
    "breaking",
    "request",
    "request parameter moved to another location",
    "the generated client sends it where the server no longer reads it",
)
REQUEST_PARAMETER_BECAME_REQUIRED = Rule(
    "request-parameter-became-required", "breaking", "request", "request parameter made required"
)
REQUEST_PARAMETER_BECAME_OPTIONAL = Rule(
    "request-parameter-became-optional", "info", "request", "request parameter made optional"
)
REQUEST_PARAMETER_DEPRECATED = Rule(
    "request-parameter-deprecated", "info", "request", "request parameter deprecated"
)
REQUEST_PARAMETER_REACTIVATED = Rule(
    "request-parameter-reactivated", "info", "request", "request parameter no longer deprecated"
)

Key = tuple[str, str]  # (location, name)


def required(param: dict[str, Any]) -> bool:
    return param.get("required") is True or param.get("in") == "path"


def schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = mapping(param.get("content"))
    return next((mapping(media).get("schema") for media in content.values()), None)


def check(op: OperationPair) -> None:
    old_params = op.old.parameters(op.old_op)
    new_params = op.new.parameters(op.new_op)
    old_params = {
        (where, op.renamed.get(name, name) if where == "path" else name): p
        for (where, name), p in old_params.items()
    }
    moved_to: set[Key] = set()
    for where, name in sorted(old_params.keys() - new_params.keys()):
        target = next(
            (
                k
                for k in sorted(new_params.keys() - old_params.keys())
                if k[1].lower() == name.lower() and k not in moved_to
            ),
            None,
        )
        if target is not None:
            moved_to.add(target)
            op.add(REQUEST_PARAMETER_MOVED, f"{op.key} parameter {name}", f"{where} -> {target[0]}")
        else:
            op.add(REQUEST_PARAMETER_REMOVED, f"{op.key} {where} parameter {name}")
    for where, name in sorted(new_params.keys() - old_params.keys() - moved_to):
        rule = (
            NEW_REQUIRED_REQUEST_PARAMETER
            if required(new_params[(where, name)])
            else NEW_OPTIONAL_REQUEST_PARAMETER
        )
        op.add(rule, f"{op.key} {where} parameter {name}")
    for where, name in sorted(old_params.keys() & new_params.keys()):
        old_param, new_param = old_params[(where, name)], new_params[(where, name)]
        base = f"{op.key} {where} parameter {name}"
        if required(old_param) != required(new_param):
            op.add(
                REQUEST_PARAMETER_BECAME_REQUIRED
                if required(new_param)
                else REQUEST_PARAMETER_BECAME_OPTIONAL,
                base,
            )
        was, now = old_param.get("deprecated") is True, new_param.get("deprecated") is True
        if now != was:
            op.add(REQUEST_PARAMETER_DEPRECATED if now else REQUEST_PARAMETER_REACTIVATED, base)
        op.schemas("request", "request-parameter", base, schema(old_param), schema(new_param))
