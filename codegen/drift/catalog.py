"""Every rule a drift report can name, collected from the modules that emit them.

Like oasdiff's ``checker/rules.go``, one registry binds each id to its severity and title; unlike a list
typed a second time, it is read from the check modules themselves (each rule is a named constant beside
its check), so a rule cannot be in the catalog without a check or the other way round. Ids and
severities follow oasdiff's published checks where oasdiff has one; where a generated Python client
breaks although oasdiff only warns, the severity is raised and the rule's ``why`` says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from types import ModuleType

from codegen.drift import python_api
from codegen.drift.checks import (
    bodies,
    composition,
    constraints,
    documents,
    enums,
    operations,
    parameters,
    properties,
    responses,
    security,
    servers,
    types,
)
from codegen.drift.checks.position import ByPosition
from codegen.drift.model import Rule

FAMILIES: tuple[ModuleType, ...] = (
    documents,
    operations,
    parameters,
    bodies,
    responses,
    types,
    enums,
    constraints,
    composition,
    properties,
    security,
    servers,
    python_api,
)


def declared(module: ModuleType) -> list[Rule]:
    """The rules a module declares: its ``Rule`` constants and the rules of its ``ByPosition`` tables."""
    found: list[Rule] = []
    for name, value in vars(module).items():
        if not name.isupper():
            continue
        if isinstance(value, Rule):
            found.append(value)
        elif isinstance(value, ByPosition):
            found.extend(value.rules.values())
    return found


def all_rules() -> list[Rule]:
    """Every declared rule, duplicates included (the catalog test looks for them)."""
    return [rule for module in FAMILIES for rule in declared(module)]


def duplicates(rules: Iterable[Rule]) -> list[str]:
    """Ids declared more than once."""
    counts = Counter(rule.id for rule in rules)
    return sorted(rule_id for rule_id, n in counts.items() if n > 1)


def _registry() -> dict[str, Rule]:
    rules = all_rules()
    twice = duplicates(rules)
    if twice:
        raise RuntimeError(f"drift rule ids declared twice: {', '.join(twice)}")
    return {rule.id: rule for rule in rules}


RULES: dict[str, Rule] = _registry()
