"""pytest fixture ``vendor_fakes``: every provider's fake, started once per session, reset for every test.

A test fails when a fake was about to send a body its own document does not allow.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intermission.fakes.handle import FakeVendors, run_fakes


@pytest.fixture(scope="session")
def vendor_fakes_session() -> Iterator[FakeVendors]:
    with run_fakes() as fakes:
        yield fakes


@pytest.fixture
def vendor_fakes(vendor_fakes_session: FakeVendors) -> Iterator[FakeVendors]:
    vendor_fakes_session.reset()
    yield vendor_fakes_session
    bugs = vendor_fakes_session.bugs()
    vendor_fakes_session.reset()
    if bugs:
        pytest.fail("the fake vendor servers broke their own documents:\n" + "\n".join(map(str, bugs)))
