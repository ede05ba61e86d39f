"""What each fake vendor remembers: its resources, their statuses and the documented transitions."""

from __future__ import annotations

import random
import threading
import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True)
class Lifecycle:
    """A vendor's statuses and which action moves which status where; everything else is refused."""

    statuses: tuple[str, ...]
    initial: str
    terminal: frozenset[str]
    actions: Mapping[str, Mapping[str, str]]  # action -> {from status: to status}


LIFECYCLES: dict[str, Lifecycle] = {
    "anchorbrowser": Lifecycle(
        statuses=("running", "paused", "completed", "failed", "terminated"),
        initial="running",
        terminal=frozenset({"completed", "failed", "terminated"}),
        actions={"pause": {"running": "paused"}, "resume": {"paused": "running"}},
    ),
    "agi": Lifecycle(
        statuses=("ready", "running", "waiting_for_input", "paused", "finished", "error"),
        initial="running",
        terminal=frozenset({"finished", "error"}),
        actions={
            "pause": {"running": "paused", "waiting_for_input": "paused"},
            "resume": {"paused": "running"},
        },
    ),
    "codegen": Lifecycle(
        statuses=("ACTIVE", "PAUSED", "COMPLETE", "FAILED", "ERROR", "CANCELLED"),
        initial="ACTIVE",
        terminal=frozenset({"COMPLETE", "FAILED", "ERROR", "CANCELLED"}),
        actions={"resume": {"PAUSED": "ACTIVE"}},
    ),
    "browser_use": Lifecycle(
        statuses=("created", "running", "paused", "finished", "stopped", "failed"),
        initial="created",
        terminal=frozenset({"finished", "stopped", "failed"}),
        actions={
            "pause": {"created": "paused", "running": "paused"},
            "resume": {"paused": "running"},
            "stop": {"created": "stopped", "running": "stopped", "paused": "stopped"},
        },
    ),
}

# Timestamps come from the seed, not the clock, so that two runs with one seed send the same bytes.
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Resource:
    id: str
    status: str
    created_at: str


class UnknownResource(LookupError):
    def __init__(self, resource_id: str) -> None:
        super().__init__(f"no resource {resource_id[:80]!r}")
        self.resource_id = resource_id


class WrongState(Exception):
    def __init__(self, resource: Resource, action: str) -> None:
        super().__init__(f"cannot {action} a resource that is {resource.status}")
        self.resource = resource
        self.action = action


@dataclass(frozen=True)
class Account:
    """Who the fake's one API key belongs to."""

    api_key: str
    org_id: int  # Codegen's organization; the other vendors have none


def derive_rng(seed: int, provider: str, purpose: str) -> random.Random:
    """A generator of its own for each provider and purpose: one stream never shifts another."""
    return random.Random(zlib.crc32(f"{seed}:{provider}:{purpose}".encode()))


def make_account(seed: int, provider: str) -> Account:
    rng = derive_rng(seed, provider, "account")
    return Account(api_key=f"fk_{provider}_{rng.getrandbits(96):024x}", org_id=rng.randrange(1000, 100_000))


def _uuid_ids(rng: random.Random) -> Callable[[int], str]:
    return lambda _n: str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _int_ids(rng: random.Random) -> Callable[[int], str]:
    start = rng.randrange(10_000, 90_000)
    return lambda n: str(start + n)


class Store:
    """One provider's resources. Thread-safe: the server thread and the test thread both use it."""

    def __init__(self, provider: str, seed: int) -> None:
        self.provider = provider
        self.lifecycle = LIFECYCLES[provider]
        self._seed = seed
        self._lock = threading.Lock()
        self._resources: dict[str, Resource] = {}
        self._new_id: Callable[[int], str] = str
        self.reset()

    def reset(self) -> None:
        """Forget every resource and start the id sequence again from the seed."""
        rng = derive_rng(self._seed, self.provider, "ids")
        with self._lock:
            self._resources.clear()
            self._new_id = _int_ids(rng) if self.provider == "codegen" else _uuid_ids(rng)

    def _check_status(self, status: str) -> None:
        if status not in self.lifecycle.statuses:
            known = ", ".join(self.lifecycle.statuses)
            raise ValueError(f"{self.provider} has no status {status!r} (known: {known})")

    def create(self, status: str | None = None) -> Resource:
        status = self.lifecycle.initial if status is None else status
        self._check_status(status)
        with self._lock:
            n = len(self._resources)
            created = (EPOCH + timedelta(minutes=n)).isoformat().replace("+00:00", "Z")
            resource = Resource(id=self._new_id(n), status=status, created_at=created)
            self._resources[resource.id] = resource
            return resource

    def get(self, resource_id: str) -> Resource:
        with self._lock:
            try:
                return self._resources[resource_id]
            except KeyError:
                raise UnknownResource(resource_id) from None

    def set_status(self, resource_id: str, status: str) -> Resource:
        self._check_status(status)
        with self._lock:
            if resource_id not in self._resources:
                raise UnknownResource(resource_id)
            resource = replace(self._resources[resource_id], status=status)
            self._resources[resource_id] = resource
            return resource

    def apply(self, resource_id: str, action: str) -> Resource:
        """Move a resource along its lifecycle, or raise WrongState and leave it as it is."""
        moves = self.lifecycle.actions[action]
        with self._lock:
            current = self._resources.get(resource_id)
            if current is None:
                raise UnknownResource(resource_id)
            if current.status not in moves:
                raise WrongState(current, action)
            resource = replace(current, status=moves[current.status])
            self._resources[resource_id] = resource
            return resource

    def all(self) -> list[Resource]:
        with self._lock:
            return list(self._resources.values())
