"""Does our facade still work with the regenerated clients? One verdict per provider.

Two checks, both in the working tree (whose ``generated/`` is the new side): ``mypy --strict`` on
``wrappers/`` (the project's settings), and the facade's own tests (``tests/wrappers`` and
``tests/fakes``), which drive the facade against the local fakes; the fakes answer with, and validate
against, the models generated from the new documents. A failure in ``providers/<p>.py`` or in a test
parametrized with a provider's name concerns that provider; any other failure concerns them all.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from codegen.drift.model import FacadeVerdict, Report

TIMEOUT = 1200.0  # seconds for each check; both take well under a minute on two cores
FACADE_TESTS = ("tests/wrappers", "tests/fakes")
TYPED = "wrappers"
_MYPY_LINE = re.compile(r"^(?P<file>[^:\s]+\.py):(?P<line>\d+): error: (?P<message>.*)$")
_TRACE_LINE = re.compile(r"^(?P<file>\S+\.py):(?P<line>\d+): (?P<message>.*)$", re.M)


def _run(args: list[str], root: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", *args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, 1, "", f"{args[0]} did not finish within {TIMEOUT:g} s")


def type_errors(root: Path) -> list[str]:
    """``file:line: message`` for each mypy error in ``wrappers/``."""
    proc = _run(["mypy", "--no-error-summary", "--no-pretty", TYPED], root)
    found = []
    for line in proc.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match:
            found.append(f"{match['file']}:{match['line']}: {match['message']}")
    if proc.returncode != 0 and not found:
        found.append(f"{TYPED}: mypy failed: {(proc.stderr or proc.stdout).strip()[:500] or 'no output'}")
    return found


def test_failures(root: Path) -> list[tuple[str, str]]:
    """``(test id, file:line: message)`` for each failing facade test."""
    with tempfile.TemporaryDirectory(prefix="intermission-verdict-") as tmp:
        junit = Path(tmp) / "junit.xml"
        args = ["pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit1", f"--junitxml={junit}"]
        if importlib.util.find_spec("xdist") is not None:
            args += ["-n", str(min(4, os.cpu_count() or 1))]
        proc = _run([*args, *FACADE_TESTS], root)
        if not junit.is_file():
            message = (proc.stderr or proc.stdout).strip().splitlines()
            return [("pytest", f"tests: pytest did not run: {message[-1] if message else 'no output'}")]
        return _failures(ET.parse(junit).getroot(), root)


def _failures(tree: ET.Element, root: Path) -> list[tuple[str, str]]:
    found = []
    for case in tree.iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None:
            continue
        test_id = f"{case.get('classname', '')}::{case.get('name', '')}"
        message = (problem.get("message") or "failed").strip().splitlines()[0]
        places = list(_TRACE_LINE.finditer(problem.text or ""))
        if places:
            last = places[-1]
            where = f"{_relative(last['file'], root)}:{last['line']}"
        else:
            where = f"{case.get('file', '?')}:{case.get('line', '?')}"
        found.append((test_id, f"{where}: {message} ({test_id})"))
    return found


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path


def _concerns(text: str, provider: str, providers: Iterable[str]) -> bool:
    """Whether a failure names ``provider``, or names none of the providers (then it concerns all)."""
    named = [p for p in providers if re.search(rf"(?<![A-Za-z0-9]){re.escape(p)}(?![A-Za-z0-9])", text)]
    return provider in named or not named


def verdicts(root: Path, providers: list[str]) -> dict[str, FacadeVerdict]:
    failures = type_errors(root) + [failure for _, failure in test_failures(root)]
    return {
        name: FacadeVerdict(tuple(f for f in failures if _concerns(f, name, providers))) for name in providers
    }


def with_verdicts(report: Report, root: Path) -> Report:
    """``report`` with a facade verdict on every provider."""
    names = [p.provider for p in report.providers]
    found = verdicts(root, names)
    return replace(report, providers=tuple(replace(p, verdict=found[p.provider]) for p in report.providers))
