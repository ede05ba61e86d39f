"""The facade at run time, each against a baseline measured in the same run on the same local fakes.

The raw baselines check the status and decode the JSON body, as any caller that wants the outcome must;
the facade does that and more (ids, idempotence, error mapping, typed models).

The fakes run in a separate process (``python -m intermission.fakes``), as a vendor would: client and
server do not share an interpreter, so what is measured is the client's cost.

- per-call overhead: sync pause/resume through the facade vs a raw ``httpx.Client`` sending the same requests,
  and the official anchorbrowser / agi-python SDKs vs the same raw baseline;
- fan-out: 1,000 pauses with ``pause_many`` vs ``httpx.AsyncClient`` + ``asyncio.gather`` (same concurrency),
  with the peak memory of each (tracemalloc);
- import time of the facade vs ``import httpx``, in fresh interpreters.
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import intermission

from tests.bench.report import Row

FAN_OUT = 1_000
CONCURRENCY = 16
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
        self._banner = banner
        self._admin = httpx.Client(timeout=10)

    def base_url(self, provider: str) -> str:
        return self._banner[provider][0]

    def api_key(self, provider: str) -> str:
        return self._banner[provider][1]

    def create(self, provider: str, status: str) -> str:
        answer = self._admin.post(f"{self.base_url(provider)}/_fake/resources", json={"status": status})
        answer.raise_for_status()
        return str(answer.json()["id"])

    def reset(self) -> None:
        for provider in self._banner:
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


def interleaved(pairs: dict[str, Pair], rounds: int = 9, per_round: int = 40) -> dict[str, float]:
    """Median seconds of one pause+resume pair for each client, measured round-robin.

    Interleaving the clients' samples keeps a slow moment of a shared machine from landing on one of them.
    """
    samples: dict[str, list[float]] = {name: [] for name in pairs}
    for pause, resume in pairs.values():  # warm up connections and code paths
        pause()
        resume()
    for _ in range(rounds):
        for name, (pause, resume) in pairs.items():
            start = time.perf_counter()
            for _ in range(per_round):
                pause()
                resume()
            samples[name].append((time.perf_counter() - start) / per_round)
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


def overhead_rows(fakes: RemoteFakes) -> list[Row]:
    rows = []
    for provider in ("anchorbrowser", "agi", "browser_use"):
        sid = fakes.create(provider, status="running")
        with clients_for(fakes, provider, sid) as pairs:
            times = interleaved(pairs)
        raw = times["raw"]
        baseline = f"raw httpx.Client {raw * 500:.3f} ms/call"
        rows.append(
            Row(
                f"facade sync pause+resume, {provider}",
                f"{times['facade'] * 500:.3f} ms/call",
                baseline,
                times["facade"] / raw,
                "<= 1.10x",
            )
        )
        if "sdk" in times:
            rows.append(
                Row(
                    f"official {provider} SDK pause+resume",
                    f"{times['sdk'] * 500:.3f} ms/call",
                    baseline,
                    times["sdk"] / raw,
                    "for comparison",
                )
            )
    return rows


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    box = [0]
    tracemalloc.start()
    try:
        yield box
    finally:
        box[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def seed_sessions(fakes: RemoteFakes) -> list[tuple[str, str]]:
    fakes.reset()
    return [
        (PAUSABLE[i % len(PAUSABLE)], fakes.create(PAUSABLE[i % len(PAUSABLE)], status="running"))
        for i in range(FAN_OUT)
    ]


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


def fan_out_rows(fakes: RemoteFakes) -> list[Row]:
    options = {p: {"api_key": fakes.api_key(p), "base_url": fakes.base_url(p)} for p in PAUSABLE}

    def raw_run(items: list[tuple[str, str]]) -> None:
        asyncio.run(raw_fan_out(fakes, items))

    def facade_run(items: list[tuple[str, str]]) -> None:
        outcomes = intermission.pause_many(items, concurrency=CONCURRENCY, options=options)  # type: ignore[arg-type]
        failures = [o for o in outcomes if not isinstance(o, intermission.Result)]
        if failures:
            raise RuntimeError(f"{len(failures)} pauses failed in the benchmark, e.g. {failures[0]!r}")

    raw = _timed_median(raw_run, fakes)
    facade = _timed_median(facade_run, fakes)
    # Memory in separate runs: tracemalloc slows Python down several times over.
    items = seed_sessions(fakes)
    with peak_memory() as raw_peak:
        raw_run(items)
    items = seed_sessions(fakes)
    with peak_memory() as facade_peak:
        facade_run(items)
    return [
        Row(
            f"pause_many, {FAN_OUT} pauses over {len(PAUSABLE)} providers",
            f"{FAN_OUT / facade:,.0f}/s, peak {facade_peak[0] / 2**20:.1f} MiB",
            f"raw AsyncClient+gather {FAN_OUT / raw:,.0f}/s, peak {raw_peak[0] / 2**20:.1f} MiB",
            raw / facade,
            ">= 0.9x throughput",
        )
    ]


def _timed_median(run: Callable[[list[tuple[str, str]]], None], fakes: RemoteFakes, repeat: int = 3) -> float:
    """Median seconds of ``run`` over freshly seeded sessions (seeding is not timed)."""
    samples = []
    for _ in range(repeat):
        items = seed_sessions(fakes)
        start = time.perf_counter()
        run(items)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def import_seconds(statement: str, runs: int = 15) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    samples = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return min(samples)


def import_rows() -> list[Row]:
    httpx_time = import_seconds("import httpx")
    bare = import_seconds("import intermission")
    ready = import_seconds("import intermission; intermission.Client")
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


def rows() -> list[Row]:
    out: list[Row] = []
    with remote_fakes() as fakes:
        out += overhead_rows(fakes)
        out += fan_out_rows(fakes)
    out += import_rows()
    return out
