"""``run_fakes``: start fakes of some or all providers and hand back one object to seed and inspect them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from intermission.fakes.app import ProviderFake
from intermission.fakes.faults import Fault
from intermission.fakes.records import RecordedRequest, ServerBug
from intermission.fakes.server import ServerThread
from intermission.fakes.spec import PROVIDERS, package_for
from intermission.fakes.transitions import Transitions


class FakeVendors:
    """The running fakes, by provider name; ``url`` gives each one's base URL."""

    def __init__(self, fakes: dict[str, ProviderFake], url: Callable[[str], str]) -> None:
        self._fakes = fakes
        self._url = url

    @property
    def providers(self) -> tuple[str, ...]:
        return tuple(self._fakes)

    def fake(self, provider: str) -> ProviderFake:
        package_for(provider)  # a clear error for a name that is no provider at all
        try:
            return self._fakes[provider]
        except KeyError:
            running = ", ".join(self._fakes)
            raise ValueError(f"the {provider} fake is not running (running: {running})") from None

    def base_url(self, provider: str) -> str:
        self.fake(provider)
        return self._url(provider)

    def api_key(self, provider: str) -> str:
        return self.fake(provider).account.api_key

    def settings(self, provider: str) -> dict[str, str]:
        """The provider's extra settings the fake expects (Codegen: ``org_id``), by setting name."""
        return dict(self.fake(provider).account.settings)

    def options(self, provider: str) -> dict[str, str]:
        """``Client(provider, **fakes.options(provider))`` talks to this fake."""
        return {
            "api_key": self.api_key(provider),
            "base_url": self.base_url(provider),
            **self.settings(provider),
        }

    def environ(self, provider: str) -> dict[str, str]:
        """The same as env vars (the manifest's names): what ``intermission fakes`` prints to export."""
        adapter = self.fake(provider).adapter
        names = {"api_key": adapter.key_env, **adapter.setting_envs}
        if adapter.base_url_envs:
            names["base_url"] = adapter.base_url_envs[0]
        return {names[k]: v for k, v in self.options(provider).items() if k in names}

    def create(self, provider: str, status: str | None = None) -> str:
        """A new resource (session, run or task); ``status`` defaults to the vendor's first one."""
        return self.fake(provider).store.create(status).id

    def seed(self, provider: str, counts: Mapping[str, int]) -> list[str]:
        """Many resources at once, ``{vendor status: how many}``, interleaved (running, paused, running,
        ...) in creation order; their ids in that order. Nothing is created if a status is unknown."""
        return [r.id for r in self.fake(provider).store.seed(counts)]

    def status(self, provider: str, resource_id: str) -> str:
        """The resource's status now; not a poll (a pending "polls" transition stays pending)."""
        return self.fake(provider).store.peek(resource_id).status

    def pending(self, provider: str, resource_id: str) -> str | None:
        """The status a pending transition will move the resource to, or None."""
        return self.fake(provider).store.pending(resource_id)

    def set_transitions(self, provider: str, mode: str, after: float = 0) -> None:
        """How the provider's transitions settle from now on: "immediate" (the default), "polls"
        (after ``after`` later requests that read the resource), "seconds" (after ``after`` seconds on
        the store's clock) or "manual" (when ``advance`` is called)."""
        self.fake(provider).store.set_transitions(Transitions(mode, after))

    def advance(self, provider: str, resource_id: str | None = None) -> list[str]:
        """Settle one resource's pending transition (or every one of the provider's) now; the ids moved."""
        return [r.id for r in self.fake(provider).store.advance(resource_id)]

    def set_status(self, provider: str, resource_id: str, status: str) -> None:
        self.fake(provider).store.set_status(resource_id, status)

    def requests(self, provider: str) -> list[RecordedRequest]:
        return self.fake(provider).journal.requests()

    def inject(self, provider: str, fault: Fault, operation: str | None = None) -> None:
        """Arm ``fault`` for one operation (the document's operationId) or, with None, every route.

        The page faults (``Fault.repeat_page``, ``wrong_shape``, ``malformed_id``) need a list operation.
        """
        self.fake(provider).arm(fault, operation)

    def remove_endpoints(
        self, provider: str, operations: Sequence[str] | None = None, code: int = 404
    ) -> tuple[str, ...]:
        """Answer ``code`` (404 or 410) on each operation, as a vendor that took them down: by default the
        ones the vendor has retired (Browser Use: its v1 pause and resume). Until reset; the ones removed."""
        return self.fake(provider).remove(operations, code)

    def bugs(self, provider: str | None = None) -> list[ServerBug]:
        """What the fakes were about to send against their own documents (each answered 500 instead)."""
        chosen = [self.fake(provider)] if provider else list(self._fakes.values())
        return [bug for fake in chosen for bug in fake.journal.bugs()]

    def reset(self) -> None:
        """Clear state, recorded requests, bugs and faults; ids start again from the seed."""
        for fake in self._fakes.values():
            fake.reset()


@contextmanager
def run_fakes(
    providers: Sequence[str] | None = None, seed: int = 0, *, host: str = "127.0.0.1", port: int = 0
) -> Iterator[FakeVendors]:
    """Start the fakes (every provider's by default) on ``host``; ``port=0``: ephemeral ports."""
    names = list(PROVIDERS if not providers else dict.fromkeys(providers))
    for name in names:
        package_for(name)
    fakes = {name: ProviderFake(name, seed) for name in names}
    server = ServerThread(fakes, host=host, port=port)
    server.start()
    try:
        yield FakeVendors(fakes, server.url)
    finally:
        server.stop()
