"""What the generate tests share besides fixtures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
PROVIDERS = sorted(d.name for d in SPECS.iterdir() if (d / "provider.yaml").is_file())


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (caches aside), by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def leftovers(out: Path) -> list[str]:
    """Hidden entries of an output folder: temporary folders a run failed to remove."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))
