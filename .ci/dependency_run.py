"""Run the facade's and the fakes' tests on the lowest, or the newest, versions pyproject.toml allows.

    python3 .ci/dependency_run.py lowest     # every direct dependency at its lower bound (.venv-lowest)
    python3 .ci/dependency_run.py newest     # whatever pip resolves today (.venv-newest)

"Direct" means the runtime dependencies and the ``models`` and ``fakes`` extras; their own dependencies
resolve as pip chooses (uv's ``--resolution lowest-direct``). Every direct dependency must state a lower
bound, since that bound is a promise this run keeps. The test tools come from the ``test`` extra (pinned);
the generators, linters and vendor SDKs of the ``dev`` extra stay out, so they cannot hold a version back
(openapi-python-client caps httpx, for one).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = ("models", "fakes")
INSTALL = ".[models,fakes,test]"
# Tests that need what only the dev extra installs (the vendor SDKs, schemathesis, mypy, the generators,
# the build backend).
DEV_ONLY = (
    "tests/wrappers/providers/test_packaging.py",
    "tests/wrappers/providers/test_throwaway.py",
    "tests/wrappers/test_wire_equivalence.py",
    "tests/wrappers/test_result_typing.py",
    "tests/fakes/test_sdks.py",
    "tests/fakes/test_contract.py",
)
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$")


def lower_bounds() -> dict[str, str]:
    """``{distribution: lower bound}`` of every direct dependency; exit 2 when one has none."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = [
        *project["dependencies"],
        *(r for e in EXTRAS for r in project["optional-dependencies"][e]),
    ]
    bounds: dict[str, str] = {}
    for requirement in requirements:
        match = REQUIREMENT.match(requirement.split(";")[0])
        assert match, requirement
        name, spec = match.group(1).lower(), match.group(2)
        lower = re.search(r">=\s*([^,\s]+)", spec)
        if lower is None:
            sys.exit(f"error: pyproject.toml: {requirement!r} states no lower bound (>=) to test")
        bounds[name] = lower.group(1)
    return bounds


def _release(version: str) -> tuple[str, ...]:
    """``0.27`` and ``0.27.0`` alike."""
    parts = version.split(".")
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return tuple(parts)


def sh(*argv: str | Path) -> None:
    print("+", " ".join(map(str, argv)), flush=True)
    subprocess.run([str(a) for a in argv], cwd=ROOT, check=True)


def installed(python: Path, names: list[str]) -> dict[str, str]:
    listing = subprocess.run(
        [python, "-m", "pip", "list", "--format", "json"], capture_output=True, text=True, check=True
    ).stdout
    found = {row["name"].lower(): row["version"] for row in json.loads(listing)}
    return {name: found.get(name, "missing") for name in names}


def main(mode: str) -> int:
    if mode not in ("lowest", "newest"):
        sys.exit(f"usage: {sys.argv[0]} lowest|newest")
    started = time.monotonic()
    bounds = lower_bounds()
    venv = ROOT / f".venv-{mode}"
    python = venv / "bin" / "python"
    if not python.exists():
        sh(sys.executable, "-m", "venv", venv)
    pip = [python, "-m", "pip", "install", "-qq", "--disable-pip-version-check"]
    if mode == "lowest":
        constraints = venv / "lowest-direct.txt"
        constraints.write_text("".join(f"{name}=={version}\n" for name, version in bounds.items()))
        sh(*pip, "-c", constraints, "-e", INSTALL)
    else:
        sh(*pip, "--upgrade", "--upgrade-strategy", "eager", "-e", INSTALL)
    versions = installed(python, list(bounds))
    print(f"{mode} versions: " + ", ".join(f"{n} {v}" for n, v in versions.items()), flush=True)
    wrong = {n: v for n, v in versions.items() if mode == "lowest" and _release(v) != _release(bounds[n])}
    if wrong:
        sys.exit(f"error: not the lower bounds: {wrong}")
    installed_at = time.monotonic()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    ignore = [f"--ignore={path}" for path in DEV_ONLY]
    argv = [
        python,
        "-m",
        "pytest",
        "-q",
        "-n",
        "2",
        "-p",
        "no:cacheprovider",
        *ignore,
        "tests/wrappers",
        "tests/fakes",
    ]
    print("+", " ".join(map(str, argv)), flush=True)
    code = subprocess.run([str(a) for a in argv], cwd=ROOT, env=env, check=False).returncode
    done = time.monotonic()
    print(f"{mode}: install {installed_at - started:.0f} s, tests {done - installed_at:.0f} s", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
