"""What each fake vendor remembers: its resources, their statuses and the documented transitions."""

from __future__ import annotations

import itertools
import random
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from intermission.fakes.transitions import Pending, Transitions


@dataclass(frozen=True)
class Lifecycle:
    """A vendor's statuses and which action moves which status where; everything else is refused.

    Each vendor declares its own in ``fakes/vendors/<provider>.py`` (``Wire.lifecycle``).
    """

    statuses: tuple[str, ...]
    initial: str
    terminal: frozenset[str]
    actions: Mapping[str, Mapping[str, str]]  # action -> {from status: to status}

    def __post_init__(self) -> None:
        named = {self.initial, *self.terminal}
        for moves in self.actions.values():
            named |= set(moves) | set(moves.values())
        unknown = sorted(named - set(self.statuses))
        if unknown:
            raise ValueError(f"statuses used but not listed: {', '.join(unknown)}")


# One seed call's bound: a test's thousands, not a runaway loop's millions.
MAX_SEED = 100_000

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
    """Who the fake's one API key belongs to, and the provider's extra settings (Codegen: its org_id)."""

    api_key: str
    settings: Mapping[str, str]  # setting name (the manifest's env keys) -> a number, as text


def derive_rng(seed: int, provider: str, purpose: str) -> random.Random:
    """A generator of its own for each provider and purpose: one stream never shifts another."""
    return random.Random(zlib.crc32(f"{seed}:{provider}:{purpose}".encode()))


def make_account(seed: int, provider: str, settings: Iterable[str] = ()) -> Account:
    rng = derive_rng(seed, provider, "account")
    key = f"fk_{provider}_{rng.getrandbits(96):024x}"
    return Account(key, {name: str(rng.randrange(1000, 100_000)) for name in sorted(settings)})


def _uuid_ids(rng: random.Random) -> Callable[[int], str]:
    return lambda _n: str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _int_ids(rng: random.Random) -> Callable[[int], str]:
    start = rng.randrange(10_000, 90_000)
    return lambda n: str(start + n)


class Store:
    """One provider's resources. Thread-safe: the server thread and the test thread both use it.

    ``clock`` (seconds, monotonic) times the "seconds" transitions; tests may inject their own.
    """

    def __init__(
        self,
        provider: str,
        seed: int,
        lifecycle: Lifecycle,
        *,
        integer_ids: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.provider = provider
        self.lifecycle = lifecycle
        self.clock = clock
        self._integer_ids = integer_ids
        self._seed = seed
        self._lock = threading.Lock()
        self._resources: dict[str, Resource] = {}
        self._pending: dict[str, Pending] = {}
        self._transitions = Transitions()
        self._new_id: Callable[[int], str] = str
        self.reset()

    def reset(self) -> None:
        """Forget every resource, settle transitions at once again, and restart the ids from the seed."""
        rng = derive_rng(self._seed, self.provider, "ids")
        with self._lock:
            self._resources.clear()
            self._pending.clear()
            self._transitions = Transitions()
            self._new_id = _int_ids(rng) if self._integer_ids else _uuid_ids(rng)

    @property
    def transitions(self) -> Transitions:
        return self._transitions

    def set_transitions(self, transitions: Transitions) -> None:
        """How transitions accepted from now on settle; the pending ones keep what is left of theirs."""
        with self._lock:
            self._transitions = transitions

    def pending(self, resource_id: str) -> str | None:
        """The status a pending transition will move the resource to, or None."""
        with self._lock:
            self._settle_due()
            found = self._pending.get(resource_id)
            return None if found is None else found.target

    def advance(self, resource_id: str | None = None) -> list[Resource]:
        """Settle the pending transition of one resource (or of every one) now; the resources moved."""
        with self._lock:
            if resource_id is not None and resource_id not in self._resources:
                raise UnknownResource(resource_id)
            chosen = list(self._pending) if resource_id is None else [resource_id]
            return [self._finish(rid) for rid in chosen if rid in self._pending]

    def _finish(self, resource_id: str) -> Resource:
        pending = self._pending.pop(resource_id)
        resource = replace(self._resources[resource_id], status=pending.target)
        self._resources[resource_id] = resource
        return resource

    def _settle_due(self) -> None:
        now = self.clock()
        for rid, pending in list(self._pending.items()):
            if pending.settled(now):
                self._finish(rid)

    def _check_status(self, status: str) -> None:
        if status not in self.lifecycle.statuses:
            known = ", ".join(self.lifecycle.statuses)
            raise ValueError(f"{self.provider} has no status {status!r} (known: {known})")

    def create(self, status: str | None = None) -> Resource:
        status = self.lifecycle.initial if status is None else status
        self._check_status(status)
        with self._lock:
            return self._add(status)

    def seed(self, counts: Mapping[str, int]) -> list[Resource]:
        """``counts[status]`` new resources of each status, interleaved; all or, on a bad count, none."""
        for status, count in counts.items():
            self._check_status(status)
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"the count of {status!r} must be a whole number >= 0, not {count!r}")
        if sum(counts.values()) > MAX_SEED:
            raise ValueError(f"at most {MAX_SEED} resources in one seed")
        runs = (itertools.repeat(status, count) for status, count in counts.items())
        order = [s for group in itertools.zip_longest(*runs) for s in group if s is not None]
        with self._lock:
            return [self._add(status) for status in order]

    def _add(self, status: str) -> Resource:
        n = len(self._resources)
        created = (EPOCH + timedelta(minutes=n)).isoformat().replace("+00:00", "Z")
        resource = Resource(id=self._new_id(n), status=status, created_at=created)
        self._resources[resource.id] = resource
        return resource

    def get(self, resource_id: str) -> Resource:
        """The resource as a vendor request sees it: this counts as a poll of a pending transition."""
        with self._lock:
            if resource_id not in self._resources:
                raise UnknownResource(resource_id)
            if resource_id in self._pending:
                self._pending[resource_id] = self._pending[resource_id].polled()
            self._settle_due()
            return self._resources[resource_id]

    def peek(self, resource_id: str) -> Resource:
        """The resource as the test sees it: no poll counted (a timed transition that is due settles)."""
        with self._lock:
            self._settle_due()
            try:
                return self._resources[resource_id]
            except KeyError:
                raise UnknownResource(resource_id) from None

    def set_status(self, resource_id: str, status: str) -> Resource:
        self._check_status(status)
        with self._lock:
            if resource_id not in self._resources:
                raise UnknownResource(resource_id)
            self._pending.pop(resource_id, None)
            resource = replace(self._resources[resource_id], status=status)
            self._resources[resource_id] = resource
            return resource

    def apply(self, resource_id: str, action: str) -> Resource:
        """Move a resource along its lifecycle, or raise WrongState and leave it as it is.

        Unless transitions are immediate, the move is only pending: the resource returned (and seen)
        keeps its status until the move settles. A new move replaces a pending one.
        """
        moves = self.lifecycle.actions[action]
        with self._lock:
            self._settle_due()
            current = self._resources.get(resource_id)
            if current is None:
                raise UnknownResource(resource_id)
            if current.status not in moves:
                raise WrongState(current, action)
            target = moves[current.status]
            mode = self._transitions
            if mode.mode == "immediate":
                self._pending.pop(resource_id, None)
                resource = replace(current, status=target)
                self._resources[resource_id] = resource
                return resource
            now = self.clock()
            self._pending[resource_id] = Pending(target, mode.mode, int(mode.after), now + mode.after)
            if self._pending[resource_id].settled(now):
                return self._finish(resource_id)
            return current

    def all(self) -> list[Resource]:
        with self._lock:
            self._settle_due()
            return list(self._resources.values())
