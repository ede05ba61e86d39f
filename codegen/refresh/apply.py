"""Write what a plan accepted: changed pages and their validators, each file atomically.

A provider with any failed page is left exactly as it was, manifest included.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.refresh.manifest import edit_manifest, write_bytes_atomically, write_text_atomically
from codegen.refresh.plan import ProviderPlan


@dataclass(frozen=True)
class Applied:
    provider: str
    pages: tuple[str, ...]  # files rewritten
    manifest: bool  # whether provider.yaml changed


def apply_plan(plan: ProviderPlan) -> Applied:
    provider = plan.provider
    if plan.failed:
        return Applied(provider.name, (), False)
    updates = {p.entry.file: p.validators for p in plan.pages if p.validators is not None}
    # Prepare the manifest first: if it cannot be edited, no page is written either.
    old_manifest = provider.manifest_path.read_text(encoding="utf-8")
    new_manifest = edit_manifest(old_manifest, provider.manifest_path, provider.name, pages=updates)
    written: list[str] = []
    for page in plan.changed:
        assert page.new is not None
        write_bytes_atomically(page.path, page.new)
        written.append(page.entry.file)
    changed_manifest = new_manifest != old_manifest
    if changed_manifest:
        write_text_atomically(provider.manifest_path, new_manifest)
    return Applied(provider.name, tuple(written), changed_manifest)
