"""``check``: regenerate everything into a temporary folder and compare it with the committed output."""

from __future__ import annotations

import difflib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from codegen.generate import operations
from codegen.generate.outcome import FAILED, Outcome
from codegen.generate.pipeline import exit_status, generate

DIFF_LINES = 40
_IGNORED_DIRS = {"__pycache__"}


@dataclass
class TreeDiff:
    added: list[str] = field(default_factory=list)  # the regeneration would add these files
    removed: list[str] = field(default_factory=list)  # ... remove these
    changed: list[str] = field(default_factory=list)  # ... rewrite these

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _files(root: Path, tops: list[str]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for top in tops:
        base = root / top
        candidates = [base] if base.is_file() else sorted(base.rglob("*")) if base.is_dir() else []
        for path in candidates:
            rel = path.relative_to(root)
            if path.is_file() and not _IGNORED_DIRS.intersection(rel.parts) and path.suffix != ".pyc":
                found[rel.as_posix()] = path
    return found


def _top_entries(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {p.name for p in root.iterdir() if not p.name.startswith(".") and p.name not in _IGNORED_DIRS}


def compare(committed: Path, fresh: Path, tops: list[str] | None = None) -> TreeDiff:
    """Compare two output folders, limited to the top-level entries ``tops`` when given."""
    names = sorted(tops if tops is not None else _top_entries(committed) | _top_entries(fresh))
    old, new = _files(committed, names), _files(fresh, names)
    return TreeDiff(
        added=sorted(new.keys() - old.keys()),
        removed=sorted(old.keys() - new.keys()),
        changed=sorted(k for k in old.keys() & new.keys() if old[k].read_bytes() != new[k].read_bytes()),
    )


def _text(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8", errors="replace").splitlines(keepends=True)


def summary(diff: TreeDiff, committed: Path, fresh: Path, limit: int = DIFF_LINES) -> list[str]:
    label = committed.name
    lines = [
        f"{label}/ is stale: {len(diff.changed)} changed, {len(diff.added)} added, "
        f"{len(diff.removed)} removed (run `make generate`)"
    ]
    lines += [f"  changed  {p}" for p in diff.changed]
    lines += [f"  added    {p}" for p in diff.added]
    lines += [f"  removed  {p}" for p in diff.removed]
    shown: list[str] = []
    for rel in diff.changed:
        shown += difflib.unified_diff(
            _text(committed / rel), _text(fresh / rel), f"{label}/{rel}", f"regenerated/{rel}", n=1
        )
        if len(shown) >= limit:
            break
    if shown:
        lines += [line.rstrip("\n") for line in shown[:limit]]
        if len(shown) > limit:
            lines.append("...")
    return lines


def _lost_operations(specs_dir: Path, out_dir: Path, names: list[str]) -> list[str]:
    """One line per committed client whose functions differ from its document's operations."""
    from codegen.generate.runners import load_client_config
    from codegen.paths import SPEC_FILE
    from codegen.providers import load_provider
    from codegen.yamlio import load_yaml

    lines = []
    for name in names:
        provider = load_provider(specs_dir / name)
        source = out_dir / name / SPEC_FILE
        if not source.is_file():
            continue  # the tree comparison reports it
        config = load_client_config(provider)
        prefix, all_tags = config.field_prefix, config.generate_all_tags
        named, _ = operations.name_operations(
            load_yaml(source.read_text(encoding="utf-8"), source), prefix=prefix, all_tags=all_tags
        )
        mismatch = operations.compare_operations(
            named, out_dir / name / provider.client_package, prefix=prefix, all_tags=all_tags
        )
        if mismatch:
            lines.append(f"{name}: {mismatch.message()}")
    return lines


def check(
    specs_dir: Path,
    out_dir: Path,
    names: list[str] | None = None,
    *,
    jobs: int | None = None,
    write: Callable[[str], None] = print,
    report_failure: Callable[[Outcome], None] | None = None,
) -> int:
    """0 when ``out_dir`` is what the pipeline makes of ``specs_dir`` now, 1 when stale; never writes."""
    with tempfile.TemporaryDirectory(prefix="intermission-check-") as tmp:
        fresh = Path(tmp) / out_dir.name
        outcomes = generate(specs_dir, fresh, names, force=True, jobs=jobs)
        failed = [o for o in outcomes if o.status == FAILED]
        if failed:
            for outcome in failed:
                (report_failure or (lambda o: write(o.line())))(outcome)
            return exit_status(outcomes)
        lost = _lost_operations(specs_dir, out_dir, [o.provider for o in outcomes])
        for line in lost:
            write(line)
        diff = compare(out_dir, fresh, [o.provider for o in outcomes] if names else None)
        if not diff and not lost:
            write(f"{out_dir.name}/ is up to date ({len(outcomes)} providers)")
            return 0
        for line in summary(diff, out_dir, fresh):
            write(line)
        return 1
