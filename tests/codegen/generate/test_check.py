"""``check`` compares a fresh regeneration with the committed output and never writes to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.cli import main
from tests.codegen.generate.helpers import PROVIDERS, leftovers, snapshot

pytestmark = pytest.mark.slow


def _check(specs: Path, out: Path, capsys: pytest.CaptureFixture[str], *names: str) -> tuple[int, str]:
    code = main(["check", "--jobs", "1", "--specs", str(specs), "--out", str(out), *names])
    return code, capsys.readouterr().out


def test_up_to_date_output_passes(workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    specs, out = workspace
    before = snapshot(out)
    code, text = _check(specs, out, capsys)
    assert code == 0, text
    assert f"up to date ({len(PROVIDERS)} providers)" in text
    assert snapshot(out) == before


def test_stale_output_fails_with_a_diff_summary(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = workspace
    client = out / "anchorbrowser" / "intermission_anchorbrowser" / "client.py"
    client.write_text(client.read_text().replace("class Client:", "class Client:  # edited by hand", 1))
    (out / "codegen" / "intermission_codegen_pydantic/__init__.py").unlink()
    (out / "agi" / "notes.txt").write_text("not generated\n")
    (out / "agi" / "intermission_agi" / "__pycache__").mkdir()
    (out / "agi" / "intermission_agi" / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\0")
    before = snapshot(out)
    code, text = _check(specs, out, capsys)
    lines = text.splitlines()
    assert code == 1
    assert lines[0] == "generated/ is stale: 1 changed, 1 added, 1 removed (run `make generate`)"
    assert "  changed  anchorbrowser/intermission_anchorbrowser/client.py" in lines
    assert "  added    codegen/intermission_codegen_pydantic/__init__.py" in lines
    assert "  removed  agi/notes.txt" in lines
    assert "--- generated/anchorbrowser/intermission_anchorbrowser/client.py" in lines
    assert "+++ regenerated/anchorbrowser/intermission_anchorbrowser/client.py" in lines
    assert "-class Client:  # edited by hand" in lines and "+class Client:" in lines
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_changed_input_makes_the_output_stale(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = workspace
    overlay = specs / "agi" / "overlay.yaml"
    overlay.write_text(overlay.read_text().replace("What went wrong", "What went wrong, in words"))
    code, text = _check(specs, out, capsys, "agi")
    assert code == 1
    assert "  changed  agi/openapi.yaml" in text and "  changed  agi/generation.lock.json" in text
    assert any(
        line.startswith("+") and line.endswith("description: What went wrong, in words")
        for line in text.splitlines()
    )
