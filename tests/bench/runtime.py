"""The facade at run time, each against a baseline measured in the same run on the same local fakes.

The raw baselines check the status and decode the JSON body, as any caller that wants the outcome must;
the facade does that and more (ids, idempotence, error mapping, typed models).

The fakes run in a separate process (``python -m intermission.fakes``), as a vendor would: client and
server do not share an interpreter, so what is measured is the client's cost.

How noise is kept out (the machine is shared and small, and its timings drift by 10 % from second to
second): every comparison runs in several fresh worker processes (``WORKERS``), since the layout of one
interpreter's memory alone moves a result by a few percent; inside a worker the clients take turns call by
call, so a slow moment lands on all of them alike. A ratio is the median over the workers; for the fan-out,
whose runs are a second long, over every pair of adjacent runs in them.

- per-call overhead: sync pause/resume through the facade vs a raw ``httpx.Client`` sending the same requests,
  and the official anchorbrowser / agi-python SDKs vs the same raw baseline;
- fan-out: 1,000 pauses with ``pause_many`` vs ``httpx.AsyncClient`` + ``asyncio.gather`` (same concurrency),
  with the peak memory of each (tracemalloc);
- import time of the facade vs ``import httpx``, in fresh interpreters;
- Python bytecodes executed per call, facade vs raw, for the same sync and fan-out calls: a count, not a
  time, so the noise above does not reach it. It measures the Python-level work the facade adds (or saves:
  it skips httpx's cookie jar and second URL parse), not the work done in C.
"""

from __future__ import annotations

import asyncio
import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
import intermission

from tests.bench.report import Row

FAN_OUT = 1_000
WORKERS = 5  # fresh interpreters per comparison
CONCURRENCY = 16
PAIRS = 3  # timed runs of each client per fan-out worker, in alternating order
WARM_UP = 60  # pauses each client makes untimed in a fan-out worker first
PAUSABLE = ("anchorbrowser", "agi", "browser_use")  # Codegen has no pause endpoint

# How each vendor's pause and resume look on the wire, for the raw baseline.
RAW = {
    "anchorbrowser": ("POST", "/v1/sessions/{id}/agent/pause", "/v1/sessions/{id}/agent/resume"),
    "agi": ("POST", "/v1/sessions/{id}/pause", "/v1/sessions/{id}/resume"),
    "browser_use": ("PUT", "/api/v1/pause-task?task_id={id}", "/api/v1/resume-task?task_id={id}"),
}


class RemoteFakes:
    """The fakes served by another process, seeded through their ``/_fake`` admin routes."""

    def __init__(self, banner: dict[str, tuple[str, str]]) -> None:
        self.banner = banner
        self._admin = httpx.Client(timeout=10)

    def base_url(self, provider: str) -> str:
        return self.banner[provider][0]

    def api_key(self, provider: str) -> str:
        return self.banner[provider][1]

    def create(self, provider: str, status: str) -> str:
        answer = self._admin.post(f"{self.base_url(provider)}/_fake/resources", json={"status": status})
        answer.raise_for_status()
        return str(answer.json()["id"])

    def seed(self, provider: str, status: str, count: int) -> list[str]:
        answer = self._admin.post(f"{self.base_url(provider)}/_fake/seed", json={status: count})
        answer.raise_for_status()
        return [str(resource["id"]) for resource in answer.json()]

    def reset(self) -> None:
        for provider in self.banner:
            self._admin.post(f"{self.base_url(provider)}/_fake/reset").raise_for_status()


@contextmanager
def remote_fakes() -> Iterator[RemoteFakes]:
    command = [sys.executable, "-m", "intermission.fakes", *PAUSABLE]
    server = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    )
    try:
        banner: dict[str, tuple[str, str]] = {}
        assert server.stdout is not None
        while len(banner) < len(PAUSABLE):
            line = server.stdout.readline()
            if not line:
                raise RuntimeError("the fake vendor servers exited before printing their URLs")
            match = re.match(r"(\w+)\s+(http://\S+)\s+export \w+=(\S+)", line)
            if match:
                banner[match[1]] = (match[2], match[3])
        yield RemoteFakes(banner)
    finally:
        server.terminate()
        server.wait(timeout=10)


def auth_headers(fakes: RemoteFakes, provider: str) -> dict[str, str]:
    key = fakes.api_key(provider)
    return {"anchor-api-key": key} if provider == "anchorbrowser" else {"Authorization": f"Bearer {key}"}


Pair = tuple[Callable[[], object], Callable[[], object]]
T = TypeVar("T")


def take_turns(pairs: dict[str, Pair], turns: int = 400) -> dict[str, float]:
    """Median seconds of one pause+resume pair for each client; the clients take turns pair by pair.

    The order rotates from turn to turn, so no client always runs first.
    """
    samples: dict[str, list[float]] = {name: [] for name in pairs}
    names = list(pairs)
    for pause, resume in pairs.values():  # warm up connections and code paths
        for _ in range(20):
            pause()
            resume()
    clock = time.perf_counter
    for turn in range(turns):
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            pause, resume = pairs[name]
            start = clock()
            pause()
            resume()
            samples[name].append(clock() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


@contextmanager
def clients_for(fakes: RemoteFakes, provider: str, sid: str) -> Iterator[dict[str, Pair]]:
    method, pause_path, resume_path = RAW[provider]
    key, url = fakes.api_key(provider), fakes.base_url(provider)
    with (
        httpx.Client(base_url=url, headers=auth_headers(fakes, provider)) as raw,
        intermission.Client(provider, api_key=key, base_url=url) as facade,
    ):
        pairs: dict[str, Pair] = {
            "raw": (
                lambda: raw.request(method, pause_path.format(id=sid)).raise_for_status().json(),
                lambda: raw.request(method, resume_path.format(id=sid)).raise_for_status().json(),
            ),
            "facade": (lambda: facade.pause(sid), lambda: facade.resume(sid)),
        }
        if provider == "anchorbrowser":
            import anchorbrowser

            with anchorbrowser.Anchorbrowser(api_key=key, base_url=url, max_retries=0) as sdk:
                pairs["sdk"] = (lambda: sdk.agent.pause_agent(sid), lambda: sdk.agent.resume_agent(sid))
                yield pairs
            return
        if provider == "agi":
            import agi

            agi_sdk = agi.AGIClient(api_key=key, base_url=url)
            pairs["sdk"] = (lambda: agi_sdk.sessions.pause(sid), lambda: agi_sdk.sessions.resume(sid))
        yield pairs


def overhead_worker(fakes: RemoteFakes, provider: str) -> dict[str, float]:
    """One worker's medians (seconds per pause+resume) for each client of ``provider``."""
    sid = fakes.create(provider, status="running")
    with clients_for(fakes, provider, sid) as pairs:
        return take_turns(pairs)


def overhead_rows(fakes: RemoteFakes) -> list[Row]:
    rows = []
    for provider in ("anchorbrowser", "agi", "browser_use"):
        runs = in_workers(fakes, "overhead", provider)
        raw = statistics.median(run["raw"] for run in runs)
        baseline = f"raw httpx.Client {raw * 500:.3f} ms/call"
        for name, label, target in (
            ("facade", f"facade sync pause+resume, {provider}", "<= 1.10x"),
            ("sdk", f"official {provider} SDK pause+resume", "for comparison"),
        ):
            if name in runs[0]:
                ratios = [run[name] / run["raw"] for run in runs]
                measured = f"{statistics.median(run[name] for run in runs) * 500:.3f} ms/call"
                rows.append(
                    Row(label, measured, baseline + spread(ratios), statistics.median(ratios), target)
                )
    return rows


def spread(ratios: list[float], of: str = "workers") -> str:
    return f"; {len(ratios)} {of} {min(ratios):.2f}-{max(ratios):.2f}x"


def in_worker(fakes: RemoteFakes, job: str, *args: str) -> dict[str, Any]:
    """Run ``job`` in a fresh interpreter against ``fakes``; what it printed."""
    env = {**os.environ, "INTERMISSION_BENCH_FAKES": json.dumps(fakes.banner)}
    command = [sys.executable, "-m", "tests.bench.runtime", job, *args]
    return dict(
        json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
    )


def in_workers(fakes: RemoteFakes, job: str, *args: str) -> list[dict[str, Any]]:
    """Run ``job`` in ``WORKERS`` fresh interpreters, one after another, against the same fakes."""
    return [in_worker(fakes, job, *args) for _ in range(WORKERS)]


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    box = [0]
    tracemalloc.start()
    try:
        yield box
    finally:
        box[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def seed_sessions(fakes: RemoteFakes, count: int = FAN_OUT) -> list[tuple[str, str]]:
    """``count`` running sessions, the providers taking turns item by item."""
    fakes.reset()
    share = -(-count // len(PAUSABLE))
    ids = {provider: iter(fakes.seed(provider, "running", share)) for provider in PAUSABLE}
    return [(PAUSABLE[i % len(PAUSABLE)], next(ids[PAUSABLE[i % len(PAUSABLE)]])) for i in range(count)]


async def raw_fan_out(fakes: RemoteFakes, items: list[tuple[str, str]]) -> None:
    limits = httpx.Limits(max_connections=CONCURRENCY)
    clients = {
        p: httpx.AsyncClient(base_url=fakes.base_url(p), headers=auth_headers(fakes, p), limits=limits)
        for p in PAUSABLE
    }
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(provider: str, sid: str) -> None:
        method, pause_path, _ = RAW[provider]
        async with gate:
            (await clients[provider].request(method, pause_path.format(id=sid))).raise_for_status().json()

    try:
        await asyncio.gather(*(one(p, s) for p, s in items))
    finally:
        for client in clients.values():
            await client.aclose()


def alternate(
    runs: dict[str, Callable[[T], object]], prepare: Callable[[], T], warm_up: Callable[[], T]
) -> dict[str, list[float]]:
    """Seconds of ``PAIRS`` timed runs of each of the two ``runs``, in alternating order, each on what an
    untimed ``prepare()`` returns; after one untimed run of each on ``warm_up()``.

    The warm-up matters: the facade's first call imports the generated clients (a cost the import rows
    measure). Without it, one of the facade's timed runs would pay that and none of the baseline's.
    """
    first, second = runs
    for run in runs.values():
        run(warm_up())
    times: dict[str, list[float]] = {name: [] for name in runs}
    for pair in range(PAIRS):
        for name in (first, second) if pair % 2 == 0 else (second, first):
            given = prepare()
            start = time.perf_counter()
            runs[name](given)
            times[name].append(time.perf_counter() - start)
    return times


def pair_ratios(runs: list[dict[str, Any]]) -> list[float]:
    """Baseline time over facade time for every pair of adjacent runs of every worker (a pair shares the
    machine's moment): throughput ratios."""
    return [raw / facade for run in runs for raw, facade in zip(run["raw"], run["facade"], strict=True)]


def fan_out_worker(fakes: RemoteFakes) -> dict[str, Any]:
    """One worker's seconds for each run of 1,000 pauses each way, in alternating order (``PAIRS`` runs
    each), and each one's peak memory."""
    options = {p: {"api_key": fakes.api_key(p), "base_url": fakes.base_url(p)} for p in PAUSABLE}

    def raw_run(items: list[tuple[str, str]]) -> None:
        asyncio.run(raw_fan_out(fakes, items))

    def facade_run(items: list[tuple[str, str]]) -> None:
        outcomes = intermission.pause_many(items, concurrency=CONCURRENCY, options=options)  # type: ignore[arg-type]
        failures = [o for o in outcomes if not isinstance(o, intermission.Result)]
        if failures:
            raise RuntimeError(f"{len(failures)} pauses failed in the benchmark, e.g. {failures[0]!r}")

    runs = {"raw": raw_run, "facade": facade_run}
    result: dict[str, Any] = alternate(
        runs, lambda: seed_sessions(fakes), lambda: seed_sessions(fakes, WARM_UP)
    )
    # Memory in separate runs: tracemalloc slows Python down several times over.
    for name, run in runs.items():
        items = seed_sessions(fakes)
        with peak_memory() as peak:
            run(items)
        result[f"{name}_peak"] = peak[0]
    return result


def fan_out_rows(fakes: RemoteFakes) -> list[Row]:
    runs = in_workers(fakes, "fan-out")
    ratios = pair_ratios(runs)

    def rate(name: str) -> str:
        return f"{FAN_OUT / statistics.median(t for run in runs for t in run[name]):,.0f}/s"

    def peak(name: str) -> str:
        return f"peak {statistics.median(run[f'{name}_peak'] for run in runs) / 2**20:.1f} MiB"

    return [
        Row(
            f"pause_many, {FAN_OUT} pauses over {len(PAUSABLE)} providers",
            f"{rate('facade')}, {peak('facade')}",
            f"raw AsyncClient+gather {rate('raw')}, {peak('raw')}{spread(ratios, 'pairs')}",
            statistics.median(ratios),
            ">= 0.9x throughput",
        )
    ]


def import_seconds(statements: dict[str, str], runs: int = 15) -> dict[str, float]:
    """Fastest of ``runs`` fresh interpreters for each statement, taking turns statement by statement (so a
    busy moment of the machine does not land on one statement's samples only)."""
    samples: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(runs):
        for name, statement in statements.items():
            code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            samples[name].append(float(out.stdout))
    return {name: min(values) for name, values in samples.items()}


def compile_facade() -> None:
    """Byte-compile the facade, as installing a wheel does, so that what is timed is importing it.

    An editable install leaves compiling to the first import, and with ``PYTHONDONTWRITEBYTECODE`` set
    every import would compile the changed modules again; httpx, installed from a wheel, never pays that.
    """
    compileall.compile_dir(os.path.dirname(intermission.__file__), quiet=1)


def import_rows() -> list[Row]:
    compile_facade()
    times = import_seconds(
        {
            "httpx": "import httpx",
            "bare": "import intermission",
            "ready": "import intermission; intermission.Client",
        }
    )
    httpx_time, bare, ready = times["httpx"], times["bare"], times["ready"]
    return [
        Row(
            "import intermission",
            f"{bare * 1000:.1f} ms",
            f"import httpx {httpx_time * 1000:.1f} ms",
            bare / httpx_time,
            "<= 1.3x",
        ),
        Row(
            "import intermission + Client (loads httpx)",
            f"{ready * 1000:.1f} ms",
            f"import httpx {httpx_time * 1000:.1f} ms",
            ready / httpx_time,
            "<= 1.3x",
        ),
    ]


def bytecodes_per_call(fn: Callable[[], object], calls: int) -> float:
    """Python bytecodes executed per call of ``fn`` (``sys.settrace`` opcode events), after one call
    untimed."""
    fn()
    count = 0

    def trace(frame: Any, event: str, arg: object) -> Any:
        nonlocal count
        if event == "opcode":
            count += 1
        else:
            frame.f_trace_opcodes = True
        return trace

    sys.settrace(trace)
    try:
        for _ in range(calls):
            fn()
    finally:
        sys.settrace(None)
    return count / calls


def bytecodes_worker(fakes: RemoteFakes) -> dict[str, Any]:
    """Bytecodes per sync pause+resume for each provider, and per pause of a fan-out, raw and facade."""
    result: dict[str, Any] = {}
    for provider in PAUSABLE:
        sid = fakes.create(provider, status="running")
        with clients_for(fakes, provider, sid) as pairs:
            result[provider] = {
                name: bytecodes_per_call(lambda pair=pairs[name]: (pair[0](), pair[1]()), calls=30)
                for name in ("raw", "facade")
            }
    options = {p: {"api_key": fakes.api_key(p), "base_url": fakes.base_url(p)} for p in PAUSABLE}
    size = 150
    fan_out = {
        "raw": lambda: asyncio.run(raw_fan_out(fakes, seed_sessions(fakes, size))),
        "facade": lambda: intermission.pause_many(
            seed_sessions(fakes, size),
            concurrency=CONCURRENCY,
            options=options,  # type: ignore[arg-type]
        ),
    }
    # seeding is counted too, on both sides alike: a few bytecodes per item against tens of thousands
    result["fan-out"] = {name: bytecodes_per_call(run, calls=1) / size for name, run in fan_out.items()}
    return result


def bytecode_rows(fakes: RemoteFakes) -> list[Row]:
    counts = in_worker(fakes, "bytecodes")
    rows = []
    for key, label in [
        *((p, f"Python bytecodes per sync pause+resume, {p}") for p in PAUSABLE),
        ("fan-out", "Python bytecodes per pause of pause_many"),
    ]:
        raw, facade = counts[key]["raw"], counts[key]["facade"]
        rows.append(Row(label, f"{facade:,.0f}", f"raw httpx {raw:,.0f}", facade / raw, "<= 1.10x"))
    return rows


def rows() -> list[Row]:
    out: list[Row] = []
    with remote_fakes() as fakes:
        out += overhead_rows(fakes)
        out += fan_out_rows(fakes)
        out += bytecode_rows(fakes)
    out += import_rows()
    return out


def worker_main(argv: list[str]) -> int:
    """``python -m tests.bench.runtime overhead PROVIDER | fan-out | bytecodes``: one worker; prints JSON."""
    banner = {
        name: (url, key) for name, (url, key) in json.loads(os.environ["INTERMISSION_BENCH_FAKES"]).items()
    }
    fakes = RemoteFakes(banner)
    if len(argv) == 2 and argv[0] == "overhead" and argv[1] in RAW:
        result = overhead_worker(fakes, argv[1])
    elif argv == ["fan-out"]:
        result = fan_out_worker(fakes)
    elif argv == ["bytecodes"]:
        result = bytecodes_worker(fakes)
    else:
        usage = f"usage: python -m tests.bench.runtime overhead {{{','.join(RAW)}}} | fan-out | bytecodes"
        print(usage, file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1:]))
