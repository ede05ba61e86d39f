"""The pydantic models package of one provider, built in this process or in a child process beside it.

``<package>_pydantic/__init__.py`` comes from datamodel-code-generator, then the pinned ruff and the banner;
``py.typed`` marks it typed. When a core would otherwise sit idle, ``start`` builds it in a child process
(``python -m codegen.generate.models SOURCE PACKAGE PROVIDER``) while the parent generates the client.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from codegen.generate import banner, runners

PY_TYPED = "py.typed"
PY_TYPED_TEXT = "# Marker file for PEP 561\n"
MODULE = "__init__.py"


def build(source: Path, package: Path, provider: str) -> None:
    """Write the models package ``package`` (which must not exist) from the document ``source``."""
    package.mkdir()
    runners.run_datamodel_codegen(source, package / MODULE)
    runners.run_ruff(package.parent, [package.name])
    banner.mark_python(package, provider)
    (package / PY_TYPED).write_text(PY_TYPED_TEXT, encoding="utf-8")


class Running:
    """A models build in a child process; ``wait`` raises its ``StepError``."""

    def __init__(self, source: Path, package: Path, provider: str) -> None:
        command = [sys.executable, "-m", "codegen.generate.models", str(source), str(package), provider]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait(self) -> None:
        out, err = self._process.communicate()
        if self._process.returncode == 0:
            return
        try:
            failure = json.loads(out)
            raise runners.StepError(str(failure["step"]), str(failure["reason"]))
        except (ValueError, KeyError, TypeError):
            detail = err.strip() or f"exit status {self._process.returncode}"
            raise runners.StepError(
                runners.DATAMODEL_CODE_GENERATOR, f"the models process failed: {detail}"
            ) from None

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()


def main(argv: list[str]) -> int:
    source, package, provider = argv
    try:
        build(Path(source), Path(package), provider)
    except runners.StepError as exc:
        print(json.dumps({"step": exc.step, "reason": exc.reason}))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
