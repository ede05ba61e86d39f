"""A run regenerates exactly the providers whose inputs, tools or outputs changed."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.generate.lock import pipeline_hash
from codegen.generate.outcome import REGENERATED, UNCHANGED
from codegen.generate.pipeline import generate
from codegen.paths import LOCK_FILE
from tests.codegen.generate.helpers import PROVIDERS, snapshot

pytestmark = pytest.mark.slow


def _statuses(specs: Path, out: Path) -> dict[str, str]:
    return {o.provider: o.status for o in generate(specs, out)}


def test_a_second_run_skips_every_provider_with_one_line_each(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = workspace
    before = snapshot(out)
    assert main(["generate", "--specs", str(specs), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines] == [[name, UNCHANGED] for name in PROVIDERS]
    assert all(line.split()[2].endswith("s") for line in lines)
    assert snapshot(out) == before


def test_editing_one_page_regenerates_only_that_provider(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    others = {name: (out / name).stat().st_ino for name in PROVIDERS if name != "anchorbrowser"}
    page = specs / "anchorbrowser" / "pause-agent.md"
    page.write_text(page.read_text() + "\n")
    statuses = _statuses(specs, out)
    assert statuses == {name: REGENERATED if name == "anchorbrowser" else UNCHANGED for name in PROVIDERS}
    # the others were not even rewritten: still the same folders
    assert {name: (out / name).stat().st_ino for name in others} == others
    lock = json.loads((out / "anchorbrowser" / LOCK_FILE).read_text())
    assert (
        lock["inputs"]["specs/anchorbrowser/pause-agent.md"] == hashlib.sha256(page.read_bytes()).hexdigest()
    )
    assert _statuses(specs, out) == dict.fromkeys(PROVIDERS, UNCHANGED)


def test_another_tool_version_regenerates(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    lock_path = out / "codegen" / LOCK_FILE
    lock = json.loads(lock_path.read_text())
    lock["tools"]["ruff"] = "0.0.1"
    lock_path.write_text(json.dumps(lock))
    assert _statuses(specs, out)["codegen"] == REGENERATED


def test_a_missing_output_regenerates(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    shutil.rmtree(out / "agi" / "intermission_agi_pydantic")
    assert _statuses(specs, out) == {name: REGENERATED if name == "agi" else UNCHANGED for name in PROVIDERS}
    assert (out / "agi" / "intermission_agi_pydantic" / "__init__.py").is_file()


def test_force_with_names_regenerates_just_those(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    assert {o.provider: o.status for o in generate(specs, out, ["agi"], force=True)} == {"agi": REGENERATED}


def test_the_pipeline_hash_follows_the_pipeline_source(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "notes.txt").write_text("not source\n")
    first = pipeline_hash(tmp_path)
    pipeline_hash.cache_clear()
    (tmp_path / "notes.txt").write_text("still not source\n")
    assert pipeline_hash(tmp_path) == first
    pipeline_hash.cache_clear()
    (tmp_path / "a.py").write_text("x = 2\n")
    assert pipeline_hash(tmp_path) != first
    pipeline_hash.cache_clear()


def test_reports_downloads_and_command_lines_are_not_the_pipeline(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    first = pipeline_hash(tmp_path)
    for name in ("cli.py", "__main__.py", "drift/rules.py", "refresh/fetch.py", "generate/cli.py"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("changed = True\n")
        pipeline_hash.cache_clear()
        assert pipeline_hash(tmp_path) == first, name
    (tmp_path / "generate" / "build.py").write_text("changed = True\n")
    pipeline_hash.cache_clear()
    assert pipeline_hash(tmp_path) != first
    pipeline_hash.cache_clear()
