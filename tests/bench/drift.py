"""``codegen drift`` of the two largest vendor documents we have, each against itself with a few edits,
against just parsing both documents, in the same run (target: at most 3x).

Both sides are single-threaded and CPU-bound, so they are timed in CPU seconds (``time.process_time``):
on a shared machine wall-clock time mostly measures the neighbours."""

from __future__ import annotations

import copy
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from codegen.drift.collect import documents_report
from codegen.drift.documents import parse_document
from tests.bench.report import Row

VENDOR = Path(__file__).resolve().parents[1] / "codegen" / "drift" / "vendor"
DOCUMENTS = ("daytona.yaml", "steel-platform-api.json")  # 410 KB of YAML, 358 KB of JSON
TARGET = 3.0


def _parse(text: str, json_text: bool) -> Any:
    """Only parsing: the fastest loader for the format, nothing else."""
    return json.loads(text) if json_text else yaml.load(text, Loader=yaml.CSafeLoader)


def _first(node: Any, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    pending = [node]
    while pending:
        current = pending.pop(0)
        if isinstance(current, dict):
            if wanted(current):
                return current
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)
    raise LookupError("no such node")


def _edit(data: dict[str, Any]) -> dict[str, Any]:
    """A few vendor-like edits: an enum value added, a property and an operation removed, a required
    query parameter added."""
    new = copy.deepcopy(data)
    schemas = new["components"]["schemas"]
    _first(schemas, lambda n: isinstance(n.get("enum"), list))["enum"].append("drifted")
    holder = _first(schemas, lambda n: isinstance(n.get("properties"), dict) and len(n["properties"]) > 2)
    holder["properties"].pop(sorted(holder["properties"])[0])
    paths = new["paths"]
    paths.pop(sorted(paths)[-1])
    operation = next(
        op for item in paths.values() for op in item.values() if isinstance(op, dict) and "responses" in op
    )
    operation.setdefault("parameters", []).append(
        {"name": "drifted", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    return new


def _cpu(fn: Callable[[], object], repeat: int = 7) -> float:
    """Median CPU seconds of one call."""
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def _row(name: str) -> Row:
    path = VENDOR / name
    json_text = name.endswith(".json")
    old_text = path.read_text(encoding="utf-8")
    edited = _edit(_parse(old_text, json_text))
    new_text = (
        json.dumps(edited, indent=2)
        if json_text
        else yaml.dump(edited, Dumper=yaml.CSafeDumper, sort_keys=False)
    )

    def drift() -> int:
        old, new = parse_document(old_text, "old"), parse_document(new_text, "new")
        return len(documents_report("vendor", old, new).changes)

    found = drift()  # also warms the validator's schema cache, as a second report in one process would
    run = _cpu(drift)
    parse = _cpu(lambda: (_parse(old_text, json_text), _parse(new_text, json_text)))
    return Row(
        name=f"drift of {name} ({len(old_text) // 1024} KB) with 4 edits",
        measured=f"{run * 1000:.0f} ms, {found} changes",
        baseline=f"parse both: {parse * 1000:.0f} ms",
        ratio=run / parse,
        target=f"<= {TARGET:g}x",
    )


def rows() -> list[Row]:
    return [_row(name) for name in DOCUMENTS]
