"""`make demo`: every provider through pause -> status -> resume -> status, on the local fakes."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from intermission import errors, providers
from intermission.result import Operation, State


def start_status(provider: str, actions: dict[str, dict[str, str]]) -> str:
    """The vendor status a demo resource starts in: one its first operation (pause, else resume) accepts,
    preferring one the adapter reads as running, so that pause -> resume ends running."""
    adapter = providers.load(provider)
    first = "pause" if Operation.PAUSE in adapter.operations else "resume"
    accepted = list(actions.get(first, {}))
    if not accepted:
        raise ValueError(f"{provider}: the fake's lifecycle has no {first} to demo")
    running = [s for s in accepted if adapter.statuses.get(s) is State.RUNNING]
    return (running or accepted)[0]


@dataclass(frozen=True)
class Step:
    provider: str
    operation: str
    state: str
    raw_status: str | None
    latency_ms: float


def _step(provider: str, operation: str, call: Any) -> Step:
    started = time.perf_counter()
    try:
        result = call()
    except errors.Unsupported:
        return Step(provider, operation, "unsupported", None, 0.0)
    elapsed = (time.perf_counter() - started) * 1000
    return Step(provider, operation, result.state.value, result.raw_status, round(elapsed, 1))


def walk(fakes: Any) -> list[Step]:
    from intermission import Client

    steps: list[Step] = []
    for provider in fakes.providers:
        actions = {k: dict(v) for k, v in fakes.fake(provider).store.lifecycle.actions.items()}
        resource = fakes.create(provider, status=start_status(provider, actions))
        with Client(provider, **fakes.options(provider)) as client:
            steps.append(_step(provider, "pause", lambda c=client, r=resource: c.pause(r)))
            steps.append(_step(provider, "status", lambda c=client, r=resource: c.status(r)))
            steps.append(
                _step(provider, "resume", lambda c=client, r=resource: c.resume(r, message="carry on"))
            )
            steps.append(_step(provider, "status", lambda c=client, r=resource: c.status(r)))
    return steps


def render(steps: list[Step]) -> str:
    header = ("provider", "operation", "state", "vendor status", "latency")
    rows = [header] + [
        (
            s.provider,
            s.operation,
            s.state,
            s.raw_status or "-",
            f"{s.latency_ms:.1f} ms" if s.latency_ms else "-",
        )
        for s in steps
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_demo(*, as_json: bool = False) -> int:
    from intermission.fakes import run_fakes

    with run_fakes() as fakes:
        steps = walk(fakes)
    if as_json:
        print(json.dumps([s.__dict__ for s in steps], sort_keys=True))
    else:
        print("Local vendor servers on 127.0.0.1; no API keys needed.\n")
        print(render(steps))
    expected_final = {s.provider: s.state for s in steps}
    return 0 if all(state == "running" for state in expected_final.values()) else 1
