"""One provider's output, built from scratch into an empty folder (runs in a worker process)."""

from __future__ import annotations

import keyword
import os
import time
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError, SpecError
from codegen.generate import banner, models, runners
from codegen.generate.lock import render_lock
from codegen.generate.outcome import BUILT, FAILED, Outcome
from codegen.openapi.notice import Notice
from codegen.paths import LOCK_FILE, SPEC_FILE
from codegen.providers import Provider

SPEC_STEP = "spec"
# What reading a page past the parsers' limits raises (nesting, huge integers, unreadable files): bad
# input, like a PageError, not a generator failure.
UNREADABLE_PAGE = (RecursionError, ValueError, OSError)
DOCUMENT = "document"  # what the documents step fixed or decided on its own
LOCK_STEP = "lock"


def pydantic_package(provider: Provider) -> str:
    """The models package beside the client; imported as ``<client package>_pydantic``."""
    return f"{provider.client_package}_pydantic"


def output_names(provider: Provider) -> tuple[str, ...]:
    """The entries of ``generated/<provider>/``."""
    return (SPEC_FILE, provider.client_package, pydantic_package(provider), LOCK_FILE)


def document_text(provider: Provider, document: dict[str, Any]) -> str:
    """``generated/<provider>/openapi.yaml`` as ``generate`` and ``specs`` both write it."""
    from codegen.openapi.assemble import render_document

    return banner.banner(provider.name) + render_document(document)


def _reason(provider: Provider, exc: CodegenError) -> str:
    if isinstance(exc, SpecError) and exc.provider == provider.name:
        return runners.stable(exc.message)
    return runners.stable(str(exc))


def _client(provider: Provider, document: dict[str, Any], source: Path, target: Path) -> list[str]:
    """The attrs client package, formatted and marked; returns the generator's warnings."""
    client = target / provider.client_package
    warnings = runners.run_openapi_python_client(provider, document, source, client)
    runners.run_ruff(target, [provider.client_package])
    banner.mark_python(client, provider.name)
    (client / models.PY_TYPED).write_text(models.PY_TYPED_TEXT, encoding="utf-8")
    return warnings


def build_provider(
    provider: Provider, target: Path, lock: dict[str, Any], *, overlap: bool = False
) -> Outcome:
    """Fill the empty folder ``target``; never raises, the result names the failed step.

    With ``overlap`` the models package is built in a child process while this one generates the
    client, and that process also validates the document (worth it when a core is idle); without, one
    step after the other.
    """
    start = time.perf_counter()
    step = SPEC_STEP
    warnings: list[str] = []
    running: models.Running | None = None
    try:
        from codegen.openapi.assemble import build_document

        if not provider.client_package.isidentifier() or keyword.iskeyword(provider.client_package):
            raise SpecError(provider.name, f"client.package {provider.client_package!r} is not a Python name")
        notices: list[Notice] = []
        document = build_document(provider, notices, check=not overlap)
        warnings += [f"{DOCUMENT}: {notice}" for notice in notices]
        source = target / SPEC_FILE
        source.write_text(document_text(provider, document), encoding="utf-8")
        step = runners.DATAMODEL_CODE_GENERATOR
        package = target / pydantic_package(provider)
        if not overlap:
            models.build(source, package, provider.name)
            step = runners.OPENAPI_PYTHON_CLIENT
            warnings += _client(provider, document, source, target)
        else:
            running = models.Running(source, package, provider.name, validate=True)
            step = runners.OPENAPI_PYTHON_CLIENT
            try:
                warnings += _client(provider, document, source, target)
            except Exception:
                waiting, running = running, None
                try:
                    waiting.wait()
                except CodegenError:
                    step = SPEC_STEP  # an invalid document explains the generator's failure
                    raise
                except runners.StepError:
                    pass
                raise
            step = runners.DATAMODEL_CODE_GENERATOR
            waiting, running = running, None
            try:
                waiting.wait()
            except CodegenError:
                step = SPEC_STEP
                raise
        step = LOCK_STEP
        (target / LOCK_FILE).write_text(render_lock(lock), encoding="utf-8")
    except CodegenError as exc:
        reason = _reason(provider, exc)
        return Outcome(
            provider.name, FAILED, time.perf_counter() - start, step, reason, True, tuple(warnings)
        )
    except runners.StepError as exc:
        return Outcome(
            provider.name, FAILED, time.perf_counter() - start, exc.step, exc.reason, False, tuple(warnings)
        )
    except Exception as exc:  # a generator bug must not take the other providers down
        reason = runners.stable(f"{type(exc).__name__}: {exc}".replace(f"{target}{os.sep}", ""))
        bad_page = step == SPEC_STEP and isinstance(exc, UNREADABLE_PAGE)
        return Outcome(
            provider.name, FAILED, time.perf_counter() - start, step, reason, bad_page, tuple(warnings)
        )
    finally:
        if running is not None:
            running.stop()
    return Outcome(provider.name, BUILT, time.perf_counter() - start, warnings=tuple(warnings))
