"""``Result`` is generic over the generated model: ``reveal_type(result.model)`` names it (mypy --strict)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MODEL = r"intermission_agi\.models\.session_status_response\.SessionStatusResponse"

# A user's script: a Result parametrized with AGI's status model, and one from the client itself.
SCRIPT = """
import intermission
from intermission import Result
from intermission_agi.models import SessionStatusResponse


def given(result: Result[SessionStatusResponse]) -> None:
    reveal_type(result.model)


with intermission.Client("agi", api_key="k") as agi:
    reveal_type(agi.status("9f1c").model)
"""


def revealed(tmp_path: Path) -> tuple[list[str], str]:
    script = tmp_path / "user.py"
    script.write_text(SCRIPT)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            script,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return re.findall(r'note: Revealed type is "(.*)"', proc.stdout), proc.stdout


def test_result_model_reveals_the_generated_model(tmp_path: Path) -> None:
    types, output = revealed(tmp_path)
    assert "error:" not in output, output
    assert len(types) == 2, output
    for shown in types:
        assert re.fullmatch(rf"{MODEL} \| None|Union\[{MODEL}, None\]", shown), shown
