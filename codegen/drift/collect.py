"""Building a report: from two document files, or from every provider under ``generated/`` at two points.

A ``Snapshot`` is a folder holding ``generated/`` (the working tree, or a ref extracted to a temporary
folder). Per provider it compares ``openapi.yaml`` (the vendor), ``generation.lock.json`` "tools" (the
generator) and the public API of the generated client package.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.drift import git
from codegen.drift.checks import documents
from codegen.drift.documents import Document, read_document
from codegen.drift.facade import Facade, reference
from codegen.drift.impact import with_impact
from codegen.drift.model import Change, DriftError, ProviderReport, Report, ToolChange
from codegen.drift.policy import DriftPolicy
from codegen.drift.python_api import PYTHON_API_PACKAGE_REMOVED, compare_packages, find_package, load, locator
from codegen.drift.rules import compare_documents
from codegen.paths import GENERATED_DIR, LOCK_FILE, SPEC_FILE

GENERATED = GENERATED_DIR.name  # the folder compared, relative to a checkout


def document_changes(
    provider: str, old: Document, new: Document, facade: Facade, *, full_validation: bool = False
) -> tuple[Change, ...]:
    """What the validator says about ``new`` and what changed from ``old``, with the facade impact."""
    problems = documents.check(old, new, full=full_validation)
    return with_impact(provider, [*problems, *compare_documents(old, new)], facade)


def documents_report(
    provider: str,
    old: Document,
    new: Document,
    *,
    policy: DriftPolicy | None = None,
    full_validation: bool = False,
) -> ProviderReport:
    """One provider's report from two documents; this checkout's adapters and generated document name
    the facade operations."""
    facade = Facade.of(provider, [old, new, *reference(provider)])
    changes = document_changes(provider, old, new, facade, full_validation=full_validation)
    changes, notes = (policy or DriftPolicy()).apply(provider, changes)
    return ProviderReport(provider, changes, documents_changed=old.data != new.data, notes=notes)


def compare_files(
    old: Path,
    new: Path,
    provider: str,
    *,
    old_label: str,
    new_label: str,
    policy: DriftPolicy | None = None,
    full_validation: bool = False,
) -> Report:
    old_doc, new_doc = read_document(old, old_label), read_document(new, new_label)
    report = documents_report(provider, old_doc, new_doc, policy=policy, full_validation=full_validation)
    return Report(old_label, new_label, (report,))


@dataclass(frozen=True)
class Snapshot:
    """``root/generated/...`` as it is at one point; ``label`` names it in the report."""

    label: str
    root: Path

    def provider_dir(self, provider: str) -> Path:
        return self.root / GENERATED / provider

    def providers(self) -> set[str]:
        folder = self.root / GENERATED
        if not folder.is_dir():
            return set()
        return {d.name for d in folder.iterdir() if (d / SPEC_FILE).is_file()}

    def document(self, provider: str) -> Document:
        return read_document(
            self.provider_dir(provider) / SPEC_FILE, f"{self.label}: {GENERATED}/{provider}/{SPEC_FILE}"
        )

    def tools(self, provider: str) -> dict[str, str] | None:
        path = self.provider_dir(provider) / LOCK_FILE
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DriftError(f"{self.label}: {GENERATED}/{provider}/{LOCK_FILE}: unreadable: {exc}") from None
        tools = data.get("tools") if isinstance(data, dict) else None
        if not isinstance(tools, dict):
            raise DriftError(f"{self.label}: {GENERATED}/{provider}/{LOCK_FILE}: 'tools' must be a mapping")
        return {str(k): str(v) for k, v in tools.items()}


def compare_git(
    repo: Path,
    base: str | None,
    *,
    allow_new_providers: bool = False,
    packages: Mapping[str, str] | None = None,
    policy: DriftPolicy | None = None,
    full_validation: bool = False,
) -> Report:
    """Every provider's document and client package at ``base`` (default: merge base with main) against
    the working tree of ``repo``."""
    root = git.repo_root(repo)
    if base is None:
        label, commit = git.default_base(root)
    else:
        label, commit = base, git.resolve(root, base)
    with tempfile.TemporaryDirectory(prefix="intermission-drift-") as tmp:
        git.extract(root, commit, GENERATED, Path(tmp))
        old = Snapshot(f"{label} ({commit[:12]})", Path(tmp))
        new = Snapshot("working tree", root)
        return compare_snapshots(
            old,
            new,
            allow_new_providers=allow_new_providers,
            packages=packages,
            policy=policy,
            full_validation=full_validation,
        )


def compare_snapshots(
    old: Snapshot,
    new: Snapshot,
    *,
    allow_new_providers: bool = False,
    packages: Mapping[str, str] | None = None,
    policy: DriftPolicy | None = None,
    full_validation: bool = False,
) -> Report:
    old_names, new_names = old.providers(), new.providers()
    gone = sorted(old_names - new_names)
    if gone:
        where = f"{GENERATED}/{gone[0]}/{SPEC_FILE}"
        raise DriftError(f"provider {gone[0]}: {where} exists at {old.label} but not in {new.label}")
    reports = []
    for name in sorted(new_names - old_names):
        if not allow_new_providers:
            where = f"{GENERATED}/{name}/{SPEC_FILE}"
            raise DriftError(
                f"provider {name}: {where} exists in {new.label} but not at {old.label} "
                "(pass --allow-new-providers to list it as new instead)"
            )
        reports.append(ProviderReport(name, notes=(f"new provider: nothing at {old.label} to compare with",)))
    for name in sorted(old_names & new_names):
        package = (packages or {}).get(name, f"intermission_{name}")
        reports.append(
            provider_report(name, old, new, package, policy or DriftPolicy(), full_validation=full_validation)
        )
    return Report(old.label, new.label, tuple(sorted(reports, key=lambda r: r.provider)))


def provider_report(
    name: str,
    old: Snapshot,
    new: Snapshot,
    package: str,
    policy: DriftPolicy,
    *,
    full_validation: bool = False,
) -> ProviderReport:
    old_doc, new_doc = old.document(name), new.document(name)
    documents_changed = old_doc.data != new_doc.data
    facade = Facade.of(name, [old_doc, new_doc])
    vendor = (
        document_changes(name, old_doc, new_doc, facade, full_validation=full_validation)
        if documents_changed
        else ()
    )
    generator = _tool_changes(old.tools(name), new.tools(name))
    notes: list[str] = []
    python_api: tuple[Change, ...] = ()
    old_pkg = find_package(old.provider_dir(name), package)
    new_pkg = find_package(new.provider_dir(name), package)
    locate = locator(package, [old_doc, new_doc])
    if old_pkg is not None and new_pkg is not None:
        changes = compare_packages(load(old_pkg, package), load(new_pkg, package), locate)
        python_api = with_impact(name, changes, facade)
    elif old_pkg is not None:
        rule = PYTHON_API_PACKAGE_REMOVED
        removed = Change(rule.id, rule.severity, rule.direction, package, rule.title, locate(package))
        python_api = with_impact(name, [removed], facade)
    elif new_pkg is not None:
        notes.append(f"generated client package {package} is new: nothing at {old.label} to compare with")
    applied, policy_notes = policy.apply(name, [*vendor, *python_api])
    vendor, python_api = applied[: len(vendor)], applied[len(vendor) :]
    notes += policy_notes
    return ProviderReport(name, vendor, python_api, generator, documents_changed, tuple(notes))


def _tool_changes(old: dict[str, Any] | None, new: dict[str, Any] | None) -> tuple[ToolChange, ...]:
    if old is None or new is None:
        return ()
    return tuple(
        ToolChange(tool, old.get(tool), new.get(tool))
        for tool in sorted(old.keys() | new.keys())
        if old.get(tool) != new.get(tool)
    )
