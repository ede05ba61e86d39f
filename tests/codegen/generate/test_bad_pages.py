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


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_invalid_document_is_exit_2_whether_or_not_validation_overlaps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    """With a core to spare (two jobs, one provider) the validation runs beside the generators."""
    write_provider(
        tmp_path / "specs",
        "twice",
        document({"/a": {"get": operation("same")}, "/b": {"get": operation("same")}}),
    )
    code = main(
        ["generate", "--jobs", jobs, "--specs", str(tmp_path / "specs"), "--out", str(tmp_path / "out")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("twice          failed       spec: invalid OpenAPI 3.1 at ")
    assert "Operation ID 'same'" in err
    assert not (tmp_path / "out" / "twice").exists()
