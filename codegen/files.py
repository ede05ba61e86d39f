"""Writing files so that a reader sees the old bytes or the new ones, never half of them."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_UMASK_LINE = re.compile(rb"^Umask:\s*([0-7]+)$", re.M)


def current_umask() -> int:
    """The process umask, read without changing it where the system allows.

    ``os.umask`` can only be read by setting it, which for a moment changes it for every thread of the
    process; Linux shows it in ``/proc/self/status``. Elsewhere it is set to the most private value
    while it is read, so that a file another thread creates meanwhile is private, not world-writable.
    """
    try:
        match = _UMASK_LINE.search(Path("/proc/self/status").read_bytes())
    except OSError:
        match = None
    if match:
        return int(match.group(1), 8)
    mask = os.umask(0o777)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes | str) -> bool:
    """Replace ``path`` by ``data`` through a synced temporary file in its folder; False when unchanged.

    An existing file keeps its mode; a new one gets the mode the umask gives a new file.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == raw:
            return False
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o666 & ~current_umask()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
