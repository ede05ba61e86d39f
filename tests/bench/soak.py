"""The fault soak (issue 20): N facade calls (default 2,000; ``INTERMISSION_SOAK_CALLS``) against the fakes
under mixed injected faults, counting what must never happen:

- a call that runs past its deadline (plus a small bound);
- a transition sent again after the vendor had applied it (the fake's lifecycle sees every request that
  reaches it: a second request for a resource after one was applied is that);
- a false success: a result whose state the vendor does not have;
- an exception that is not an ``IntermissionError``.

Each call gets a fresh resource in the state its operation starts from, so every count is exact. Long hangs
are injected on status reads only: a transition held past its attempt's timeout is a "late original" that
the vendor applies after the facade legitimately sent it again (the status read showed it had not
happened), which would count as a re-send here without being one.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from intermission import Client, IntermissionError, Result
from intermission.fakes import FakeVendors, Fault, run_fakes
from intermission.fakes.state import Resource, Store
from intermission.transport import RetryPolicy, Timeouts

from tests.bench.report import Row
from tests.wrappers.conftest import PAUSED, RUNNING, STATUS

CALLS = int(os.environ.get("INTERMISSION_SOAK_CALLS", "2000"))
TIMEOUTS = Timeouts(connect=0.5, total=0.4, deadline=1.5)
BOUND = 0.5  # seconds a call may take beyond its deadline
RETRY = RetryPolicy(max_retries=3, initial_backoff=0.01, max_backoff=0.05, max_retry_after=0.05)
SEED = 20

# Each provider's calls: (operation, the status its resource starts in).
PLANS: dict[str, list[tuple[str, str]]] = {
    "anchorbrowser": [
        ("pause", RUNNING["anchorbrowser"]),
        ("resume", PAUSED["anchorbrowser"]),
        ("status", "running"),
    ],
    "agi": [("pause", RUNNING["agi"]), ("resume", PAUSED["agi"]), ("status", "running")],
    "codegen": [("resume", PAUSED["codegen"]), ("status", "ACTIVE")],
    "browser_use": [
        ("pause", RUNNING["browser_use"]),
        ("resume", PAUSED["browser_use"]),
        ("stop", RUNNING["browser_use"]),
        ("status", "running"),
    ],
}

FAULTS = [
    Fault.latency(0.02, probability=0.1),
    Fault.reset_before(probability=0.04),
    Fault.reset_after(probability=0.05),
    Fault.truncated_body(probability=0.04),
    Fault.html_error(502, probability=0.04),
    Fault.status(503, probability=0.04),
    Fault.status(504, probability=0.02),
    Fault.status(500, probability=0.01),
    Fault.rate_limit("nan", probability=0.02),
    Fault.rate_limit(0.01, probability=0.02),
    Fault.wrong_content_type(probability=0.02),
]
HANG = Fault.latency(2.0, probability=0.04)  # past the attempt's timeout; status reads only


@dataclass
class Tally:
    calls: int = 0
    hangs: int = 0
    resent: int = 0
    false_successes: int = 0
    untyped: int = 0
    slowest: float = 0.0
    outcomes: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


class AppliedLog:
    """Wraps a fake's ``Store.apply``: which resources had a transition applied, and requests after that."""

    def __init__(self, store: Store) -> None:
        self._apply = store.apply
        self.applied: set[str] = set()
        self.after_applied: Counter[str] = Counter()
        store.apply = self.apply  # type: ignore[method-assign]

    def apply(self, resource_id: str, action: str) -> Resource:
        if resource_id in self.applied:
            self.after_applied[resource_id] += 1
        resource = self._apply(resource_id, action)  # WrongState propagates: the fake answers it
        self.applied.add(resource_id)
        return resource


def arm(fakes: FakeVendors, provider: str) -> None:
    for fault in FAULTS:
        fakes.inject(provider, fault)
    fakes.inject(provider, HANG, operation=STATUS[provider])


def one_call(client: Client, operation: str, sid: str, provider: str) -> Result:
    if operation == "resume":
        message = "deploy to prod" if provider == "codegen" else None
        return client.resume(sid, message)
    result: Result = getattr(client, operation)(sid)
    return result


def soak_provider(fakes: FakeVendors, provider: str, calls: int, tally: Tally) -> None:
    log = AppliedLog(fakes.fake(provider).store)
    options: dict[str, Any] = {"api_key": fakes.api_key(provider), "base_url": fakes.base_url(provider)}
    if provider == "codegen":
        options["org_id"] = fakes.codegen_org_id
    plan = PLANS[provider]
    with Client(provider, timeout=TIMEOUTS, retries=RETRY, **options) as client:
        adapter = client._engine.adapter
        for i in range(calls):
            operation, start = plan[i % len(plan)]
            sid = fakes.create(provider, status=start)
            began = time.monotonic()
            outcome = "?"
            false_success = untyped = False
            try:
                result = one_call(client, operation, sid, provider)
                outcome = f"{operation} ok"
                vendor_state = adapter.state_of(fakes.status(provider, sid))
                false_success = result.state is not vendor_state
            except IntermissionError as exc:
                outcome = f"{operation} {type(exc).__name__}"
            except Exception as exc:  # what the soak exists to catch
                outcome = f"{operation} untyped {type(exc).__name__}"
                untyped = True
            elapsed = time.monotonic() - began
            with tally.lock:
                tally.calls += 1
                tally.hangs += elapsed > (TIMEOUTS.deadline or 0.0) + BOUND
                tally.slowest = max(tally.slowest, elapsed)
                tally.false_successes += false_success
                tally.untyped += untyped
                tally.outcomes[outcome] += 1
    time.sleep(TIMEOUTS.total)  # let held answers reach the fake before counting
    with tally.lock:
        tally.resent += sum(log.after_applied.values())


def soak(calls: int = CALLS) -> Tally:
    tally = Tally()
    with run_fakes(seed=SEED) as fakes:
        for provider in PLANS:
            arm(fakes, provider)
        share = {p: calls // len(PLANS) + (i < calls % len(PLANS)) for i, p in enumerate(PLANS)}
        threads = [
            threading.Thread(target=soak_provider, args=(fakes, p, share[p], tally), name=f"soak-{p}")
            for p in PLANS
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return tally


def rows() -> list[Row]:
    tally = soak()
    n = tally.calls
    counts = [
        (f"fault soak: hangs past deadline+{BOUND:g} s", tally.hangs),
        ("fault soak: transitions sent twice", tally.resent),
        ("fault soak: false successes", tally.false_successes),
        ("fault soak: untyped errors", tally.untyped),
    ]
    typed = sum(v for k, v in tally.outcomes.items() if not k.endswith(" ok"))
    context = f"{n} calls, {typed} typed errors, slowest {tally.slowest:.2f} s"
    return [Row(name, str(count), context, None, "0") for name, count in counts]


if __name__ == "__main__":
    result = soak()
    for name, count in sorted(result.outcomes.items()):
        print(f"{count:6d}  {name}")
    print(
        f"calls {result.calls}  hangs {result.hangs}  resent {result.resent}  "
        f"false successes {result.false_successes}  untyped {result.untyped}  slowest {result.slowest:.2f} s"
    )
