"""Where in an operation a schema sits, and rules that differ only by that place.

A schema check finds the same kind of change at a request parameter, a request or response body, or a
property inside one; oasdiff names each place in the rule id (``request-parameter-max-decreased``,
``response-property-max-decreased``). ``ByPosition`` holds those rules under their literal ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from codegen.drift.model import Rule, Severity

Side = Literal["request", "response"]
Position = Literal[
    "request-parameter", "request-body", "request-property", "response-body", "response-property"
]
POSITIONS: tuple[Position, ...] = (
    "request-parameter",
    "request-body",
    "request-property",
    "response-body",
    "response-property",
)


@dataclass(frozen=True)
class ByPosition:
    """One check's rule at each position it applies to."""

    rules: dict[Position, Rule]

    def at(self, position: Position) -> Rule | None:
        return self.rules.get(position)


def by_position(
    title: str,
    *,
    request: Severity,
    response: Severity,
    ids: dict[Position, str],
    why_request: str = "",
    why_response: str = "",
) -> ByPosition:
    """Rules titled alike whose severity depends on the side: the client sends requests, parses responses."""
    rules: dict[Position, Rule] = {}
    for position, rule_id in ids.items():
        if position.startswith("request-"):
            rules[position] = Rule(rule_id, request, "request", f"request {title}", why_request)
        else:
            rules[position] = Rule(rule_id, response, "response", f"response {title}", why_response)
    return ByPosition(rules)
