"""The steps after new pages land, run through the repository's own CLI:
``python -m codegen generate`` (clients) and ``python -m codegen drift`` (the report)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from codegen.paths import GENERATED_DIR, ROOT, SPECS_DIR

DEFAULT_SPECS, DEFAULT_GENERATED = SPECS_DIR, GENERATED_DIR
STEP_TIMEOUT = 900.0


@dataclass(frozen=True)
class StepResult:
    ok: bool
    output: str = ""  # the command's stdout (the drift Markdown)
    error: str = ""  # why it failed; empty when ok


def run_codegen(args: Sequence[str], timeout: float = STEP_TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _last_lines(text: str, count: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-count:])


def _call(command: str, args: Sequence[str], ok_codes: tuple[int, ...] = (0,)) -> StepResult:
    shown = " ".join(["python -m codegen", command, *args])
    try:
        proc = run_codegen([command, *args])
    except subprocess.TimeoutExpired:
        return StepResult(False, error=f"`{shown}` did not finish within {STEP_TIMEOUT:g} s")
    if proc.returncode not in ok_codes:
        detail = _last_lines(proc.stderr or proc.stdout)
        return StepResult(False, proc.stdout, f"`{shown}` exited with {proc.returncode}:\n{detail}")
    return StepResult(True, proc.stdout)


def generate(providers: Sequence[str], specs_dir: Path, generated_dir: Path) -> StepResult:
    """Regenerate the clients of ``providers``; folder options only when not the defaults."""
    args = list(providers)
    if specs_dir.resolve() != DEFAULT_SPECS:
        args += ["--specs", str(specs_dir.resolve())]
    if generated_dir.resolve() != DEFAULT_GENERATED:
        args += ["--out", str(generated_dir.resolve())]
    return _call("generate", args)


def _shown(path: Path) -> str:
    """``path`` relative to the checkout when inside it (the drift CLI runs there): shorter labels."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path.resolve())


def drift(old: Path, new: Path, provider: str) -> StepResult:
    """The Markdown drift report of ``old`` -> ``new``, ``old`` being labelled as ``new`` before."""
    old_arg, new_arg = _shown(old), _shown(new)
    args = [old_arg, new_arg, "--provider", provider, "--format", "markdown", "--fail-on", "never"]
    result = _call("drift", args)
    return replace(result, output=result.output.replace(old_arg, f"{new_arg} (before)"))
