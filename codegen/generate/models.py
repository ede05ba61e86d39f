"""The pydantic models package of one provider, built in this process or in a child process beside it.

``<package>_pydantic/__init__.py`` (and, for dotted schema names, a module per prefix) comes from
datamodel-code-generator, then the pinned ruff and the banner;
``py.typed`` marks it typed. When a core would otherwise sit idle, ``Running`` builds it in a child process
(``python -m codegen.generate.models SOURCE PACKAGE PROVIDER [--validate]``) while the parent generates the
client; the child then also does the slowest part of the documents step, the OpenAPI validation.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from codegen.errors import SpecError
from codegen.generate import banner, runners

VALIDATE = "--validate"
PY_TYPED = "py.typed"
PY_TYPED_TEXT = "# Marker file for PEP 561\n"


def build(source: Path, package: Path, provider: str) -> None:
    """Write the models package ``package`` (which must not exist) from the document ``source``."""
    package.mkdir()
    runners.run_datamodel_codegen(source, package)
    runners.run_ruff(package.parent, [package.name])
    banner.mark_python(package, provider)
    (package / PY_TYPED).write_text(PY_TYPED_TEXT, encoding="utf-8")


def validate_source(source: Path, provider: str) -> None:
    """Check the written document against the OpenAPI 3.1 schema; ``SpecError`` when it is not valid."""
    from codegen.openapi.document import validate
    from codegen.yamlio import load_yaml

    validate(provider, load_yaml(source.read_text(encoding="utf-8"), source))


class Running:
    """A models build in a child process, after validating the document when asked; ``wait`` raises what
    failed there: ``SpecError`` for an invalid document, ``StepError`` for a failed step."""

    def __init__(self, source: Path, package: Path, provider: str, *, validate: bool = False) -> None:
        command = [sys.executable, "-m", "codegen.generate.models", str(source), str(package), provider]
        self._provider = provider
        self._process = subprocess.Popen(
            [*command, *([VALIDATE] if validate else [])],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait(self) -> None:
        out, err = self._process.communicate()
        if self._process.returncode == 0:
            return
        try:
            failure = json.loads(out)
            if failure.get("invalid"):
                raise SpecError(self._provider, str(failure["reason"]))
            raise runners.StepError(str(failure["step"]), str(failure["reason"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            detail = err.strip() or f"exit status {self._process.returncode}"
            raise runners.StepError(
                runners.DATAMODEL_CODE_GENERATOR, f"the models process failed: {detail}"
            ) from None

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()


def main(argv: list[str]) -> int:
    source, package, provider, *options = argv
    try:
        if VALIDATE in options:
            validate_source(Path(source), provider)
        build(Path(source), Path(package), provider)
    except SpecError as exc:
        print(json.dumps({"invalid": True, "reason": exc.message}))
        return 1
    except runners.StepError as exc:
        print(json.dumps({"step": exc.step, "reason": exc.reason}))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
