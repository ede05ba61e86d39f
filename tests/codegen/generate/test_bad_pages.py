"""A page nested past what the parsers take is bad input for generate and specs: exit 2, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.cli import main
from tests.codegen.generate.helpers import document, operation, write_provider


def _deep_provider(specs: Path) -> None:
    folder = write_provider(specs, "deep", document({"/a": {"get": operation("a")}}))
    page = folder / "api.json"
    text = json.dumps(json.loads(page.read_text()))
    page.write_text(text[:-1] + ', "x-deep": ' + "[" * 900 + "]" * 900 + "}")


@pytest.mark.parametrize("command", ["generate", "specs"])
def test_a_page_nested_too_deep_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    _deep_provider(tmp_path / "specs")
    code = main([command, "--specs", str(tmp_path / "specs"), "--out", str(tmp_path / "out"), "deep"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith("deep ")
    assert "failed" in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "out" / "deep").exists()
