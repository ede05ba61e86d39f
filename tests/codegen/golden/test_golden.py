"""Seed pages -> normalized documents, compared with hand-reviewed files.

After an intended change, rewrite the expected files with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/codegen/golden`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen.cli import main

HERE = Path(__file__).parent
PAGES = sorted((HERE / "pages").iterdir())


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_seed_page_converts_to_the_reviewed_document(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(page)]) == 0
    produced = capsys.readouterr().out
    expected = HERE / "expected" / f"{page.stem}.yaml"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(produced)
    assert produced == expected.read_text()
