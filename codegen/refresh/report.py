"""What ``refresh`` prints: one line per page, page diffs for --dry-run, a Markdown report."""

from __future__ import annotations

import difflib

from codegen.refresh.pipeline import RefreshOutcome
from codegen.refresh.plan import PagePlan, Status

DIFF_LINES = 80  # per page, in --dry-run output


def _lines(data: bytes | None) -> list[str]:
    return [] if data is None else data.decode("utf-8", errors="replace").splitlines(keepends=True)


def page_diff(page: PagePlan, limit: int = DIFF_LINES) -> tuple[str, int, int]:
    """The unified diff old -> new of a changed page (capped), and its added/removed line counts."""
    diff = list(
        difflib.unified_diff(
            _lines(page.old), _lines(page.new), f"a/{page.provider}/{page.entry.file}", f"b/{page.url}"
        )
    )
    added = sum(1 for line in diff if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in diff if line.startswith("-") and not line.startswith("---"))
    shown = [line if line.endswith("\n") else line + "\n" for line in diff[:limit]]
    if len(diff) > limit:
        shown.append(f"... {len(diff) - limit} more diff lines\n")
    return "".join(shown), added, removed


def summary_lines(outcome: RefreshOutcome) -> list[str]:
    lines: list[str] = []
    for provider in outcome.providers:
        for page in provider.plan.pages:
            status = page.status.value
            if outcome.dry_run and page.status is Status.CHANGED:
                status = "would change"
            detail = page.reason.splitlines()[0] if page.reason else ""
            lines.append(f"{provider.name:<14} {page.entry.file:<26} {status:<12} {detail}")
        for note in provider.notes:
            lines.append(f"{provider.name:<14} note: {note}")
    return lines


def failure_lines(outcome: RefreshOutcome) -> list[str]:
    return [
        f"{f.provider}: {f.url + ': ' if f.url else ''}{f.reason}".replace("\n", "\n    ")
        for f in outcome.failures
    ]


def dry_run_text(outcome: RefreshOutcome) -> str:
    parts: list[str] = []
    for provider in outcome.providers:
        for page in provider.plan.changed:
            diff, added, removed = page_diff(page)
            parts.append(f"--- {provider.name}/{page.entry.file}: +{added} -{removed} lines\n{diff}")
    return "\n".join(parts)


def demote(text: str, levels: int = 3) -> str:
    """Push Markdown headings down ``levels`` levels (outside code fences) to nest a report."""
    out: list[str] = []
    fenced = False
    for line in text.strip().splitlines():
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and line.startswith("#"):
            title = line.lstrip("#")
            line = "#" * min(6, len(line) - len(title) + levels) + title
        out.append(line)
    return "\n".join(out)


def markdown(outcome: RefreshOutcome) -> str:
    """The report a pull request carries: pages, failures, then each provider's drift."""
    out = ["## Vendor page refresh", "", "| Provider | Page | Result |", "| --- | --- | --- |"]
    for provider in outcome.providers:
        for page in provider.plan.pages:
            result = page.status.value if page.status is not Status.FAILED else "**failed**"
            out.append(f"| {provider.name} | [{page.entry.file}]({page.entry.url}) | {result} |")
    failures = outcome.failures
    if failures:
        out += ["", "### Failures", ""]
        for f in failures:
            where = f" <{f.url}>" if f.url else ""
            reason = f.reason.replace("\n", " ")
            out.append(f"- **{f.provider}**{where}: {reason}")
    for provider in outcome.providers:
        if provider.drift or provider.notes:
            out += ["", f"### Drift: {provider.name}", ""]
            out += [f"_{note}_" for note in provider.notes]
            if provider.drift:
                out.append(demote(provider.drift))
    if not any(p.drift for p in outcome.providers):
        out += ["", "No OpenAPI document changed."]
    return "\n".join(out) + "\n"
