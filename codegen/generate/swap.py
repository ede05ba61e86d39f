"""Build a provider's output beside the old one, then swap it in with renames on one filesystem.

Temporary folders live in the output folder itself (``generated/.tmp-<pid>-<provider>-<random>``) so
that the final rename never crosses filesystems. Their names carry the pid of the run that made them:
a later run removes those of dead runs, and puts back an old output a crash left set aside.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from codegen.files import current_umask

TMP = ".tmp"
OLD = ".old"
_LEFTOVER = re.compile(r"^(\.tmp|\.old)-(\d+)-(.+)-[^-]+$")


def make_temp(out_dir: Path, name: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f"{TMP}-{os.getpid()}-{name}-", dir=out_dir))
    path.chmod(0o777 & ~current_umask())  # mkdtemp makes it private; the output is an ordinary folder
    return path


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def swap_in(new: Path, final: Path) -> None:
    """Replace the folder ``final`` by ``new``; on failure ``final`` is left as it was."""
    if not final.exists():
        os.rename(new, final)
        return
    old = Path(tempfile.mkdtemp(prefix=f"{OLD}-{os.getpid()}-{final.name}-", dir=final.parent))
    os.rename(final, old / "output")
    try:
        os.rename(new, final)
    except BaseException:
        os.rename(old / "output", final)  # should this fail too, the next run restores it
        remove(old)
        raise
    remove(old)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(out_dir: Path) -> None:
    """Remove the temporary folders of runs that died; restore an output set aside by one."""
    if not out_dir.is_dir():
        return
    for entry in sorted(out_dir.iterdir()):
        match = _LEFTOVER.match(entry.name)
        if not match or _alive(int(match.group(2))):
            continue
        kind, name = match.group(1), match.group(3)
        saved = entry / "output"
        if kind == OLD and saved.is_dir() and not (out_dir / name).exists():
            os.rename(saved, out_dir / name)
        remove(entry)
