"""The ``pytest11`` entry point: with ``intermission[fakes]`` installed, tests may ask for ``vendor_fakes``.

pytest loads an entry point whatever extras were installed; without ``[fakes]`` this module still imports, and
a test that asks for ``vendor_fakes`` fails with the command that installs the extra.
"""

from __future__ import annotations

from typing import Any

import pytest

from intermission.extras import MissingExtra, import_extra


def _unavailable(why: str) -> Any:
    @pytest.fixture(name="vendor_fakes")
    def fixture() -> None:
        pytest.fail(why, pytrace=False)

    return fixture


try:
    _plugin = import_extra(
        "intermission.fakes.pytest_plugin", extra="fakes", needed_by="the vendor_fakes fixture"
    )
except MissingExtra as missing:
    vendor_fakes = _unavailable(str(missing))
else:
    vendor_fakes_session = _plugin.vendor_fakes_session
    vendor_fakes = _plugin.vendor_fakes
