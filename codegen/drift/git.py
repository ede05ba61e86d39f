"""Reading files of a repository at a git ref, for comparison with the working tree."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from codegen.drift.model import DriftError

GIT_TIMEOUT = 120.0


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, timeout=GIT_TIMEOUT, check=False
        )
    except FileNotFoundError:
        raise DriftError("git is not installed (needed to read files at a ref)") from None
    except subprocess.TimeoutExpired:
        raise DriftError(f"`git {' '.join(args)}` did not finish within {GIT_TIMEOUT:g} s") from None


def _first_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "no output"


def repo_root(path: Path) -> Path:
    proc = _git(path, "rev-parse", "--show-toplevel")
    if proc.returncode != 0:
        raise DriftError(f"{path} is not inside a git repository: {_first_line(proc.stderr)}")
    return Path(proc.stdout.decode().strip())


def commit_of(repo: Path, ref: str) -> str | None:
    """The commit ``ref`` names, or None when it names none."""
    if ref.startswith("-"):
        return None
    proc = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    return proc.stdout.decode().strip() if proc.returncode == 0 else None


def resolve(repo: Path, ref: str) -> str:
    sha = commit_of(repo, ref)
    if sha is None:
        raise DriftError(f"git ref {ref!r} does not exist in {repo} (fetch it, or pass another --base)")
    return sha


def default_base(repo: Path) -> tuple[str, str]:
    """``git merge-base HEAD main``, or HEAD when there is no main branch: (label, commit)."""
    head = resolve(repo, "HEAD")
    if commit_of(repo, "main") is None:
        return "HEAD", head
    proc = _git(repo, "merge-base", "HEAD", "main")
    if proc.returncode != 0:
        raise DriftError(f"HEAD and main have no merge base: {_first_line(proc.stderr)}")
    return "merge base of HEAD and main", proc.stdout.decode().strip()


def extract(repo: Path, commit: str, path: str, dest: Path) -> bool:
    """Write ``path`` (a folder of the repository) as it is at ``commit`` under ``dest``.

    Returns False when the folder does not exist at that commit.
    """
    listed = _git(repo, "ls-tree", "--name-only", commit, "--", path)
    if listed.returncode != 0:
        raise DriftError(f"cannot list {path} at {commit[:12]}: {_first_line(listed.stderr)}")
    if not listed.stdout.strip():
        return False
    proc = _git(repo, "archive", "--format=tar", commit, "--", path)
    if proc.returncode != 0:
        raise DriftError(f"cannot read {path} at {commit[:12]}: {_first_line(proc.stderr)}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as archive:
        archive.extractall(dest, filter="data")
    return True
