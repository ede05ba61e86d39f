"""``refresh``: fetch every page, write what changed, regenerate those providers, diff their documents."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from codegen.build_specs import SPEC_FILE, build_all
from codegen.errors import CodegenError
from codegen.providers import discover, load_provider
from codegen.refresh import steps
from codegen.refresh.apply import Applied, apply_plan
from codegen.refresh.fetch import FetchOptions, FetchRequest, Sleep, fetch_all
from codegen.refresh.plan import ProviderPlan, plan_provider
from codegen.refresh.steps import StepResult


@dataclass(frozen=True)
class Steps:
    """What runs after pages are written; tests may swap these."""

    generate: Callable[[Sequence[str], Path, Path], StepResult] = steps.generate
    drift: Callable[[Path, Path, str], StepResult] = steps.drift


@dataclass(frozen=True)
class Failure:
    provider: str
    url: str  # "" when the failure is not about one page
    reason: str


@dataclass
class ProviderOutcome:
    plan: ProviderPlan
    applied: Applied | None = None
    drift: str | None = None  # Markdown from `codegen drift`
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # steps after the write that failed

    @property
    def name(self) -> str:
        return self.plan.name


@dataclass
class RefreshOutcome:
    providers: list[ProviderOutcome]
    dry_run: bool

    @property
    def failures(self) -> list[Failure]:
        found: list[Failure] = []
        for outcome in self.providers:
            found += [Failure(outcome.name, p.url, p.reason) for p in outcome.plan.failed]
            found += [Failure(outcome.name, "", e) for e in outcome.errors]
        return found

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def plan_refresh(
    specs_dir: Path,
    names: Sequence[str] | None = None,
    *,
    options: FetchOptions | None = None,
    sleep: Sleep = asyncio.sleep,
) -> list[ProviderPlan]:
    """Fetch every page of the providers and decide what to do with each; writes nothing."""
    providers = discover(specs_dir, list(names) if names else None)
    requests = [
        # Validators only for pages we still have: a 304 cannot bring back a deleted file.
        FetchRequest(entry.url, entry.etag, entry.last_modified)
        if p.page_path(entry).is_file()
        else FetchRequest(entry.url)
        for p in providers
        for entry in p.pages
    ]
    results = fetch_all(requests, options, sleep)
    plans: list[ProviderPlan] = []
    start = 0
    for provider in providers:
        end = start + len(provider.pages)
        plans.append(plan_provider(provider, results[start:end]))
        start = end
    return plans


def refresh(
    specs_dir: Path,
    generated_dir: Path,
    names: Sequence[str] | None = None,
    *,
    dry_run: bool = False,
    options: FetchOptions | None = None,
    sleep: Sleep = asyncio.sleep,
    after: Steps | None = None,
) -> RefreshOutcome:
    """Refresh the pages of ``names`` (default: every provider under ``specs_dir``).

    Raises SpecError for an unknown provider or a broken manifest; every other problem
    is reported in the outcome, and the other providers go on.
    """
    plans = plan_refresh(specs_dir, names, options=options, sleep=sleep)
    outcomes = [ProviderOutcome(plan) for plan in plans]
    if dry_run:
        return RefreshOutcome(outcomes, dry_run=True)
    for outcome in outcomes:
        try:
            outcome.applied = apply_plan(outcome.plan)
        except (CodegenError, OSError) as exc:
            outcome.errors.append(f"could not write the new files: {exc}")
    _regenerate(outcomes, specs_dir, generated_dir, after or Steps())
    return RefreshOutcome(outcomes, dry_run=False)


def _regenerate(outcomes: list[ProviderOutcome], specs_dir: Path, generated_dir: Path, after: Steps) -> None:
    """Rebuild the documents of providers with new pages, regenerate clients, report drift."""
    touched = [o for o in outcomes if o.applied and (o.applied.pages or o.applied.manifest)]
    if not touched:
        return
    with tempfile.TemporaryDirectory(prefix="refresh-old-") as tmp:
        rebuilt: list[ProviderOutcome] = []
        for outcome in touched:
            assert outcome.applied is not None
            if not outcome.applied.pages:
                continue  # only validators changed: the document cannot have changed
            current = generated_dir / outcome.name / SPEC_FILE
            if current.exists():
                (Path(tmp) / outcome.name).mkdir()
                shutil.copy2(current, Path(tmp) / outcome.name / SPEC_FILE)
            try:
                result = build_all([load_provider(specs_dir / outcome.name)], generated_dir)[outcome.name]
            except (CodegenError, OSError) as exc:
                result = CodegenError(str(exc))
            if isinstance(result, CodegenError):
                outcome.errors.append(f"rebuilding {SPEC_FILE} failed: {result}")
            else:
                rebuilt.append(outcome)

        # The manifest is an input of the generated code too, so validator-only changes regenerate.
        for outcome in touched:
            if not outcome.errors:
                generated = after.generate([outcome.name], specs_dir, generated_dir)
                if not generated.ok:
                    outcome.errors.append(f"regenerating the client failed: {generated.error}")

        for outcome in rebuilt:
            old = Path(tmp) / outcome.name / SPEC_FILE
            new = generated_dir / outcome.name / SPEC_FILE
            if not old.exists():
                outcome.notes.append(f"first {SPEC_FILE} for this provider; no drift to report")
            elif old.read_bytes() == new.read_bytes():
                outcome.notes.append(f"the pages changed but {SPEC_FILE} did not")
            else:
                report = after.drift(old, new, outcome.name)
                if report.ok:
                    outcome.drift = report.output
                else:
                    outcome.errors.append(f"drift report failed: {report.error}")
