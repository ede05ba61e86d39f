"""One provider's output, built from scratch into an empty folder (runs in a worker process)."""

from __future__ import annotations

import keyword
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError, SpecError
from codegen.generate import runners
from codegen.generate.lock import LOCK_FILE, render_lock
from codegen.providers import Provider

SPEC_FILE = "openapi.yaml"
SPEC_STEP = "spec"
LOCK_STEP = "lock"


def pydantic_module(provider: Provider) -> str:
    return f"{provider.client_package}_pydantic.py"


def output_names(provider: Provider) -> tuple[str, ...]:
    """The entries of ``generated/<provider>/``."""
    return (SPEC_FILE, provider.client_package, pydantic_module(provider), LOCK_FILE)


@dataclass(frozen=True)
class BuildResult:
    provider: str
    seconds: float
    step: str = ""
    reason: str = ""
    bad_input: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.step


def _reason(provider: Provider, exc: CodegenError) -> str:
    if isinstance(exc, SpecError) and exc.provider == provider.name:
        return runners.stable(exc.message)
    return runners.stable(str(exc))


def build_provider(provider: Provider, target: Path, lock: dict[str, Any]) -> BuildResult:
    """Fill the empty folder ``target``; never raises, the result names the failed step."""
    start = time.perf_counter()
    step = SPEC_STEP
    warnings: list[str] = []
    try:
        from codegen.build_specs import build_document, render_document

        if not provider.client_package.isidentifier() or keyword.iskeyword(provider.client_package):
            raise SpecError(provider.name, f"client.package {provider.client_package!r} is not a Python name")
        document = build_document(provider)
        source = target / SPEC_FILE
        source.write_text(render_document(document), encoding="utf-8")
        step = runners.DATAMODEL_CODE_GENERATOR
        runners.run_datamodel_codegen(source, target / pydantic_module(provider))
        step = runners.OPENAPI_PYTHON_CLIENT
        warnings += runners.run_openapi_python_client(
            provider, document, source, target / provider.client_package
        )
        step = runners.RUFF
        runners.run_ruff(target, [provider.client_package, pydantic_module(provider)])
        step = LOCK_STEP
        (target / LOCK_FILE).write_text(render_lock(lock), encoding="utf-8")
    except CodegenError as exc:
        reason = _reason(provider, exc)
        return BuildResult(provider.name, time.perf_counter() - start, step, reason, True, tuple(warnings))
    except runners.StepError as exc:
        return BuildResult(
            provider.name, time.perf_counter() - start, exc.step, exc.reason, False, tuple(warnings)
        )
    except Exception as exc:  # a generator bug must not take the other providers down
        reason = runners.stable(f"{type(exc).__name__}: {exc}".replace(f"{target}{os.sep}", ""))
        return BuildResult(provider.name, time.perf_counter() - start, step, reason, False, tuple(warnings))
    return BuildResult(provider.name, time.perf_counter() - start, warnings=tuple(warnings))
