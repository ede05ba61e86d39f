"""Pause-all against a baseline measured in the same run on the same local fake.

``intermission.pause_all("anchorbrowser")`` over 1,000 running sessions (20 pages of 50, then 1,000 pauses)
vs a raw ``httpx.AsyncClient`` doing the same: the same pages one after another, decoding each, then the
same pauses with the same concurrency. The fake runs in another process (``tests.bench.runtime``'s
``remote_fakes``); each comparison runs in ``WORKERS`` fresh interpreters, each of which first runs both
clients untimed on a few sessions (the facade's first call imports the generated client), then ``PAIRS``
timed runs of each, alternating. The ratio is the median over every pair of adjacent runs. Seeding (reset,
then 1,000 running sessions) is not timed.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable

import httpx
import intermission

from tests.bench.report import Row
from tests.bench.runtime import (
    CONCURRENCY,
    WARM_UP,
    WORKERS,
    RemoteFakes,
    alternate,
    auth_headers,
    pair_ratios,
    remote_fakes,
    spread,
)

SESSIONS = 1_000
PROVIDER = "anchorbrowser"
PAGE = 50  # the largest page Anchor serves


def seed(fakes: RemoteFakes, count: int = SESSIONS) -> int:
    """Reset, then ``count`` running sessions; returns ``count``."""
    url = fakes.base_url(PROVIDER)
    with httpx.Client(timeout=30) as admin:
        admin.post(f"{url}/_fake/reset").raise_for_status()
        admin.post(f"{url}/_fake/seed", json={"running": count}).raise_for_status()
    return count


async def raw_pause_all(fakes: RemoteFakes) -> int:
    limits = httpx.Limits(max_connections=CONCURRENCY)
    headers = auth_headers(fakes, PROVIDER)
    async with httpx.AsyncClient(base_url=fakes.base_url(PROVIDER), headers=headers, limits=limits) as client:
        ids: list[str] = []
        number, pages = 1, 1
        while number <= pages:
            query = {"page": number, "limit": PAGE, "status": "running"}
            body = (await client.get("/v1/sessions", params=query)).raise_for_status().json()["data"]
            ids += [session["id"] for session in body["sessions"]]
            number, pages = number + 1, int(body["total_pages"])
        gate = asyncio.Semaphore(CONCURRENCY)

        async def pause(sid: str) -> None:
            async with gate:
                (await client.post(f"/v1/sessions/{sid}/agent/pause")).raise_for_status().json()

        await asyncio.gather(*(pause(sid) for sid in ids))
        return len(ids)


def facade_pause_all(fakes: RemoteFakes) -> int:
    report = intermission.pause_all(
        PROVIDER,
        concurrency=CONCURRENCY,
        api_key=fakes.api_key(PROVIDER),
        base_url=fakes.base_url(PROVIDER),
    )
    if not report.ok:
        raise RuntimeError(
            f"pause_all failed in the benchmark: {report.failed[:1]!r} {report.listing_error!r}"
        )
    return len(report.results)


def worker(fakes: RemoteFakes) -> dict[str, list[float]]:
    """Seconds of each client's timed pause-alls (``runtime.alternate``)."""

    def checked(name: str, run: Callable[[], int]) -> Callable[[int], None]:
        def timed(seeded: int) -> None:
            paused = run()
            if paused != seeded:
                raise RuntimeError(f"{name} paused {paused} of {seeded} sessions")

        return timed

    runs = {
        "raw": checked("raw", lambda: asyncio.run(raw_pause_all(fakes))),
        "facade": checked("facade", lambda: facade_pause_all(fakes)),
    }
    return alternate(runs, lambda: seed(fakes), lambda: seed(fakes, WARM_UP))


def rows() -> list[Row]:
    with remote_fakes() as fakes:
        env = {**os.environ, "INTERMISSION_BENCH_FAKES": json.dumps(fakes.banner)}
        command = [sys.executable, "-m", "tests.bench.sweep"]
        runs = [
            json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
            for _ in range(WORKERS)
        ]
    ratios = pair_ratios(runs)

    def rate(name: str) -> str:
        return f"{SESSIONS / statistics.median(t for run in runs for t in run[name]):,.0f} sessions/s"

    return [
        Row(
            f"pause-all of {SESSIONS:,} running sessions at one fake (list + pause)",
            rate("facade"),
            f"raw AsyncClient, same pages and pauses {rate('raw')}{spread(ratios, 'pairs')}",
            statistics.median(ratios),
            ">= 0.9x throughput",
        )
    ]


if __name__ == "__main__":
    banner = json.loads(os.environ["INTERMISSION_BENCH_FAKES"])
    print(json.dumps(worker(RemoteFakes({name: (url, key) for name, (url, key) in banner.items()}))))
