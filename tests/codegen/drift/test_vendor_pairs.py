"""Real vendor documents (copied from ../shared/corpus and ../shared/vendor-docs into ``vendor/``):
each is read and compared with itself, with a few edits of our own, and the two related Steel documents
with each other. Nothing here was checked against another drift tool; the expectations are ours."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.cli import main
from codegen.drift.collect import documents_report
from codegen.drift.documents import Document, read_document

VENDOR = Path(__file__).parent / "vendor"
FILES = sorted(p.name for p in VENDOR.iterdir())


def _report(old: Document, new: Document, provider: str = "vendor") -> set[tuple[str, str, str]]:
    return {(c.rule, c.severity, c.location) for c in documents_report(provider, old, new).changes}


@pytest.mark.parametrize("name", FILES)
def test_each_document_is_read_and_equal_to_itself(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(VENDOR / name)
    assert main(["drift", path, path, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"breaking": 0, "warning": 0, "info": 0}


def test_tab_indented_json_is_read_as_json() -> None:
    text = (VENDOR / "flyio-machines.json").read_text(encoding="utf-8")
    assert "\n\t" in text  # YAML forbids tabs for indentation: this must not go through the YAML loader
    assert read_document(VENDOR / "flyio-machines.json").data == json.loads(text)


def _edited(name: str) -> tuple[Document, Document]:
    old = read_document(VENDOR / name)
    return old, Document(copy.deepcopy(old.data), f"{name} (edited)")


def test_daytona_with_edits() -> None:
    old, new = _edited("daytona.yaml")
    paths, schemas = new.data["paths"], new.data["components"]["schemas"]
    del paths["/sandbox/{sandboxIdOrName}/pause"]
    stop = paths.pop("/sandbox/{sandboxIdOrName}/stop")
    for param in stop["post"]["parameters"]:
        if param.get("name") == "sandboxIdOrName":
            param["name"] = "idOrName"
    paths["/sandbox/{idOrName}/stop"] = stop
    schemas["SandboxState"]["enum"].append("hibernated")
    found = _report(old, new)
    assert ("endpoint-removed", "breaking", "POST /sandbox/{sandboxIdOrName}/pause") in found
    assert (
        "request-path-parameter-renamed",
        "warning",
        "POST /sandbox/{idOrName}/stop path parameter idOrName",
    ) in found
    assert not any("/stop" in location for rule, _, location in found if rule.startswith("endpoint-"))
    enum_changes = {(r, s) for r, s, location in found if location == "#/components/schemas/SandboxState"}
    assert ("response-property-enum-value-added", "warning") in enum_changes


def test_a_document_without_operation_ids_is_compared_by_method_and_path() -> None:
    old, new = _edited("e2b.yaml")
    assert not any(
        "operationId" in op
        for item in old.data["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    )
    pause = new.data["paths"]["/sandboxes/{sandboxID}/pause"]["post"]
    del pause["responses"]["204"]
    assert (
        "response-success-status-removed",
        "breaking",
        "POST /sandboxes/{sandboxID}/pause response 204",
    ) in _report(old, new)


def test_codegen_vendor_document_names_the_facade_through_our_generated_document() -> None:
    """The vendor's operationIds are FastAPI's, not ours: the facade operation comes from the path."""
    old, new = _edited("codegen.json")
    resume = new.data["paths"]["/v1/organizations/{org_id}/agent/run/resume"]["post"]
    assert resume["operationId"] != "resume_agent_run"
    resume["deprecated"] = True
    changes = documents_report("codegen", old, new).changes
    (change,) = [c for c in changes if c.rule != "document-invalid"]  # the vendor's own, see below
    assert (change.rule, change.facade) == ("endpoint-deprecated", ("resume",))


def test_an_undeclared_path_parameter_the_old_document_had_is_info() -> None:
    old, new = _edited("codegen.json")
    new.data["info"]["version"] = "next"
    found = _report(old, new)
    assert found and {(rule, severity) for rule, severity, _ in found} == {("document-invalid", "info")}


def test_the_two_steel_documents() -> None:
    """The self-hosted steel-browser API against Steel's cloud API: the cloud names the session id
    ``{id}`` where the self-hosted server says ``{sessionId}``, a renamed parameter, not a new API."""
    browser = read_document(VENDOR / "steel-browser-schemas.json")
    platform = read_document(VENDOR / "steel-platform-api.json")
    found = _report(browser, platform)
    assert (
        "request-path-parameter-renamed",
        "warning",
        "POST /v1/sessions/{id}/release path parameter id",
    ) in found
    moved = {location for rule, _, location in found if rule in ("endpoint-removed", "endpoint-added")}
    assert not {"POST /v1/sessions/{sessionId}/release", "POST /v1/sessions/{id}/release"} & moved
    assert ("api-security-alternatives-changed", "info", "GET /v1/sessions/{id} security") in found


def _yaml_text(data: Any) -> str:
    return yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)


def test_the_same_document_as_yaml_and_as_json_is_no_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = read_document(VENDOR / "steel-browser-schemas.json").data
    as_yaml = tmp_path / "steel.yaml"
    as_yaml.write_text(_yaml_text(data), encoding="utf-8")
    assert main(["drift", str(VENDOR / "steel-browser-schemas.json"), str(as_yaml), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"] == {"breaking": 0, "warning": 0, "info": 0}
