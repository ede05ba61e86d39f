"""`make demo`: each provider through pause, status, resume, status, then pause-all, on the local fakes."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from intermission import errors, providers
from intermission.result import Operation, Result, State


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
class TimedOperation:
    """One facade call of the demo walk: the state it reported and how long it took."""

    provider: str
    operation: str
    state: str
    raw_status: str | None
    latency_ms: float


def _timed(provider: str, operation: str, call: Any) -> TimedOperation:
    started = time.perf_counter()
    try:
        result = call()
    except errors.Unsupported:
        return TimedOperation(provider, operation, "unsupported", None, 0.0)
    elapsed = (time.perf_counter() - started) * 1000
    return TimedOperation(provider, operation, result.state.value, result.raw_status, round(elapsed, 1))


def walk(fakes: Any) -> list[TimedOperation]:
    from intermission import Client

    steps: list[TimedOperation] = []
    for provider in fakes.providers:
        actions = {k: dict(v) for k, v in fakes.fake(provider).store.lifecycle.actions.items()}
        resource = fakes.create(provider, status=start_status(provider, actions))
        with Client(provider, **fakes.options(provider)) as client:
            steps.append(_timed(provider, "pause", lambda c=client, r=resource: c.pause(r)))
            steps.append(_timed(provider, "status", lambda c=client, r=resource: c.status(r)))
            steps.append(
                _timed(provider, "resume", lambda c=client, r=resource: c.resume(r, message="carry on"))
            )
            steps.append(_timed(provider, "status", lambda c=client, r=resource: c.status(r)))
    return steps


@dataclass(frozen=True)
class Sweep:
    provider: str
    seeded: str
    listed: int
    paused: int
    failed: int
    pages: int


SWEEP_SEED = {State.RUNNING: 4, State.PAUSED: 2}


def seed_counts(provider: str, actions: dict[str, dict[str, str]]) -> dict[str, int]:
    """``SWEEP_SEED`` in vendor statuses the fake knows (a state the fake cannot hold is left out)."""
    adapter = providers.load(provider)
    known = {status for moves in actions.values() for status in (*moves, *moves.values())}
    counts: dict[str, int] = {}
    for state, count in SWEEP_SEED.items():
        status = next((s for s, st in adapter.statuses.items() if st is state and s in known), None)
        if status is not None:
            counts[status] = count
    return counts


def sweep(fakes: Any) -> list[Sweep]:
    """``pause_all`` at each provider that can list and pause, over a few seeded agents of mixed states."""
    from intermission import pause_all

    sweeps: list[Sweep] = []
    for provider in fakes.providers:
        adapter = providers.load(provider)
        if not {Operation.LIST, Operation.PAUSE} <= adapter.operations.keys():
            continue
        actions = {k: dict(v) for k, v in fakes.fake(provider).store.lifecycle.actions.items()}
        counts = seed_counts(provider, actions)
        fakes.seed(provider, counts)
        report = pause_all(provider, **fakes.options(provider))
        paused = sum(1 for r in report.results if isinstance(r, Result) and r.state is State.PAUSED)
        seeded = ", ".join(f"{n} {status}" for status, n in counts.items())
        sweeps.append(Sweep(provider, seeded, len(report.listed), paused, len(report.failed), report.pages))
    return sweeps


def table(header: tuple[str, ...], body: Sequence[tuple[str, ...]]) -> str:
    rows = [header, *body]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render(steps: list[TimedOperation]) -> str:
    header = ("provider", "operation", "state", "vendor status", "latency")
    return table(
        header,
        [
            (
                s.provider,
                s.operation,
                s.state,
                s.raw_status or "-",
                f"{s.latency_ms:.1f} ms" if s.latency_ms else "-",
            )
            for s in steps
        ],
    )


def render_sweeps(sweeps: list[Sweep]) -> str:
    header = ("provider", "seeded", "listed running", "paused", "failed", "pages")
    rows = [(w.provider, w.seeded, str(w.listed), str(w.paused), str(w.failed), str(w.pages)) for w in sweeps]
    return table(header, rows)


def run_demo(*, as_json: bool = False) -> int:
    from intermission.fakes import run_fakes

    with run_fakes() as fakes:
        steps = walk(fakes)
        sweeps = sweep(fakes)
    if as_json:
        shown = {"steps": [s.__dict__ for s in steps], "pause_all": [w.__dict__ for w in sweeps]}
        print(json.dumps(shown, sort_keys=True))
    else:
        print("Local vendor servers on 127.0.0.1; no API keys needed.\n")
        print(render(steps))
        print("\npause_all(provider): list every running agent, pause each\n")
        print(render_sweeps(sweeps))
    expected_final = {s.provider: s.state for s in steps}
    walked = all(state == "running" for state in expected_final.values())
    swept = all(w.failed == 0 and w.paused == w.listed for w in sweeps)
    return 0 if walked and swept else 1
