"""What a manifest's page entries may say, as refresh relies on it: plain file names, ``download``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.errors import SpecError
from codegen.providers import load_provider

from .conftest import SPECS

PAGE = "resume-agent-run.md"


def provider_with(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "specs" / "codegen"
    shutil.copytree(SPECS / "codegen", folder)
    manifest = folder / "provider.yaml"
    text = manifest.read_text()
    assert text.count(old) == 1
    manifest.write_text(text.replace(old, new))
    return folder


@pytest.mark.parametrize(
    "name",
    [
        '"resume\\0agent-run.md"',  # NUL
        '"resume\\tagent-run.md"',  # a control character
        '"resume\\u202eagent-run.md"',  # a bidi override
        "sub/resume-agent-run.md",
        '"sub\\\\resume-agent-run.md"',
        ".resume-agent-run.md",
        "..",
    ],
)
def test_a_file_name_that_is_not_a_plain_name_is_a_clear_error(tmp_path: Path, name: str) -> None:
    folder = provider_with(tmp_path, f"file: {PAGE}", f"file: {name}")
    with pytest.raises(SpecError, match=r"pages\[0\]: 'file' must be a plain file name") as raised:
        load_provider(folder)
    assert "\0" not in str(raised.value) and "\u202e" not in str(raised.value)


@pytest.mark.parametrize("name", ["provider.yaml", "overlay.yaml", "openapi-python-client.yaml"])
def test_a_page_may_not_overwrite_the_providers_own_files(tmp_path: Path, name: str) -> None:
    folder = provider_with(tmp_path, f"file: {PAGE}", f"file: {name}")
    with pytest.raises(SpecError, match=f"'file' '{name}' is already a file of this provider"):
        load_provider(folder)


def test_two_pages_may_not_share_a_file(tmp_path: Path) -> None:
    entry = f"  - file: {PAGE}\n    url: https://docs.codegen.com/x.md\n"
    folder = provider_with(tmp_path, "pages:\n", "pages:\n" + entry)
    with pytest.raises(SpecError, match=rf"pages\[1\]: 'file' '{PAGE}' is already a file"):
        load_provider(folder)


def test_cli_reports_a_nul_in_a_file_name_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = provider_with(tmp_path, f"file: {PAGE}", 'file: "resume\\0agent-run.md"')
    args = ["refresh", "--specs", str(folder.parent), "--out", str(tmp_path / "generated"), "--dry-run"]

    assert main(args) == 2

    err = capsys.readouterr().err
    assert err.startswith("error: ") and "'resume\\x00agent-run.md'" in err and "Traceback" not in err


def test_download_is_read_and_must_be_a_web_url(tmp_path: Path) -> None:
    md = "https://mirror.codegen.test/resume-agent-run.md"
    folder = provider_with(tmp_path, "    format: mintlify-operation\n", f"    download: {md}\n")
    (entry,) = load_provider(folder).pages
    assert entry.download == md
    assert entry.url == "https://docs.codegen.com/api-reference/agents/resume-agent-run.md"

    for bad in ("file:///etc/passwd", "resume-agent-run.md", "[1, 2]"):
        manifest = folder / "provider.yaml"
        manifest.write_text(manifest.read_text().replace(f"download: {md}", f"download: {bad}"))
        with pytest.raises(SpecError, match=r"pages\[0\]: 'download' must be an http:// or https:// URL"):
            load_provider(folder)
        md = bad
