"""What a drift report is made of: rules, changes, per-provider reports and the whole report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from codegen.errors import CodegenError

Severity = Literal["breaking", "warning", "info"]
Direction = Literal["request", "response", "none"]

SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")
BREAKING: Severity = "breaking"
WARNING: Severity = "warning"
INFO: Severity = "info"

# The facade's operations, in the order reports name them.
FACADE_OPERATIONS: tuple[str, ...] = ("pause", "resume", "status", "stop", "list")


class DriftError(CodegenError):
    """A drift input could not be read or understood: a document, a git ref, a package (exit status 2)."""


@dataclass(frozen=True)
class Rule:
    """One check's outcome: a stable kebab-case id, its severity, the side it concerns and a title.

    ``why`` says what breaks for callers of the generated client when that is not obvious from the title.
    """

    id: str
    severity: Severity
    direction: Direction
    title: str
    why: str = ""


@dataclass(frozen=True)
class Acceptance:
    """A reviewed change: who accepted it and why (from ``specs/<provider>/drift-accepted.yaml``)."""

    reason: str
    by: str
    expires: str | None = None


@dataclass(frozen=True)
class Change:
    """One difference between the old and the new API, with what it means for callers.

    ``location`` names an operation (``POST /v1/x``), a parameter, a schema position as a JSON path
    (``POST /v1/x response 200 $.data.status``), a component, or a Python object. ``operations`` are the
    provider operations (``METHOD /path``) it concerns; ``facade`` the facade operations they serve.
    ``accepted`` is set when a reviewer acknowledged the change; it then counts for no ``--fail-on``.
    """

    rule: str
    severity: Severity
    direction: Direction
    location: str
    message: str
    operations: tuple[str, ...] = ()
    facade: tuple[str, ...] = ()
    accepted: Acceptance | None = None

    def sort_key(self) -> tuple[int, str, str, str]:
        return (SEVERITIES.index(self.severity), self.location, self.rule, self.message)


@dataclass(frozen=True)
class ToolChange:
    """A generator, formatter or pipeline version that differs between the two sides."""

    tool: str
    old: str | None
    new: str | None

    def __str__(self) -> str:
        return f"{self.tool} {_short(self.old)} -> {_short(self.new)}"


def _short(version: str | None) -> str:
    """Versions as they are; digests (the pipeline's) cut to 12 characters."""
    if version is None:
        return "none"
    return version[:12] if len(version) >= 32 and version.isalnum() else version


@dataclass(frozen=True)
class FacadeVerdict:
    """Whether the facade still type-checks and passes its tests against the new generated client.

    ``failures`` are ``file:line: message`` lines; an empty tuple means "facade ok".
    """

    failures: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True)
class ProviderReport:
    """Everything found for one provider.

    ``changes`` come from the OpenAPI documents (the vendor), ``python_api`` from the generated client
    package; ``generator`` lists tool versions that changed, which explains Python API changes when the
    documents did not change. ``verdict`` is set when the facade was checked.
    """

    provider: str
    changes: tuple[Change, ...] = ()
    python_api: tuple[Change, ...] = ()
    generator: tuple[ToolChange, ...] = ()
    documents_changed: bool = True
    notes: tuple[str, ...] = ()
    verdict: FacadeVerdict | None = None

    @property
    def all_changes(self) -> tuple[Change, ...]:
        return self.changes + self.python_api

    def count(self, severity: Severity) -> int:
        """Changes of that severity that nobody accepted."""
        return sum(1 for c in self.all_changes if c.severity == severity and c.accepted is None)

    @property
    def accepted(self) -> int:
        return sum(1 for change in self.all_changes if change.accepted is not None)

    @property
    def facade(self) -> tuple[str, ...]:
        touched = {name for change in self.all_changes for name in change.facade}
        return tuple(name for name in FACADE_OPERATIONS if name in touched)

    @property
    def python_api_cause(self) -> str:
        """Who the Python API changes are attributed to."""
        if self.generator and not self.documents_changed:
            return "generator"
        if self.generator:
            return "vendor documents and generator"
        if self.documents_changed:
            return "vendor documents"
        return "unexplained: neither the documents nor the generator changed"


@dataclass(frozen=True)
class Report:
    """A whole drift report: what was compared, and one entry per provider (sorted by name)."""

    old_label: str
    new_label: str
    providers: tuple[ProviderReport, ...] = field(default_factory=tuple)

    def count(self, severity: Severity) -> int:
        return sum(provider.count(severity) for provider in self.providers)

    @property
    def accepted(self) -> int:
        return sum(provider.accepted for provider in self.providers)

    def fails(self, fail_on: str) -> bool:
        """Whether an unaccepted change at or above ``fail_on`` (breaking, warning; never) exists, or
        the facade was checked and is broken (unless ``fail_on`` is never)."""
        levels = {"breaking": SEVERITIES[:1], "warning": SEVERITIES[:2]}.get(fail_on, ())
        broken = any(p.verdict is not None and not p.verdict.ok for p in self.providers)
        return any(self.count(level) for level in levels) or (bool(levels) and broken)
