"""Rendering a report: Markdown for a pull-request comment, JSON with the same content."""

from __future__ import annotations

import json
from typing import Any

from codegen.drift.model import SEVERITIES, Change, ProviderReport, Report

TITLE = "API drift report"
_COLUMNS = ("rule id", "severity", "direction", "location", "message")


def _cell(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return escaped.replace("\n", " ")


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    body = text.replace("|", "\\|").replace("\n", " ")  # code spans show backslashes as they are
    return f"{fence}{pad}{body}{pad}{fence}"


def _accepted(c: Change) -> str:
    if c.accepted is None:
        return ""
    until = f", until {c.accepted.expires}" if c.accepted.expires else ""
    return f" — accepted by {c.accepted.by}{until}: {c.accepted.reason}"


def _table(changes: tuple[Change, ...]) -> list[str]:
    lines = ["| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
    for c in sorted(changes, key=Change.sort_key):
        severity = f"{c.severity} (accepted)" if c.accepted else c.severity
        row = (_code(c.rule), severity, c.direction, _code(c.location), _cell(c.message + _accepted(c)))
        lines.append("| " + " | ".join(row) + " |")
    return lines


def verdict_line(p: ProviderReport) -> str | None:
    """``provider: facade ok`` or ``provider: facade broken — file:line: message``; None if unchecked."""
    if p.verdict is None:
        return None
    if p.verdict.ok:
        return f"{p.provider}: facade ok"
    first, more = p.verdict.failures[0], len(p.verdict.failures) - 1
    return f"{p.provider}: facade broken — {first}" + (f" (and {more} more)" if more else "")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def markdown(report: Report) -> str:
    out = [f"# {TITLE}", ""]
    verdicts = [line for p in report.providers if (line := verdict_line(p)) is not None]
    if verdicts:
        out += [*(f"- {_cell(line)}" for line in verdicts), ""]
    out += [f"Compared {_code(report.old_label)} with {_code(report.new_label)}.", ""]
    out += [
        "| provider | breaking | warnings | info | facade operations touched |",
        "|---|---:|---:|---:|---|",
    ]
    for p in report.providers:
        facade = ", ".join(p.facade) or "—"
        out.append(
            f"| {p.provider} | {p.count('breaking')} | {p.count('warning')} | {p.count('info')} | {facade} |"
        )
    totals = [report.count(s) for s in SEVERITIES]
    accepted = f" ({report.accepted} accepted changes not counted)" if report.accepted else ""
    out += [
        "",
        f"{_plural(totals[0], 'breaking change')}, {_plural(totals[1], 'warning')}, {totals[2]} info"
        f"{accepted}.",
    ]
    for p in report.providers:
        out += _provider_section(p)
    return "\n".join(out) + "\n"


def _provider_section(p: ProviderReport) -> list[str]:
    lines = [f"generator changed: {tool}" for tool in p.generator]
    if p.generator and not p.documents_changed:
        lines.append("no vendor changes: the OpenAPI documents are identical")
    lines += list(p.notes)
    failures = p.verdict.failures if p.verdict is not None else ()
    if not lines and not p.all_changes and not failures:
        return []
    out = ["", f"## {p.provider}"]
    if lines:
        out += ["", *(f"- {_cell(line)}" for line in lines)]
    if failures:
        out += ["", "### Facade broken", "", *(f"- {_code(f)}" for f in failures)]
    if p.changes:
        out += ["", "### OpenAPI document", "", *_table(p.changes)]
    if p.python_api:
        out += ["", f"### Generated client API (cause: {p.python_api_cause})", "", *_table(p.python_api)]
    return out


def _change(c: Change) -> dict[str, Any]:
    return {
        "rule": c.rule,
        "severity": c.severity,
        "direction": c.direction,
        "location": c.location,
        "message": c.message,
        "operations": list(c.operations),
        "facade": list(c.facade),
        "accepted": (
            None
            if c.accepted is None
            else {"reason": c.accepted.reason, "by": c.accepted.by, "expires": c.accepted.expires}
        ),
    }


def as_data(report: Report) -> dict[str, Any]:
    return {
        "title": TITLE,
        "old": report.old_label,
        "new": report.new_label,
        "summary": {severity: report.count(severity) for severity in SEVERITIES},
        "accepted": report.accepted,
        "providers": [
            {
                "provider": p.provider,
                "summary": {severity: p.count(severity) for severity in SEVERITIES},
                "facade": list(p.facade),
                "verdict": None
                if p.verdict is None
                else {"ok": p.verdict.ok, "failures": list(p.verdict.failures)},
                "documents_changed": p.documents_changed,
                "generator": [{"tool": t.tool, "old": t.old, "new": t.new} for t in p.generator],
                "notes": list(p.notes),
                "changes": [_change(c) for c in sorted(p.changes, key=Change.sort_key)],
                "python_api_cause": p.python_api_cause if p.python_api else None,
                "python_api": [_change(c) for c in sorted(p.python_api, key=Change.sort_key)],
            }
            for p in report.providers
        ],
    }


def as_json(report: Report) -> str:
    return json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"
