"""The rule case tables under ``cases/`` as document pairs, shared by the rule tests and the catalog's
coverage test: schema pairs placed at each position (``schema-rules.yaml``), whole document pairs
(``document-rules.yaml``)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.drift.checks.position import POSITIONS, Position

CASES = Path(__file__).parent / "cases"
Doc = dict[str, Any]

# Components a schema case may name.
COMPONENTS: Doc = {
    "Cat": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Dog": {"type": "object", "properties": {"bark": {"type": "boolean"}}},
    "Marker": {"description": "a member that adds no property"},
    "Tagged": {"description": "another member that adds no property"},
}


def base_document() -> Doc:
    """A fresh copy of ``cases/base.yaml`` (browser_use-shaped: pause_task, resume_task, update_task, ...)."""
    loaded: Doc = yaml.safe_load((CASES / "base.yaml").read_text(encoding="utf-8"))
    return loaded


def probe(position: Position, schema: Any) -> Doc:
    """A document whose one operation carries ``schema`` at ``position``."""
    operation: Doc = {"operationId": "probe", "responses": {"200": {"description": "ok"}}}
    placed = (
        schema
        if position.endswith(("-parameter", "-body"))
        else {"type": "object", "properties": {"p": schema}}
    )
    content = {"application/json": {"schema": placed}}
    if position == "request-parameter":
        operation["parameters"] = [{"name": "p", "in": "query", "schema": placed}]
    elif position.startswith("request-"):
        operation["requestBody"] = {"content": content}
    else:
        operation["responses"]["200"]["content"] = content
    return {
        "openapi": "3.1.0",
        "info": {"title": "probe", "version": "1"},
        "paths": {"/probe": {"post": operation}},
        "components": {"schemas": copy.deepcopy(COMPONENTS)},
    }


@dataclass(frozen=True)
class SchemaCase:
    name: str
    position: Position
    old: Doc
    new: Doc
    rule: str
    severity: str
    also: tuple[str, ...]


def schema_cases() -> Iterator[SchemaCase]:
    for case in yaml.safe_load((CASES / "schema-rules.yaml").read_text(encoding="utf-8")):
        expect = case["expect"]
        ids = expect if isinstance(expect, dict) else {p: f"{p}-{expect}" for p in POSITIONS}
        for position in POSITIONS:
            if position not in ids:
                continue
            side = position.split("-")[0]
            also = tuple(case.get("also", {}).get(side, ()))
            yield SchemaCase(
                f"{case['name']} @ {position}",
                position,
                probe(position, case["old"]),
                probe(position, case["new"]),
                ids[position],
                case["severity"][side],
                also,
            )


@dataclass(frozen=True)
class DocumentCase:
    name: str
    old: Doc
    new: Doc
    expect: tuple[tuple[str, str, str], ...]  # (rule, severity, location)
    facade: tuple[str, ...] | None  # facade operations of every change, when the case says


def document_cases() -> Iterator[DocumentCase]:
    for case in yaml.safe_load((CASES / "document-rules.yaml").read_text(encoding="utf-8")):
        expect = tuple((e["rule"], e["severity"], e["location"]) for e in case["expect"])
        facade = tuple(case["facade"]) if "facade" in case else None
        yield DocumentCase(case["name"], case["old"], case["new"], expect, facade)
