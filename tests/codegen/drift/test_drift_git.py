"""``drift-git`` on throwaway repositories: vendor changes, generator-only changes, base refs, bad refs."""

from __future__ import annotations

import copy
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.cli import main

Files = dict[str, str]
LOCK = {
    "provider": "browser_use",
    "tools": {
        "datamodel-code-generator": "0.89.0",
        "openapi-python-client": "0.29.1",
        "pipeline": "a" * 64,
        "ruff": "0.17.5",
    },
    "inputs": {},
}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    identity = [
        "-c",
        "user.name=Drift Test",
        "-c",
        "user.email=drift@example.test",
        "-c",
        "commit.gpgsign=false",
    ]
    proc = subprocess.run(
        ["git", "-C", str(repo), *identity, *args], capture_output=True, text=True, env=env, check=True
    )
    return proc.stdout


class Repo:
    def __init__(self, root: Path, write_package: Callable[[Path, Files], Path]) -> None:
        self.root = root
        self.provider = root / "generated" / "browser_use"
        self._write_package = write_package

    def write(self, document: dict[str, Any], lock: dict[str, Any], package: Files | None = None) -> None:
        self.provider.mkdir(parents=True, exist_ok=True)
        (self.provider / "openapi.yaml").write_text(
            yaml.safe_dump(document, sort_keys=False), encoding="utf-8"
        )
        (self.provider / "generation.lock.json").write_text(json.dumps(lock, indent=2), encoding="utf-8")
        if package is not None:
            target = self.provider / "intermission_browser_use"
            for old in sorted(target.rglob("*.py")) if target.exists() else []:
                old.unlink()
            self._write_package(self.provider, package)

    def commit(self, message: str) -> None:
        git(self.root, "add", "-A")
        git(self.root, "commit", "-q", "-m", message)

    def drift(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        code = main(["drift-git", "--repo", str(self.root), *args])
        out, err = capsys.readouterr()
        return code, out, err


@pytest.fixture
def repo(
    tmp_path: Path,
    base: dict[str, Any],
    package_files: tuple[Files, Files],
    write_package: Callable[[Path, Files], Path],
) -> Repo:
    repository = Repo(tmp_path / "repo", write_package)
    repository.root.mkdir()
    git(repository.root, "init", "-q", "-b", "main")
    repository.write(base, LOCK, package_files[0])
    repository.commit("first")
    return repository


def _without_output(base: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(base)
    del changed["components"]["schemas"]["TaskView"]["properties"]["output"]
    return changed


def test_vendor_change_and_python_api_change(
    repo: Repo, base: dict[str, Any], package_files: tuple[Files, Files], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(_without_output(base), LOCK, package_files[1])
    code, out, err = repo.drift(capsys, "--format", "json")
    assert (code, err) == (1, "")
    report = json.loads(out)
    assert report["old"].startswith("merge base of HEAD and main (")
    (provider,) = report["providers"]
    assert provider["provider"] == "browser_use"
    assert [c["rule"] for c in provider["changes"]] == ["response-optional-property-removed"]
    assert provider["generator"] == []
    assert provider["python_api_cause"] == "vendor documents"
    removed = {
        c["location"]: c["facade"] for c in provider["python_api"] if c["rule"] == "python-api-object-removed"
    }
    assert removed["intermission_browser_use.api.default.update_task"] == ["stop"]
    assert removed["intermission_browser_use.models.task_view.TaskView.output"] == [
        "pause",
        "resume",
        "status",
        "stop",
        "list",
    ]


def test_generator_only_change_is_labelled_and_lists_no_vendor_drift(
    repo: Repo, base: dict[str, Any], package_files: tuple[Files, Files], capsys: pytest.CaptureFixture[str]
) -> None:
    lock = copy.deepcopy(LOCK)
    lock["tools"]["openapi-python-client"] = "0.30.0"
    repo.write(base, lock, package_files[1])
    code, out, _ = repo.drift(capsys, "--format", "json", "--fail-on", "never")
    assert code == 0
    (provider,) = json.loads(out)["providers"]
    assert provider["documents_changed"] is False
    assert provider["changes"] == []
    assert provider["generator"] == [{"tool": "openapi-python-client", "old": "0.29.1", "new": "0.30.0"}]
    assert provider["python_api_cause"] == "generator"
    assert provider["python_api"]

    code, markdown, _ = repo.drift(capsys, "--fail-on", "never")
    assert "- generator changed: openapi-python-client 0.29.1 -> 0.30.0" in markdown
    assert "- no vendor changes: the OpenAPI documents are identical" in markdown
    assert "### OpenAPI document" not in markdown
    assert "### Generated client API (cause: generator)" in markdown


def test_generator_change_without_api_change(
    repo: Repo, base: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    lock = copy.deepcopy(LOCK)
    lock["tools"]["pipeline"] = "b" * 64
    repo.write(base, lock)
    code, markdown, _ = repo.drift(capsys)
    assert code == 0
    assert f"- generator changed: pipeline {'a' * 12} -> {'b' * 12}" in markdown
    assert "| browser_use | 0 | 0 | 0 | — |" in markdown


def test_default_base_is_the_merge_base_with_main(
    repo: Repo, base: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo.root, "checkout", "-q", "-b", "feature")
    repo.write(_without_output(base), LOCK)
    repo.commit("vendor dropped output")
    git(repo.root, "checkout", "-q", "main")
    moved = copy.deepcopy(base)
    moved["servers"] = [{"url": "https://api2.example.test"}]
    repo.write(moved, LOCK)
    repo.commit("main moves on")
    git(repo.root, "checkout", "-q", "feature")

    _, out, _ = repo.drift(capsys, "--format", "json")
    assert [c["rule"] for c in json.loads(out)["providers"][0]["changes"]] == [
        "response-optional-property-removed"
    ]
    _, out, _ = repo.drift(capsys, "--format", "json", "--base", "main")
    rules = {c["rule"] for c in json.loads(out)["providers"][0]["changes"]}
    assert rules == {"response-optional-property-removed", "server-url-changed"}


def test_without_a_main_branch_the_base_is_head(
    repo: Repo, base: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo.root, "branch", "-q", "-m", "main", "trunk")
    repo.write(_without_output(base), LOCK)
    code, out, _ = repo.drift(capsys, "--format", "json")
    report = json.loads(out)
    assert code == 0  # a warning only
    assert report["old"].startswith("HEAD (")
    assert report["summary"] == {"breaking": 0, "warning": 1, "info": 0}
    code, _, _ = repo.drift(capsys, "--fail-on", "warning")
    assert code == 1


def test_a_base_ref_that_does_not_exist(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = repo.drift(capsys, "--base", "origin/nope")
    assert (code, out) == (2, "")
    assert err.startswith("error: git ref 'origin/nope' does not exist")
    assert "Traceback" not in err


def test_an_option_looking_ref_is_not_passed_to_git_as_an_option(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = repo.drift(capsys, "--base=--output=/tmp/x")
    assert code == 2
    assert "does not exist" in err


def test_a_provider_removed_from_the_working_tree(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    (repo.provider / "openapi.yaml").unlink()
    code, _, err = repo.drift(capsys)
    assert code == 2
    assert "provider browser_use: generated/browser_use/openapi.yaml exists at merge base" in err
    assert "but not in working tree" in err


def test_a_provider_new_in_the_working_tree(
    repo: Repo, base: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.root / "generated" / "agi").mkdir()
    (repo.root / "generated" / "agi" / "openapi.yaml").write_text(yaml.safe_dump(base), encoding="utf-8")
    code, _, err = repo.drift(capsys)
    assert code == 2
    assert "--allow-new-providers" in err
    code, out, _ = repo.drift(capsys, "--allow-new-providers")
    assert code == 0
    assert "## agi\n\n- new provider: nothing at merge base of HEAD and main (" in out


def test_not_a_git_repository(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["drift-git", "--repo", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "is not inside a git repository" in err


def test_output_file(
    repo: Repo, base: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(_without_output(base), LOCK)
    target = tmp_path / "drift.md"
    code, out, _ = repo.drift(capsys, "--output", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# API drift report\n")
