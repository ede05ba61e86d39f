"""Apply one provider's plan all or nothing: stage it, regenerate it there, then swap it in.

The new pages and manifest are written into a scratch copy of ``specs/<provider>/`` and the client
is regenerated from it into a scratch folder (in ``generated/`` itself, so that the final rename of
the new ``generated/<provider>/`` stays on one filesystem). Only when that succeeded are the pages,
the manifest and the output folder put in place; should one of those writes fail, the ones before it
are undone. A provider with any failed page is left exactly as it was.

A plan that only stores validators (ETag / Last-Modified) rewrites the manifest alone: the lock in
``generation.lock.json`` ignores those lines, so the generated client stays current as it is.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from codegen.errors import CodegenError
from codegen.files import write_atomically
from codegen.generate import swap
from codegen.paths import SPEC_FILE
from codegen.refresh.manifest import edit_manifest
from codegen.refresh.plan import ProviderPlan
from codegen.refresh.steps import StepResult

Generate = Callable[[Sequence[str], Path, Path], StepResult]


class ApplyError(CodegenError):
    """The provider could not be refreshed; its files are as they were."""


@dataclass(frozen=True)
class Applied:
    provider: str
    pages: tuple[str, ...]  # files rewritten
    manifest: bool  # whether provider.yaml changed
    old_document: bytes | None = None  # openapi.yaml before a regeneration (None: there was none)


def apply_plan(plan: ProviderPlan, generated_dir: Path, generate: Generate) -> Applied:
    """Write what ``plan`` accepted, or raise ApplyError (CodegenError, OSError) having written nothing."""
    provider = plan.provider
    if plan.failed:
        return Applied(provider.name, (), False)
    updates = {p.entry.file: p.validators for p in plan.pages if p.validators is not None}
    old_manifest = provider.manifest_path.read_bytes()
    text = edit_manifest(old_manifest.decode("utf-8"), provider.manifest_path, provider.name, pages=updates)
    new_manifest = text.encode("utf-8")
    writes = [(page.path, page.old, page.new) for page in plan.changed if page.new is not None]
    if new_manifest != old_manifest:
        writes.append((provider.manifest_path, old_manifest, new_manifest))
    if not plan.changed:
        _write_all(writes)
        return Applied(provider.name, (), bool(writes))

    output = generated_dir / provider.name
    document = output / SPEC_FILE
    old_document = document.read_bytes() if document.is_file() else None
    stage_out = swap.make_temp(generated_dir, provider.name)
    try:
        with tempfile.TemporaryDirectory(prefix="refresh-") as tmp:
            # Same folder name as specs/: the lock names its inputs specs/<provider>/<file>.
            stage_specs = Path(tmp) / provider.directory.parent.name
            shutil.copytree(provider.directory, stage_specs / provider.name)
            for path, _, new in writes:
                (stage_specs / provider.name / path.name).write_bytes(new)
            result = generate([provider.name], stage_specs, stage_out)
        if not result.ok:
            raise ApplyError(f"regenerating the client failed: {result.error}")
        if not (stage_out / provider.name / SPEC_FILE).is_file():
            raise ApplyError(f"regenerating the client made no {SPEC_FILE}")
        _write_all(writes, then=lambda: swap.swap_in(stage_out / provider.name, output))
    finally:
        swap.remove(stage_out)
    return Applied(
        provider.name,
        tuple(page.entry.file for page in plan.changed),
        new_manifest != old_manifest,
        old_document,
    )


def _write_all(
    writes: list[tuple[Path, bytes | None, bytes]], then: Callable[[], None] | None = None
) -> None:
    """Write each file atomically, then run ``then``; on any failure put back what was written."""
    done: list[tuple[Path, bytes | None]] = []
    try:
        for path, old, new in writes:
            write_atomically(path, new)
            done.append((path, old))
        if then is not None:
            then()
    except BaseException:
        for path, old in reversed(done):
            if old is None:
                path.unlink(missing_ok=True)
            else:
                write_atomically(path, old)
        raise
