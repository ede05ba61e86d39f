"""A provider's refresh is all or nothing (issue 20, item 7): when regenerating its client fails after
its new pages were accepted, or putting the files in place fails half-way, its pages, manifest and
``generated/<provider>/`` are as they were, and ``codegen check`` still passes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.generate import swap
from codegen.refresh.apply import _write_all
from codegen.refresh.fetch import FetchOptions
from codegen.refresh.pipeline import RefreshOutcome, Steps, refresh
from codegen.refresh.plan import Status
from codegen.refresh.steps import StepResult, generate

from .conftest import Tree, no_sleep, snapshot
from .test_refresh import CODEGEN_PAGE, NEW_QUERY_PARAMETER, PAUSE_PAGE, FakeGenerate, edited, serve

OPTIONS = FetchOptions(timeout=5.0, retries=0, trust_env=False)


def run(tree: Tree, *names: str, generate: Steps | None = None) -> RefreshOutcome:
    return refresh(
        tree.specs, tree.generated, list(names) or None, options=OPTIONS, sleep=no_sleep, after=generate
    )


def contents(root: Path) -> dict[str, bytes]:
    return {path: data for path, (data, _) in snapshot(root).items()}


class FailsAfterWriting(FakeGenerate):
    """Writes a new document and part of a client where it is told to, then reports a failed step."""

    def __call__(self, providers: Sequence[str], specs: Path, generated: Path) -> StepResult:
        super().__call__(providers, specs, generated)
        for name in providers:
            (generated / name / "half_written_client.py").write_text("# ruff failed here\n")
        return StepResult(False, error="`python -m codegen generate codegen` exited with 1:\nruff: failed")


def test_a_failed_regeneration_leaves_pages_manifest_and_output_as_they_were(tree: Tree) -> None:
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER), etag='"c2"')
    specs, generated = snapshot(tree.specs), snapshot(tree.generated)
    fails = FailsAfterWriting()

    outcome = run(tree, "codegen", generate=Steps(generate=fails))

    assert fails.calls == [["codegen"]]
    assert outcome.exit_code == 1
    assert outcome.providers[0].plan.pages[0].status is Status.CHANGED  # the page itself was accepted
    (failure,) = outcome.failures
    assert failure.reason.startswith("regenerating the client failed: `python -m codegen generate codegen`")
    assert failure.reason.endswith("the provider's files are as they were")
    assert snapshot(tree.specs) == specs
    assert snapshot(tree.generated) == generated  # no new openapi.yaml, no half client, no staging folder


def test_a_failure_while_putting_files_in_place_puts_back_what_was_written(
    tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve(tree, PAUSE_PAGE, tree.page_path(*PAUSE_PAGE).read_bytes().replace(b"Pauses", b"Pauses now"))
    specs, generated = contents(tree.specs), snapshot(tree.generated)

    def no_room(new: Path, final: Path) -> None:
        raise OSError(28, "No space left on device", str(final))

    monkeypatch.setattr(swap, "swap_in", no_room)
    outcome = run(tree, "anchorbrowser", generate=Steps(generate=FakeGenerate()))

    assert outcome.exit_code == 1
    assert "No space left on device" in outcome.failures[0].reason
    assert contents(tree.specs) == specs  # the page and the manifest were written, then put back
    assert snapshot(tree.generated) == generated


def test_write_all_removes_new_files_and_restores_old_ones_on_failure(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_bytes(b"before")

    def fail() -> None:
        raise OSError("swap failed")

    with pytest.raises(OSError, match="swap failed"):
        _write_all([(old, b"before", b"after"), (new, None, b"brand new")], then=fail)

    assert old.read_bytes() == b"before" and not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.md"]  # no temporary files left


# --- with the real generators ----------------------------------------------------------------------


def check(tree: Tree, provider: str) -> int:
    return main(["check", provider, "--specs", str(tree.specs), "--out", str(tree.generated), "--jobs", "1"])


@pytest.mark.slow
def test_with_the_real_generators_refresh_is_all_or_nothing_and_check_passes(tree: Tree) -> None:
    assert main(["generate", "codegen", "--specs", str(tree.specs), "--out", str(tree.generated)]) == 0
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER), etag='"c2"')
    specs, generated = snapshot(tree.specs), snapshot(tree.generated)

    def real_then_fails(providers: Sequence[str], specs_dir: Path, out: Path) -> StepResult:
        """The real `codegen generate` runs to the end in the staging folders; then a later step fails."""
        assert generate(providers, specs_dir, out).ok
        assert (out / "codegen" / "intermission_codegen").is_dir()
        return StepResult(False, error="a step after generation failed")

    failed = run(tree, "codegen", generate=Steps(generate=real_then_fails))

    assert failed.exit_code == 1
    assert (snapshot(tree.specs), snapshot(tree.generated)) == (specs, generated)
    assert check(tree, "codegen") == 0

    applied = run(tree, "codegen")  # the real steps, end to end

    assert applied.exit_code == 0, applied.failures
    assert b"wait:" in tree.page_path(*CODEGEN_PAGE).read_bytes()
    assert b"wait" in (tree.generated / "codegen" / "openapi.yaml").read_bytes()
    assert check(tree, "codegen") == 0
    assert [p.name for p in tree.generated.iterdir() if p.name.startswith(".")] == []
