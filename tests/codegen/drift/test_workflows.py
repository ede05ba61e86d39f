"""The pull-request workflows keep their split: the one that runs the pull request's code has a
read-only token; the one that comments runs none of it and reads the artifact the first one uploads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

WORKFLOWS = Path(__file__).resolve().parents[3] / ".github" / "workflows"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return data


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _permissions(workflow: dict[str, Any]) -> list[dict[str, str]]:
    return [workflow.get("permissions", {}), *(j.get("permissions", {}) for j in workflow["jobs"].values())]


def test_the_workflow_running_pull_request_code_cannot_write() -> None:
    pr = _load("pr.yml")
    assert all(level != "write" for p in _permissions(pr) for level in p.values())
    assert "pull_request_target" not in pr[True]  # YAML reads the key `on` as True


def test_the_comment_workflow_runs_no_pull_request_code() -> None:
    comment = _load("drift-comment.yml")
    pr = _load("pr.yml")
    assert comment[True]["workflow_run"]["workflows"] == [pr["name"]]
    steps = _steps(comment)
    assert not any(step.get("uses", "").startswith("actions/checkout") for step in steps)
    assert not any("run" in step for step in steps)


def test_the_artifact_uploaded_is_the_one_downloaded() -> None:
    (upload,) = [
        s for s in _steps(_load("pr.yml")) if s.get("uses", "").startswith("actions/upload-artifact")
    ]
    (download,) = [
        s
        for s in _steps(_load("drift-comment.yml"))
        if s.get("uses", "").startswith("actions/download-artifact")
    ]
    assert upload["with"]["name"] == download["with"]["name"]
    assert download["with"]["run-id"] == "${{ github.event.workflow_run.id }}"
