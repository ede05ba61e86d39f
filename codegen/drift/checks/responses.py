"""Responses: status codes added or removed (success and error apart); each kept status's content goes
to ``bodies``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from codegen.drift.checks import bodies
from codegen.drift.documents import mapping
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.rules import OperationPair

RESPONSE_SUCCESS_STATUS_REMOVED = Rule(
    "response-success-status-removed", "breaking", "response", "success status removed"
)
RESPONSE_SUCCESS_STATUS_ADDED = Rule(
    "response-success-status-added",
    "warning",
    "response",
    "success status added",
    "the generated client returns no parsed body for a status it does not know",
)
RESPONSE_NON_SUCCESS_STATUS_REMOVED = Rule(
    "response-non-success-status-removed", "info", "response", "error status removed"
)
RESPONSE_NON_SUCCESS_STATUS_ADDED = Rule(
    "response-non-success-status-added", "info", "response", "error status added"
)


def _success(code: str) -> bool:
    return code.startswith("2") or code.upper() == "2XX"


def check(op: OperationPair) -> None:
    old_responses = {str(k): v for k, v in mapping(op.old_op.node.get("responses")).items()}
    new_responses = {str(k): v for k, v in mapping(op.new_op.node.get("responses")).items()}
    for code in sorted(old_responses.keys() - new_responses.keys()):
        rule = RESPONSE_SUCCESS_STATUS_REMOVED if _success(code) else RESPONSE_NON_SUCCESS_STATUS_REMOVED
        op.add(rule, f"{op.key} response {code}")
    for code in sorted(new_responses.keys() - old_responses.keys()):
        rule = RESPONSE_SUCCESS_STATUS_ADDED if _success(code) else RESPONSE_NON_SUCCESS_STATUS_ADDED
        op.add(rule, f"{op.key} response {code}")
    for code in sorted(old_responses.keys() & new_responses.keys()):
        old_response = op.old.deref(old_responses[code])[0]
        new_response = op.new.deref(new_responses[code])[0]
        bodies.content(op, "response", f"{op.key} response {code}", old_response, new_response)
