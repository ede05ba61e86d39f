"""A failed provider keeps its previous output byte for byte; the others still regenerate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from codegen.cli import main
from codegen.generate import runners, swap
from codegen.generate.outcome import FAILED, REGENERATED
from codegen.generate.pipeline import generate
from tests.codegen.generate.helpers import PROVIDERS, leftovers, snapshot

pytestmark = pytest.mark.slow


def _run(
    specs: Path, out: Path, capsys: pytest.CaptureFixture[str], *names: str
) -> tuple[int, list[str], list[str]]:
    code = main(["generate", "--force", "--jobs", "1", "--specs", str(specs), "--out", str(out), *names])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


def test_a_broken_page_keeps_the_old_output_and_exits_2(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = workspace
    before = snapshot(out / "anchorbrowser")
    (specs / "anchorbrowser" / "resume-agent.md").write_text(
        "# Resume Agent\n\n```yaml\nopenapi: [unclosed\n```\n"
    )
    code, lines, errors = _run(specs, out, capsys)
    assert code == 2
    assert [line.split()[:2] for line in lines] == [
        [n, REGENERATED] for n in PROVIDERS if n != "anchorbrowser"
    ]
    failures = [e for e in errors if e.split()[1:2] != ["warning"]]  # the others' warnings go there too
    assert len(failures) == 1
    assert failures[0].split()[:3] == ["anchorbrowser", FAILED, "spec:"]
    assert "resume-agent.md" in failures[0]
    assert snapshot(out / "anchorbrowser") == before
    assert leftovers(out) == []


def test_a_failing_generator_keeps_the_old_output_and_exits_1(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = workspace
    before = snapshot(out / "agi")
    # A valid document that openapi-python-client cannot fully generate: it would skip the operation.
    overlay_path = specs / "agi" / "overlay.yaml"
    overlay = yaml.safe_load(overlay_path.read_text())
    overlay["actions"].append(
        {
            "target": "$.paths['/v1/sessions/{session_id}/pause'].post",
            "description": "test: an XML request body",
            "update": {"requestBody": {"content": {"application/xml": {"schema": {"type": "string"}}}}},
        }
    )
    overlay_path.write_text(yaml.safe_dump(overlay, sort_keys=False))
    code, lines, errors = _run(specs, out, capsys, "agi", "browser_use")
    assert code == 1
    assert [line.split()[:2] for line in lines] == [["browser_use", REGENERATED]]
    errors = [e for e in errors if not e.startswith("browser_use ")]
    assert errors[0].startswith("agi            failed       operations: 1 operation(s) have no generated")
    assert "POST /v1/sessions/{session_id}/pause" in errors[0]
    assert any("openapi-python-client: " in e and "application/xml" in e for e in errors[1:])
    assert snapshot(out / "agi") == before
    assert leftovers(out) == []


def test_a_crashing_step_is_reported_and_contained(
    workspace: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    specs, out = workspace
    before = snapshot(out)

    def broken_ruff(directory: Path, targets: list[str]) -> None:
        raise runners.StepError(runners.RUFF, f"ruff format failed: {targets[-1]}: cannot parse")

    monkeypatch.setattr(runners, "run_ruff", broken_ruff)
    outcomes = generate(specs, out, ["codegen", "agi"], force=True, jobs=1)
    assert [(o.provider, o.status, o.step) for o in outcomes] == [
        ("codegen", FAILED, "ruff"),
        ("agi", FAILED, "ruff"),
    ]
    assert "intermission_codegen" in outcomes[0].reason
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_bad_manifest_fails_alone(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    (specs / "browser_use" / "provider.yaml").write_text("name: browser_use\npages: []\n")
    outcomes = {o.provider: o for o in generate(specs, out, ["browser_use", "codegen"], force=True, jobs=1)}
    assert outcomes["browser_use"].status == FAILED and outcomes["browser_use"].bad_input
    assert "pages" in outcomes["browser_use"].reason
    assert outcomes["codegen"].status == REGENERATED


def test_a_dead_runs_leftovers_are_cleaned_and_a_set_aside_output_restored(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    out = tmp_path / "generated"
    (out / f".tmp-{pid}-agi-abc123").mkdir(parents=True)
    (out / f".old-{pid}-codegen-def456" / "output").mkdir(parents=True)
    (out / f".old-{pid}-codegen-def456" / "output" / "kept.txt").write_text("old output\n")
    swap.clean_leftovers(out)
    assert leftovers(out) == []
    assert (out / "codegen" / "kept.txt").read_text() == "old output\n"


def test_swap_in_puts_the_old_folder_back_when_the_second_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    final, new = tmp_path / "p", tmp_path / ".tmp-new"
    final.mkdir()
    (final / "a").write_text("old")
    new.mkdir()
    real_rename = swap.os.rename

    def rename(src: object, dst: object) -> None:
        if src == new:
            raise OSError(28, "No space left on device", str(dst))
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(swap.os, "rename", rename)
    with pytest.raises(OSError):
        swap.swap_in(new, final)
    assert (final / "a").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".tmp-new", "p"]
