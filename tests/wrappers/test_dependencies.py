"""What a user's pip sees: ranges that admit today's releases, and the MIT licence the package declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
USER_FACING = [
    *PROJECT["dependencies"],
    *(r for extra in ("models", "fakes") for r in PROJECT["optional-dependencies"][extra]),
]


@pytest.mark.parametrize("requirement", USER_FACING)
def test_a_user_facing_requirement_is_a_range_with_a_tested_lower_bound(requirement: str) -> None:
    spec = re.sub(r"^[A-Za-z0-9._-]+", "", requirement)
    assert re.search(r">=\s*\d", spec), f"{requirement}: no lower bound for make test-lowest to test"
    assert "==" not in spec and "~=" not in spec, f"{requirement}: a pin downgrades what a user already has"


def test_no_user_facing_upper_bound_without_a_stated_break() -> None:
    # An upper bound is allowed only with a comment on its line saying which release breaks us.
    text = (ROOT / "pyproject.toml").read_text()
    for requirement in USER_FACING:
        if "<" in requirement:
            line = next(line for line in text.splitlines() if f'"{requirement}"' in line)
            assert "#" in line and "break" in line, f"{requirement}: say which release breaks"


def test_the_licence_file_matches_the_declared_licence() -> None:
    assert PROJECT["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n") and "Copyright (c) 2026 the intermission authors" in text
