"""Reviewers' decisions: severity overrides from a config file, accepted changes from
``specs/<provider>/drift-accepted.yaml`` (shown as accepted, not counted for --fail-on, expiring)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.drift.model import Change, DriftError
from codegen.drift.policy import DriftPolicy, read_accepted, read_overrides

HERE = Path(__file__).parent
BASE = HERE / "cases" / "base.yaml"
MIXED = HERE / "cases" / "mixed-new.yaml"
HEADER = "#/components/securitySchemes/api_key"


def _change(rule: str = "api-key-header-name-changed", location: str = HEADER) -> Change:
    return Change(rule, "breaking", "request", location, "m")


def _accepted_file(folder: Path, entries: str) -> Path:
    path = folder / "browser_use" / "drift-accepted.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(entries, encoding="utf-8")
    return path


ENTRY = f"""accepted:
  - rule: api-key-header-name-changed
    location: '{HEADER}'
    reason: the facade sends the new header since 1.4
    by: jane
"""


def test_an_accepted_change_is_marked_and_not_counted(tmp_path: Path) -> None:
    _accepted_file(tmp_path, ENTRY)
    policy = DriftPolicy.load(None, tmp_path, ["browser_use"])
    (change,), notes = policy.apply("browser_use", [_change()])
    assert change.accepted is not None
    assert (change.accepted.by, change.accepted.reason) == (
        "jane",
        "the facade sends the new header since 1.4",
    )
    assert notes == ()


def test_an_expired_acceptance_accepts_nothing_and_says_so(tmp_path: Path) -> None:
    _accepted_file(tmp_path, ENTRY + "    expires: 2026-01-31\n")
    policy = DriftPolicy.load(None, tmp_path, ["browser_use"])
    policy.today = datetime.date(2026, 2, 1)
    (change,), notes = policy.apply("browser_use", [_change()])
    assert change.accepted is None
    assert notes == (f"acceptance of api-key-header-name-changed at {HEADER} expired on 2026-01-31",)
    policy.today = datetime.date(2026, 1, 31)
    (change,), _ = policy.apply("browser_use", [_change()])
    assert change.accepted is not None and change.accepted.expires == "2026-01-31"


def test_an_entry_matching_nothing_is_noted(tmp_path: Path) -> None:
    _accepted_file(tmp_path, ENTRY)
    policy = DriftPolicy.load(None, tmp_path, ["browser_use"])
    (change,), notes = policy.apply("browser_use", [_change(location="elsewhere")])
    assert change.accepted is None
    assert notes == (f"drift-accepted.yaml: api-key-header-name-changed at {HEADER} matches no change",)


def test_acceptances_are_per_provider(tmp_path: Path) -> None:
    _accepted_file(tmp_path, ENTRY)
    policy = DriftPolicy.load(None, tmp_path, ["browser_use", "agi"])
    (change,), _ = policy.apply("agi", [_change()])
    assert change.accepted is None


def test_a_severity_override(tmp_path: Path) -> None:
    config = tmp_path / "drift.yaml"
    config.write_text("severity:\n  api-key-header-name-changed: warning\n", encoding="utf-8")
    (change,), _ = DriftPolicy(read_overrides(config)).apply("agi", [_change()])
    assert change.severity == "warning"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("accepted: 3\n", "expected a mapping with an 'accepted' list"),
        ("accepted:\n  - just a string\n", "accepted entry 1: must be a mapping"),
        (
            "accepted:\n  - {rule: endpoint-removed, location: x, by: me}\n",
            "accepted entry 1: needs a non-empty reason",
        ),
        (
            "accepted:\n  - {rule: no-such-rule, location: x, reason: r, by: me}\n",
            "accepted entry 1: unknown rule id 'no-such-rule'",
        ),
        (
            "accepted:\n  - {rule: endpoint-removed, location: x, reason: r, by: me, expires: soon}\n",
            "expires must be a date (YYYY-MM-DD), not 'soon'",
        ),
        ("accepted: [\n", "invalid YAML"),
    ],
)
def test_a_malformed_accepted_file_is_bad_input(text: str, message: str, tmp_path: Path) -> None:
    path = _accepted_file(tmp_path, text)
    with pytest.raises(DriftError, match=r"drift-accepted\.yaml") as raised:
        read_accepted(path)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("severity:\n  no-such-rule: info\n", "unknown rule id 'no-such-rule'"),
        ("severity:\n  endpoint-removed: fatal\n", "'fatal' is not one of breaking, warning, info"),
        ("severity: [endpoint-removed]\n", "expected a mapping with a 'severity' mapping"),
    ],
)
def test_a_malformed_config_is_bad_input(text: str, message: str, tmp_path: Path) -> None:
    config = tmp_path / "drift.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(DriftError) as raised:
        read_overrides(config)
    assert message in str(raised.value)


def test_the_cli_applies_the_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "drift.yaml"
    lowered = [
        "new-required-request-property",
        "api-key-header-name-changed",
        "request-parameter-enum-value-removed",
    ]
    config.write_text("severity:\n" + "".join(f"  {r}: warning\n" for r in lowered), encoding="utf-8")
    args = ["drift", str(BASE), str(MIXED), "--provider", "browser_use", "--format", "json"]
    assert main([*args, "--config", str(config)]) == 0  # nothing breaking left
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"breaking": 0, "warning": 6, "info": 2}
    assert main([*args, "--config", str(tmp_path / "missing.yaml")]) == 2
    assert "no such config file" in capsys.readouterr().err


def test_accepted_changes_do_not_fail_the_run_but_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The three breaking changes of the mixed pair, all accepted: exit 0, each shown as accepted."""
    report_args = ["drift", str(BASE), str(MIXED), "--provider", "browser_use", "--format", "json"]
    main(report_args)
    breaking = [
        c
        for c in json.loads(capsys.readouterr().out)["providers"][0]["changes"]
        if c["severity"] == "breaking"
    ]
    entries = "".join(
        f"  - {{rule: {c['rule']}, location: '{c['location']}', reason: reviewed, by: jane}}\n"
        for c in breaking
    )
    specs = tmp_path / "specs"
    _accepted_file(specs, "accepted:\n" + entries)
    from codegen.drift.collect import compare_files
    from codegen.drift.report import markdown

    policy = DriftPolicy.load(None, specs, ["browser_use"])
    report = compare_files(BASE, MIXED, "browser_use", old_label="old", new_label="new", policy=policy)
    assert not report.fails("breaking")
    assert report.accepted == 3
    text = markdown(report)
    assert text.count("breaking (accepted)") == 3
    assert "— accepted by jane: reviewed" in text
    assert "0 breaking changes, 3 warnings, 2 info (3 accepted changes not counted)." in text
