"""The report as people read it: Markdown checked against a reviewed golden file, JSON, exit status.

After an intended change, rewrite the golden file with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/codegen/drift/test_report.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.drift.model import Change, FacadeVerdict, ProviderReport, Report, ToolChange
from codegen.drift.report import markdown

HERE = Path(__file__).parent
MIXED = ["drift", "cases/base.yaml", "cases/mixed-new.yaml", "--provider", "browser_use"]


@pytest.fixture(autouse=True)
def _in_test_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)  # the report names the files as given on the command line


def test_mixed_markdown_matches_the_golden_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(MIXED) == 1
    produced = capsys.readouterr().out
    golden = HERE / "golden" / "mixed.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


GOLDEN_RUNS = {
    "mixed.json": [*MIXED, "--format", "json"],
    "steel.md": ["drift", "vendor/steel-browser-schemas.json", "vendor/steel-platform-api.json"],
    "steel.json": [
        "drift",
        "vendor/steel-browser-schemas.json",
        "vendor/steel-platform-api.json",
        "--format",
        "json",
    ],
}


@pytest.mark.parametrize("name", sorted(GOLDEN_RUNS))
def test_report_matches_the_golden_file(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(GOLDEN_RUNS[name]) == 1
    produced = capsys.readouterr().out
    golden = HERE / "golden" / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def test_the_report_starts_with_one_facade_verdict_per_provider() -> None:
    broken = FacadeVerdict(
        ('wrappers/intermission/providers/agi.py:71: Unexpected keyword argument "mode"', "x:1: y")
    )
    report = Report(
        "a", "b", (ProviderReport("agi", verdict=broken), ProviderReport("codegen", verdict=FacadeVerdict()))
    )
    lines = markdown(report).splitlines()
    assert lines[:5] == [
        "# API drift report",
        "",
        '- agi: facade broken — wrappers/intermission/providers/agi.py:71: Unexpected keyword argument "mode"'
        " (and 1 more)",
        "- codegen: facade ok",
        "",
    ]
    assert report.fails("breaking") and not report.fails("never")
    assert "- `x:1: y`" in lines


def test_json_has_the_same_content_in_a_stable_key_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*MIXED, "--format", "json"]) == 1
    first = capsys.readouterr().out
    assert main([*MIXED, "--format", "json"]) == 1
    assert capsys.readouterr().out == first
    report = json.loads(first)
    assert list(report) == ["title", "old", "new", "summary", "accepted", "providers"]
    assert report["summary"] == {"breaking": 3, "warning": 3, "info": 2}
    (provider,) = report["providers"]
    assert list(provider) == [
        "provider",
        "summary",
        "facade",
        "verdict",
        "documents_changed",
        "generator",
        "notes",
        "changes",
        "python_api_cause",
        "python_api",
    ]
    assert provider["facade"] == ["pause", "resume", "status", "stop", "list"]
    first_change = provider["changes"][0]
    assert list(first_change) == [
        "rule",
        "severity",
        "direction",
        "location",
        "message",
        "operations",
        "facade",
        "accepted",
    ]
    golden = (HERE / "golden" / "mixed.md").read_text(encoding="utf-8")
    for change in provider["changes"]:
        assert f"| `{change['rule']}` | {change['severity']} | {change['direction']} |" in golden
        assert change["location"] in golden


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("breaking", 1), ("warning", 1), ("never", 0)],
    ids=["breaking", "warning", "never"],
)
def test_exit_status_follows_fail_on(fail_on: str, expected: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*MIXED, "--fail-on", fail_on]) == expected


def test_warnings_only_fail_only_with_fail_on_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.yaml"
    new.write_text(
        (HERE / "cases" / "base.yaml")
        .read_text(encoding="utf-8")
        .replace("operationId: update_task\n", "operationId: update_task\n      deprecated: true\n"),
        encoding="utf-8",
    )
    assert main(["drift", "cases/base.yaml", str(new)]) == 0
    assert main(["drift", "cases/base.yaml", str(new), "--fail-on", "warning"]) == 1


def test_no_changes_is_a_short_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "cases/base.yaml", "cases/base.yaml", "--provider", "browser_use"]) == 0
    out = capsys.readouterr().out
    assert "| browser_use | 0 | 0 | 0 | — |" in out
    assert "## browser_use" not in out


def test_provider_is_taken_from_the_folder_of_the_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for side in ("old", "new"):
        folder = tmp_path / side / "codegen"
        folder.mkdir(parents=True)
        (folder / "openapi.yaml").write_text(
            (HERE / "cases" / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    assert (
        main(
            ["drift", str(tmp_path / "old/codegen/openapi.yaml"), str(tmp_path / "new/codegen/openapi.yaml")]
        )
        == 0
    )
    assert "| codegen | 0 | 0 | 0 | — |" in capsys.readouterr().out


def test_table_cells_escape_pipes_and_backticks() -> None:
    change = Change("x-rule", "info", "none", "a|b `c`", "m | n", ("GET /x",), ())
    report = Report(
        "old", "new", (ProviderReport("p", (change,), generator=(ToolChange("ruff", "1", "2"),)),)
    )
    text = markdown(report)
    assert "| `x-rule` | info | none | `` a\\|b `c` `` | m \\| n |" in text
    assert "- generator changed: ruff 1 -> 2" in text
