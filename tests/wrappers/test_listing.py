"""``Client.list`` / ``AsyncClient.list`` against the fakes: each vendor's pagination, the state filter, and
every fault a vendor may throw in the middle of a listing."""

from __future__ import annotations

import pytest
from intermission import AsyncClient, Client, State
from intermission.errors import (
    AuthenticationError,
    InvalidId,
    PaginationError,
    RateLimited,
    UnreadablePage,
    Unsupported,
)
from intermission.fakes import FakeVendors, Fault
from intermission.providers import load
from intermission.result import Operation
from intermission.transport import RetryPolicy

from tests.wrappers.conftest import FINISHED, PAUSED, PROVIDERS, RUNNING, Sleeps, count, options

LIST = {p: load(p).operations[Operation.LIST] for p in PROVIDERS}
# Each vendor's page size as the adapter asks for it (AGI answers everything at once).
PAGE_SIZE = {"agi": None, "anchorbrowser": 50, "browser_use": 100, "codegen": 100, "e2b": 100}
MIXED = 120  # of each status: 240 or 360 agents, past two pages of 100 (Anchor: of 50)
PAGINATED = [p for p in PROVIDERS if PAGE_SIZE[p]]


def pages(provider: str, agents: int) -> int:
    size = PAGE_SIZE[provider]
    return 1 if size is None else -(-agents // size)


def seed_mixed(fakes: FakeVendors, provider: str) -> dict[State, set[str]]:
    """``MIXED`` running, paused and (where the vendor lists one) finished agents, by state."""
    statuses = {State.RUNNING: RUNNING[provider], State.PAUSED: PAUSED[provider]}
    if provider in FINISHED:
        statuses[State.FINISHED] = FINISHED[provider]
    ids = fakes.seed(provider, {status: MIXED for status in statuses.values()})
    order = list(statuses)
    return {state: set(ids[i :: len(order)]) for i, state in enumerate(order)}  # seed interleaves


@pytest.mark.parametrize("provider", PROVIDERS)
def test_list_follows_every_page_once(vendor_fakes: FakeVendors, provider: str) -> None:
    seeded = seed_mixed(vendor_fakes, provider)
    with Client(provider, **options(vendor_fakes, provider)) as client:
        listing = client.list()
        found = list(listing)
    assert sorted(r.id for r in found) == sorted(set().union(*seeded.values()))
    assert listing.pages == pages(provider, len(found)) == count(vendor_fakes, provider, LIST[provider])
    assert listing.rejected == []
    by_id = {r.id: r for r in found}
    for state in (State.PAUSED, State.FINISHED) if provider != "browser_use" else (State.FINISHED,):
        for sid in seeded.get(state, ()):
            assert by_id[sid].state is state and by_id[sid].provider == provider
    assert all(r.model is not None for r in found)  # the generated client's item model


@pytest.mark.parametrize("provider", PROVIDERS)
def test_state_filter(vendor_fakes: FakeVendors, provider: str) -> None:
    seeded = seed_mixed(vendor_fakes, provider)
    with Client(provider, **options(vendor_fakes, provider)) as client:
        running = list(client.list(State.RUNNING))
        finished = list(client.list("finished"))
    expected = seeded[State.RUNNING]
    if provider == "browser_use":  # API v2 shows a v1-paused task as started: running, as far as it says
        expected = expected | seeded[State.PAUSED]
    assert {r.id for r in running} == expected and all(r.state is State.RUNNING for r in running)
    assert {r.id for r in finished} == seeded.get(State.FINISHED, set())
    filtered = load(provider).list_filters.get(State.RUNNING)
    sent = [r.query for r in vendor_fakes.requests(provider) if r.operation == LIST[provider]]
    if filtered is not None:  # the vendor filters: only running agents came over the wire
        assert all(filtered in q.values() for q in sent[: len(sent) // 2])
    else:
        assert not any(RUNNING[provider] in q.values() for q in sent)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_limit_stops_reading_pages(vendor_fakes: FakeVendors, provider: str) -> None:
    seed_mixed(vendor_fakes, provider)
    with Client(provider, **options(vendor_fakes, provider)) as client:
        listing = client.list(limit=5)
        assert len(list(listing)) == 5
    assert listing.pages == 1 == count(vendor_fakes, provider, LIST[provider])


@pytest.mark.anyio
@pytest.mark.parametrize("provider", PROVIDERS)
async def test_async_list_is_lazy(vendor_fakes: FakeVendors, provider: str) -> None:
    seeded = seed_mixed(vendor_fakes, provider)
    async with AsyncClient(provider, **options(vendor_fakes, provider)) as client:
        listing = client.list()
        assert count(vendor_fakes, provider, LIST[provider]) == 0  # nothing read before iteration
        first = await anext(listing)
        assert count(vendor_fakes, provider, LIST[provider]) == 1
        rest = [r async for r in listing]
    assert {first.id, *(r.id for r in rest)} == set().union(*seeded.values())


def test_unsupported_without_a_list_operation(
    vendor_fakes: FakeVendors, monkeypatch: pytest.MonkeyPatch
) -> None:
    adapter = load("agi")
    monkeypatch.setattr(
        adapter, "operations", {k: v for k, v in adapter.operations.items() if k != Operation.LIST}
    )
    with Client("agi", **options(vendor_fakes, "agi")) as client, pytest.raises(Unsupported) as info:
        client.list()
    assert (info.value.provider, info.value.operation) == ("agi", "list")
    assert vendor_fakes.requests("agi") == []


# ---- faults in the middle of a listing ------------------------------------------------------------


@pytest.mark.parametrize("provider", PAGINATED)
def test_a_repeated_page_is_a_pagination_error(vendor_fakes: FakeVendors, provider: str) -> None:
    seed_mixed(vendor_fakes, provider)
    vendor_fakes.inject(provider, Fault.repeat_page(skip=1), operation=LIST[provider])  # endless
    with (
        Client(provider, **options(vendor_fakes, provider)) as client,
        pytest.raises(PaginationError) as info,
    ):
        list(client.list())
    error = info.value
    assert (error.provider, error.operation, error.vendor_operation, error.page) == (
        provider,
        "list",
        LIST[provider],
        2,
    )
    assert "page 2" in str(error)
    assert count(vendor_fakes, provider, LIST[provider]) == 2  # stopped at once, no loop


def test_the_page_bound_stops_a_listing_that_would_not_end(vendor_fakes: FakeVendors) -> None:
    seed_mixed(vendor_fakes, "e2b")
    with Client("e2b", **options(vendor_fakes, "e2b")) as client:
        listing = client.list(max_pages=2)
        with pytest.raises(PaginationError, match="max_pages") as info:
            list(listing)
    assert info.value.page == 3 and listing.pages == 2
    assert count(vendor_fakes, "e2b", LIST["e2b"]) == 2


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_page_of_the_wrong_shape_names_vendor_and_page(vendor_fakes: FakeVendors, provider: str) -> None:
    seed_mixed(vendor_fakes, provider)
    skip = 1 if provider in PAGINATED else 0
    vendor_fakes.inject(provider, Fault.wrong_shape(times=1, skip=skip), operation=LIST[provider])
    with Client(provider, **options(vendor_fakes, provider)) as client, pytest.raises(UnreadablePage) as info:
        list(client.list())
    error = info.value
    assert (error.provider, error.page, error.http_status) == (provider, skip + 1, 200)
    assert load(provider).display_name in str(error) and f"page {skip + 1}" in str(error)


@pytest.mark.parametrize("provider", PAGINATED)
def test_a_rate_limit_mid_listing_is_retried_for_that_page(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, sleeps: Sleeps, provider: str
) -> None:
    seeded = seed_mixed(vendor_fakes, provider)
    fault = Fault.rate_limit(retry_after=3, times=1, skip=1)  # page 2, once
    vendor_fakes.inject(provider, fault, operation=LIST[provider])
    with Client(provider, retries=fast_retry, **options(vendor_fakes, provider)) as client:
        found = list(client.list())
    assert {r.id for r in found} == set().union(*seeded.values())
    assert sleeps.seconds == [3.0]  # the vendor's Retry-After
    assert count(vendor_fakes, provider, LIST[provider]) == pages(provider, len(found)) + 1


def test_rate_limits_that_outlast_the_retries_name_the_page(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    seed_mixed(vendor_fakes, "anchorbrowser")
    vendor_fakes.inject(
        "anchorbrowser", Fault.rate_limit(retry_after=1, skip=2), operation=LIST["anchorbrowser"]
    )
    with Client("anchorbrowser", retries=fast_retry, **options(vendor_fakes, "anchorbrowser")) as client:
        listing = client.list()
        found = []
        with pytest.raises(RateLimited) as info:
            found.extend(listing)
    assert info.value.page == 3 and info.value.retry_after == 1.0 and "page 3" in str(info.value)
    assert len(found) == 100  # pages 1 and 2 were yielded before page 3 failed


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_malformed_id_is_reported_and_never_sent(vendor_fakes: FakeVendors, provider: str) -> None:
    seeded = seed_mixed(vendor_fakes, provider)
    bad = "../../v1/admin"
    vendor_fakes.inject(provider, Fault.malformed_id(bad, times=1), operation=LIST[provider])
    with Client(provider, **options(vendor_fakes, provider)) as client:
        listing = client.list()
        found = list(listing)
    everyone = set().union(*seeded.values())
    assert len(found) == len(everyone) - 1 and {r.id for r in found} < everyone
    (refused,) = listing.rejected
    assert isinstance(refused, InvalidId)
    assert (refused.provider, refused.operation, refused.page, refused.id) == (provider, "list", 1, bad)
    assert not any(bad in r.path or bad in str(r.query) for r in vendor_fakes.requests(provider))


def test_a_rejected_key_fails_the_first_page(vendor_fakes: FakeVendors) -> None:
    client = Client("e2b", **options(vendor_fakes, "e2b", api_key="wrong"))
    with client, pytest.raises(AuthenticationError) as info:
        list(client.list())
    assert info.value.page == 1 and info.value.operation == "list"
    assert "wrong" not in repr(info.value)


def test_bad_arguments_are_refused_before_any_request(vendor_fakes: FakeVendors) -> None:
    with Client("agi", **options(vendor_fakes, "agi")) as client:
        with pytest.raises(ValueError, match="state must be one of"):
            client.list("sleeping")
        with pytest.raises(ValueError, match="limit"):
            client.list(limit=0)
        with pytest.raises(ValueError, match="max_pages"):
            client.list(max_pages=0)
    assert vendor_fakes.requests("agi") == []
