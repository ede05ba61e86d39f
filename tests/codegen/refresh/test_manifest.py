"""The manifest updater edits only etag / last_modified, keeping everything else."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import SpecError
from codegen.providers import load_provider
from codegen.refresh.manifest import edit_manifest, quote, write_text_atomically
from codegen.yamlio import load_yaml

from .conftest import SPECS

MANIFEST = """\
# A comment at the top.
name: demo
display_name: Demo   # trailing comment
base_url: https://api.demo.test
auth:
  type: bearer
env:
  api_key: DEMO_API_KEY
client:
  package: intermission_demo
pages:
  # the first page
  - file: one.md
    url: https://docs.demo.test/one.md
    format: mintlify-operation
    etag: '"old"'
  - file: two.md
    url: https://docs.demo.test/two.md
    notes: |
      A block scalar
      over two lines.

# trailing comment
"""


def edit(text: str = MANIFEST, *, pages: dict[str, dict[str, str | None]]) -> str:
    return edit_manifest(text, Path("provider.yaml"), "demo", pages=pages)


def test_replacing_a_value_changes_only_that_value() -> None:
    new = edit(pages={"one.md": {"etag": '"new"'}})
    assert new == MANIFEST.replace("""etag: '"old"'""", """etag: '"new"'""")


def test_new_keys_go_after_the_entry_keeping_block_scalars() -> None:
    new = edit(pages={"two.md": {"etag": 'W/"x"', "last_modified": "Wed, 21 Oct 2015 07:28:00 GMT"}})
    assert new == MANIFEST.replace(
        "      over two lines.\n",
        "      over two lines.\n    etag: 'W/\"x\"'\n    last_modified: 'Wed, 21 Oct 2015 07:28:00 GMT'\n",
    )


def test_none_removes_the_key_line() -> None:
    new = edit(pages={"one.md": {"etag": None, "last_modified": None}})
    assert new == MANIFEST.replace("""    etag: '"old"'\n""", "")


def test_empty_value_gets_filled() -> None:
    text = MANIFEST.replace("""etag: '"old"'""", "etag:")
    assert edit(text, pages={"one.md": {"etag": "E"}}) == text.replace("etag:", "etag: 'E'")


def test_crlf_manifests_stay_crlf() -> None:
    text = MANIFEST.replace("\n", "\r\n")
    new = edit(text, pages={"two.md": {"etag": "E"}})
    assert "\r\n    etag: 'E'\r\n" in new
    assert "\n" not in new.replace("\r\n", "")


@pytest.mark.parametrize("value", ['"abc"', "it's", 'W/"a\'b"', "tab\there", "ünïcode", "# not a comment"])
def test_values_round_trip(value: str) -> None:
    new = edit(pages={"one.md": {"etag": value}})
    provider_yaml = load_yaml_text(new)
    assert provider_yaml["pages"][0]["etag"] == value


def load_yaml_text(text: str) -> dict[str, Any]:
    data = load_yaml(text, "provider.yaml")
    assert isinstance(data, dict)
    return data


def test_quote_prefers_single_quotes() -> None:
    assert quote('"abc"') == """'"abc"'"""
    assert quote("a\nb") == '"a\\nb"'


def test_flow_style_entries_are_refused() -> None:
    text = MANIFEST.replace(
        "  - file: two.md\n    url: https://docs.demo.test/two.md\n",
        "  - {file: two.md, url: 'https://docs.demo.test/two.md'}\n",
    ).replace("    notes: |\n      A block scalar\n      over two lines.\n", "")
    with pytest.raises(SpecError, match="flow-style"):
        edit(text, pages={"two.md": {"etag": "E"}})


def test_unknown_page_and_other_keys_are_refused() -> None:
    with pytest.raises(SpecError, match=r"no page with file 'three\.md'"):
        edit(pages={"three.md": {"etag": "E"}})
    with pytest.raises(SpecError, match="refusing to edit"):
        edit(pages={"one.md": {"url": "https://elsewhere"}})


def test_an_edited_manifest_is_written_atomically_keeping_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "codegen"
    shutil.copytree(SPECS / "codegen", folder)
    path = folder / "provider.yaml"
    os.chmod(path, 0o640)
    before = path.read_text()
    pages = {"resume-agent-run.md": {"etag": '"e1"', "last_modified": "L"}}

    write_text_atomically(path, edit_manifest(before, path, "codegen", pages=pages))

    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in (SPECS / "codegen").iterdir())
    assert path.read_text().startswith(before.splitlines(keepends=True)[0])  # the comment line stays
    provider = load_provider(folder)
    assert provider.pages[0].etag == '"e1"' and provider.pages[0].last_modified == "L"
