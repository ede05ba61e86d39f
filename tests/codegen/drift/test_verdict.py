"""The facade verdict: mypy errors and failing facade tests, each attributed to the provider it names
(or to every provider when it names none). Runs the real tools on a tiny checkout in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from codegen.drift.model import ProviderReport, Report
from codegen.drift.verdict import type_errors, verdicts, with_verdicts

PROVIDERS = ["agi", "codegen"]


def _checkout(root: Path, adapter: str, tests: str) -> Path:
    (root / "wrappers" / "intermission" / "providers").mkdir(parents=True)
    (root / "wrappers" / "intermission" / "providers" / "agi.py").write_text(adapter, encoding="utf-8")
    (root / "tests" / "wrappers").mkdir(parents=True)
    (root / "tests" / "fakes").mkdir()
    (root / "tests" / "wrappers" / "test_facade.py").write_text(tests, encoding="utf-8")
    return root


BROKEN_ADAPTER = "def pause(ident: str) -> int:\n    return ident\n"
TESTS = """import pytest


@pytest.mark.parametrize("provider", ["agi", "codegen"])
def test_pause(provider: str) -> None:
    if provider == "agi":
        raise TypeError("pause_session() got an unexpected keyword argument 'mode'")


def test_import() -> None:
    pass
"""


def test_a_type_error_names_file_line_and_message(tmp_path: Path) -> None:
    root = _checkout(tmp_path, BROKEN_ADAPTER, "def test_nothing() -> None:\n    pass\n")
    (error,) = type_errors(root)
    assert error.startswith("wrappers/intermission/providers/agi.py:2: Incompatible return value type")


def test_failures_go_to_the_provider_they_name(tmp_path: Path) -> None:
    root = _checkout(tmp_path, "def pause(ident: str) -> str:\n    return ident\n", TESTS)
    found = verdicts(root, PROVIDERS)
    assert found["codegen"].ok
    (failure,) = found["agi"].failures
    assert failure.startswith("tests/wrappers/test_facade.py:7: TypeError: pause_session() got an unexpected")
    assert "test_pause[agi]" in failure


def test_a_failure_naming_no_provider_concerns_all(tmp_path: Path) -> None:
    root = _checkout(tmp_path, "x: int = 1\n", "def test_nothing() -> None:\n    pass\n")
    (root / "wrappers" / "intermission" / "transport.py").write_text("x: int = 'text'\n", encoding="utf-8")
    report = with_verdicts(Report("a", "b", (ProviderReport("agi"), ProviderReport("codegen"))), root)
    assert [p.provider for p in report.providers if p.verdict is not None and not p.verdict.ok] == PROVIDERS


def test_a_clean_checkout_is_ok(tmp_path: Path) -> None:
    root = _checkout(
        tmp_path, "def pause(ident: str) -> str:\n    return ident\n", "def test_ok() -> None:\n    pass\n"
    )
    assert all(v.ok for v in verdicts(root, PROVIDERS).values())
