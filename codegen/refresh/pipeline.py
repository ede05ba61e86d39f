"""``refresh``: fetch every page, decide per page, apply each provider all or nothing, diff its document."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from codegen.errors import CodegenError
from codegen.paths import SPEC_FILE
from codegen.providers import discover
from codegen.refresh import steps
from codegen.refresh.apply import Applied, apply_plan
from codegen.refresh.fetch import FetchOptions, FetchRequest, Sleep, fetch_all
from codegen.refresh.plan import ProviderPlan, plan_provider, source
from codegen.refresh.steps import StepResult
from codegen.refresh.vet import VetOptions


@dataclass(frozen=True)
class Steps:
    """What runs after pages are accepted; tests may swap these."""

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
    errors: list[str] = field(default_factory=list)  # steps after the plan that failed

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
    vet: VetOptions | None = None,
) -> list[ProviderPlan]:
    """Fetch every page of the providers and decide what to do with each; writes nothing."""
    providers = discover(specs_dir, list(names) if names else None)
    requests = [
        # Validators only for pages we still have: a 304 cannot bring back a deleted file.
        FetchRequest(source(entry), entry.etag, entry.last_modified)
        if p.page_path(entry).is_file()
        else FetchRequest(source(entry))
        for p in providers
        for entry in p.pages
    ]
    results = fetch_all(requests, options, sleep)
    plans: list[ProviderPlan] = []
    start = 0
    for provider in providers:
        end = start + len(provider.pages)
        plans.append(plan_provider(provider, results[start:end], vet or VetOptions()))
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
    vet: VetOptions | None = None,
) -> RefreshOutcome:
    """Refresh the pages of ``names`` (default: every provider under ``specs_dir``).

    Raises SpecError for an unknown provider or a broken manifest; every other problem
    is reported in the outcome, and the other providers go on.
    """
    after = after or Steps()
    plans = plan_refresh(specs_dir, names, options=options, sleep=sleep, vet=vet)
    outcomes = [ProviderOutcome(plan) for plan in plans]
    if dry_run:
        return RefreshOutcome(outcomes, dry_run=True)
    for outcome in outcomes:
        try:
            outcome.applied = apply_plan(outcome.plan, generated_dir, after.generate)
        except (CodegenError, OSError) as exc:
            outcome.errors.append(f"{exc}; the provider's files are as they were")
            continue
        if outcome.applied.pages:
            _report_drift(outcome, outcome.applied.old_document, generated_dir, after)
    return RefreshOutcome(outcomes, dry_run=False)


def _report_drift(outcome: ProviderOutcome, old: bytes | None, generated_dir: Path, after: Steps) -> None:
    new = generated_dir / outcome.name / SPEC_FILE
    if old is None:
        outcome.notes.append(f"first {SPEC_FILE} for this provider; no drift to report")
        return
    if old == new.read_bytes():
        outcome.notes.append(f"the pages changed but {SPEC_FILE} did not")
        return
    with tempfile.TemporaryDirectory(prefix="refresh-old-") as tmp:
        before = Path(tmp) / SPEC_FILE
        before.write_bytes(old)
        report = after.drift(before, new, outcome.name)
    if report.ok:
        outcome.drift = report.output
    else:
        outcome.errors.append(f"drift report failed: {report.error}")
