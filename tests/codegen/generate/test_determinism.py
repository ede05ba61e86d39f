"""Same inputs, same bytes: no timestamps, no machine paths, no dependence on parallelism."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pytest

from codegen.generate.lock import LOCK_FILE, TOOLS
from codegen.generate.pipeline import REGENERATED, generate
from codegen.providers import load_provider
from tests.codegen.generate.helpers import PROVIDERS, ROOT, SPECS, snapshot

pytestmark = pytest.mark.slow


def test_two_forced_runs_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    # The second run builds every provider in this process, one after the other (the fixture's ran in
    # parallel workers): neither the worker layout nor the order may show in the output.
    outcomes = generate(SPECS, tmp_path / "generated", force=True, jobs=1)
    assert {o.status for o in outcomes} == {REGENERATED}
    assert snapshot(tmp_path / "generated") == snapshot(fresh)


def test_no_file_holds_a_machine_path(fresh: Path) -> None:
    machine_paths = {str(ROOT), str(fresh), tempfile.gettempdir() + "/", sys.prefix, str(Path.home())}
    for rel, data in snapshot(fresh).items():
        text = data.decode("utf-8")
        found = [p for p in machine_paths if p in text]
        assert not found, f"{rel} holds {found}"
        assert "#   timestamp:" not in text, rel  # datamodel-codegen's header without --disable-timestamp


def test_each_provider_has_its_four_outputs(fresh: Path) -> None:
    for name in PROVIDERS:
        package = load_provider(SPECS / name).client_package
        entries = sorted(p.name for p in (fresh / name).iterdir())
        assert entries == sorted(["openapi.yaml", package, f"{package}_pydantic.py", LOCK_FILE])
        assert (fresh / name / package / "py.typed").is_file()


def test_the_lock_names_tools_and_hashes_every_input(fresh: Path) -> None:
    for name in PROVIDERS:
        text = (fresh / name / LOCK_FILE).read_text()
        lock = json.loads(text)
        assert text == json.dumps(lock, indent=2, sort_keys=True) + "\n"
        assert lock["provider"] == name
        assert sorted(lock["tools"]) == sorted([*TOOLS, "pipeline"])
        provider = load_provider(SPECS / name)
        expected = sorted(p.relative_to(ROOT).as_posix() for p in provider.input_paths())
        assert sorted(lock["inputs"]) == expected
        assert f"specs/{name}/openapi-python-client.yaml" in lock["inputs"]
