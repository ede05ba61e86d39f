"""Small readers over a running ``FakeVendors`` shared by the fakes' and the facade's tests."""

from __future__ import annotations

from intermission.fakes import FakeVendors


def org_id(fakes: FakeVendors) -> int:
    """The Codegen organization the Codegen fake's key belongs to."""
    return int(fakes.settings("codegen")["org_id"])
