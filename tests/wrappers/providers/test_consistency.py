"""A provider is derived from its manifest and adapter: every place that lists providers agrees."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import intermission.fakes.vendors as vendor_modules
import pytest
import yaml
from intermission.cli import capability_table
from intermission.fakes import PROVIDERS, load_document
from intermission.fakes.spec import operations
from intermission.fakes.vendors import wire_for
from intermission.providers import capabilities, load, names
from intermission.providers._tables import provider_table

ROOT = Path(__file__).resolve().parents[3]


def _folders(parent: Path, marker: str) -> list[str]:
    return sorted(d.name for d in parent.iterdir() if (d / marker).is_file())


def test_every_list_of_providers_is_the_same() -> None:
    adapters = list(names())
    assert adapters == _folders(ROOT / "specs", "provider.yaml")
    assert adapters == _folders(ROOT / "generated", "openapi.yaml")
    assert adapters == sorted(PROVIDERS)
    vendors = sorted(m.name for m in pkgutil.iter_modules(vendor_modules.__path__))
    assert adapters == vendors
    assert sorted(capabilities()) == adapters


@pytest.mark.parametrize("name", names())
def test_adapter_and_manifest_agree(name: str) -> None:
    manifest = yaml.safe_load((ROOT / "specs" / name / "provider.yaml").read_text())
    adapter = load(name)
    assert adapter.name == name == manifest["name"]
    assert adapter.package == manifest["client"]["package"]
    assert adapter.default_base_url == manifest["base_url"]
    key = manifest["env"]["api_key"]
    assert adapter.key_envs == ((key,) if isinstance(key, str) else tuple(key))
    importlib.import_module(adapter.package)  # the generated client is importable under that name


@pytest.mark.parametrize("name", names())
def test_adapter_operations_and_fake_routes_are_in_the_document(name: str) -> None:
    documented = {op.id: op for op in operations(load_document(name))}
    adapter = load(name)
    assert set(adapter.operations.values()) <= set(documented)
    keys = {op.key for op in documented.values()}
    assert set(wire_for(name).routes) <= keys
    # Each status the adapter maps is one the fake's lifecycle knows, and the reverse.
    assert {s.lower() for s in wire_for(name).lifecycle.statuses} <= {s.lower() for s in adapter.statuses}


def _between(text: str, marker: str) -> str:
    match = re.search(rf"<!-- {marker}:start -->\n(.*?)\n<!-- {marker}:end -->", text, re.S)
    assert match, f"the README has no {marker} markers"
    return match.group(1)


def test_readme_tables_are_generated() -> None:
    readme = (ROOT / "README.md").read_text()
    assert _between(readme, "providers") == provider_table()
    assert _between(readme, "capabilities") == capability_table(capabilities())
