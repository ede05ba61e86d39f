"""The registry and the adapters' declarations, checked against the generated clients."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from intermission import State, capabilities
from intermission.providers import ALIASES, REGISTRY, canonical, load, names
from intermission.result import Operation

EXPECTED = {
    "agi": {"pause": True, "resume": True, "status": True, "stop": False, "list": True},
    "anchorbrowser": {"pause": True, "resume": True, "status": True, "stop": False, "list": True},
    "browser_use": {"pause": True, "resume": True, "status": True, "stop": True, "list": True},
    "codegen": {"pause": False, "resume": True, "status": True, "stop": False, "list": True},
    "e2b": {"pause": True, "resume": True, "status": True, "stop": True, "list": True},
}


def test_capability_matrix() -> None:
    assert capabilities() == EXPECTED
    assert names() == tuple(EXPECTED)


def test_names_and_aliases() -> None:
    assert canonical("Browser-Use") == "browser_use" and canonical(" AGI ") == "agi"
    for alias, target in ALIASES.items():
        assert canonical(alias) == target
    with pytest.raises(ValueError, match="unknown provider"):
        canonical("openai")


@pytest.mark.parametrize("name", list(REGISTRY))
def test_adapter_table(name: str) -> None:
    adapter = load(name)
    assert adapter.name == name and load(name) is adapter
    package = importlib.import_module(adapter.package)
    for operation, vendor_operation in adapter.operations.items():
        # Every declared operation is a generated module with the four functions.
        # openapi-python-client puts each operation in api/<its first tag>/ (default: no tag).
        (found,) = Path(package.__path__[0]).glob(f"api/*/{vendor_operation}.py")
        module = importlib.import_module(f"{package.__name__}.api.{found.parent.name}.{vendor_operation}")
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function))
        assert operation in Operation
    assert Operation.STATUS in adapter.operations  # the idempotency checks need it
    assert adapter.key_env.endswith("_API_KEY")
    assert all(isinstance(state, State) for state in adapter.statuses.values())


@pytest.mark.parametrize(
    ("name", "enum_path"),
    [
        ("agi", "intermission_agi.models.session_status:SessionStatus"),
        ("agi", "intermission_agi.models.session_summary_status:SessionSummaryStatus"),  # its list
        ("browser_use", "intermission_browser_use.models.task_status_v1:TaskStatusV1"),
        ("browser_use", "intermission_browser_use.models.task_status:TaskStatus"),  # API v2
        ("e2b", "intermission_e2b.models.sandbox_state:SandboxState"),
    ],
)
def test_every_documented_status_is_mapped(name: str, enum_path: str) -> None:
    module_name, class_name = enum_path.split(":")
    documented = {member.value for member in getattr(importlib.import_module(module_name), class_name)}
    mapped = set(load(name).statuses)
    assert documented <= mapped


def test_call_builders_name_their_vendor_operation() -> None:
    for name in REGISTRY:
        adapter = load(name)({"org_id": "1"} if name == "codegen" else {})
        adapter.bind("https://example.invalid", None, None)
        ident = "00000000-0000-4000-8000-000000000000" if name in ("anchorbrowser", "browser_use") else "1"
        for operation, vendor_operation in adapter.operations.items():
            if operation is Operation.LIST:
                assert adapter.list_page(None, None).vendor_operation == vendor_operation
                continue
            assert adapter.call(operation, ident, "m").vendor_operation == vendor_operation


def test_browser_use_pause_and_resume_are_marked_legacy() -> None:
    from intermission.providers import legacy

    marked = legacy()
    assert set(marked) == {"browser_use"}
    assert set(marked["browser_use"]) == {"pause", "resume"}
    assert all("v1" in note and "November 2025" in note for note in marked["browser_use"].values())
