"""Seeding many resources in one call, from Python and over /_fake/seed."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from intermission.fakes import PROVIDERS, FakeVendors, in_process_fakes

from .conftest import client


def test_seed_a_thousand_of_mixed_states(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed("agi", {"running": 600, "paused": 300, "finished": 100})
    assert len(set(ids)) == 1000
    statuses = [vendor_fakes.status("agi", i) for i in ids]
    assert Counter(statuses) == {"running": 600, "paused": 300, "finished": 100}
    assert statuses[:6] == ["running", "paused", "finished", "running", "paused", "finished"]  # interleaved
    assert statuses[-300:] == ["running"] * 300  # once the others run out
    with client(vendor_fakes, "agi") as http:
        assert len(http.get("/v1/sessions").json()) == 1000


@pytest.mark.parametrize("provider", PROVIDERS)
def test_seeded_resources_are_the_ones_created_one_by_one(provider: str) -> None:
    one, many = in_process_fakes([provider], seed=7), in_process_fakes([provider], seed=7)
    initial = one.fake(provider).wire.lifecycle.initial
    singles = [one.create(provider, initial) for _ in range(5)]
    assert many.seed(provider, {initial: 5}) == singles
    assert one.create(provider) == many.create(provider)  # the ids go on from the same place


def test_seed_over_http(vendor_fakes: FakeVendors) -> None:
    with client(vendor_fakes, "codegen") as http:
        answer = http.post("/_fake/seed", json={"ACTIVE": 2, "PAUSED": 1})
        assert answer.status_code == 201
        seeded = answer.json()
        assert [r["status"] for r in seeded] == ["ACTIVE", "PAUSED", "ACTIVE"]
        assert {r["id"] for r in seeded} == {r["id"] for r in http.get("/_fake/resources").json()}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"running": 2, "sleeping": 1}, "no status 'sleeping'"),
        ({"running": -1}, "whole number"),
        ({"running": 1.5}, "whole number"),
        ({"running": True}, "whole number"),
        ({"running": "3"}, "whole number"),
        ({"running": 100_001}, "at most"),
        ([["running", 2]], "JSON object"),
    ],
)
def test_bad_seeds_create_nothing(vendor_fakes: FakeVendors, body: Any, message: str) -> None:
    with client(vendor_fakes, "anchorbrowser") as http:
        answer = http.post("/_fake/seed", json=body)
        assert answer.status_code == 400 and message in answer.json()["error"]
        assert http.get("/_fake/resources").json() == []
    if isinstance(body, dict):
        with pytest.raises(ValueError, match=message):
            vendor_fakes.seed("anchorbrowser", body)
    assert vendor_fakes.seed("anchorbrowser", {}) == []
