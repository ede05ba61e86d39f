"""Hostile and broken pages: a clear error naming the file, never a crash or a partial write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from codegen.build_specs import SPEC_FILE, build_all
from codegen.cli import main
from codegen.errors import PageError, SpecError
from codegen.ingest import import_page
from codegen.ingest.page import MAX_PAGE_BYTES, Page
from codegen.providers import discover
from codegen.yamlio import load_yaml

ROOT = Path(__file__).resolve().parents[2]

BILLION_LAUGHS = """
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""


def test_alias_expansion_beyond_the_budget_is_refused() -> None:
    with pytest.raises(PageError, match="aliases expand"):
        load_yaml(BILLION_LAUGHS, "laughs.yaml")


def test_a_few_aliases_are_fine() -> None:
    assert load_yaml("a: &x [1, 2]\nb: *x\n", "ok.yaml") == {"a": [1, 2], "b": [1, 2]}


def test_yaml_error_names_file_line_and_column() -> None:
    with pytest.raises(PageError) as info:
        load_yaml("a: 1\nb: [1, 2\nc: 3\n", "broken.yaml", line_offset=10)
    assert info.value.source == "broken.yaml"
    assert info.value.line is not None and info.value.line > 10
    assert info.value.column is not None
    assert str(info.value).startswith(f"broken.yaml:{info.value.line}:{info.value.column}: invalid YAML")


def test_pages_over_5_mb_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * (MAX_PAGE_BYTES + 1))
    with pytest.raises(PageError, match="limit"):
        Page.read(big)


def test_non_utf8_page_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "latin1.md"
    page.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(PageError, match="not UTF-8"):
        Page.read(page)


def test_unknown_format_lists_the_importers_tried() -> None:
    with pytest.raises(PageError) as info:
        import_page(Page(Path("notes.txt"), "just some words\nwith nothing API-like\n"))
    message = str(info.value)
    assert message.startswith("notes.txt:")
    for name in ("mintlify-operation", "mintlify-openapi", "openapi", "mdx", "rendered-text"):
        assert name in message


def test_forcing_an_unknown_format_is_an_error() -> None:
    with pytest.raises(PageError, match="unknown page format 'word'"):
        import_page(Page(Path("p.md"), "# x"), "word")


def _copy_specs(tmp_path: Path, *names: str) -> Path:
    specs = tmp_path / "specs"
    for name in names:
        shutil.copytree(ROOT / "specs" / name, specs / name)
    return specs


def test_external_refs_are_refused(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path, "codegen")
    overlay = specs / "codegen" / "overlay.yaml"
    overlay.write_text(
        overlay.read_text().replace(
            "$ref: '#/components/schemas/AuthErrorResponse'",
            "$ref: 'https://attacker.example/schema.json'",
            1,
        )
    )
    (provider,) = discover(specs)
    outcome = build_all([provider], tmp_path / "generated")
    error = outcome["codegen"]
    assert isinstance(error, SpecError)
    assert "outside the document" in str(error)
    assert not (tmp_path / "generated" / "codegen" / SPEC_FILE).exists()


def test_a_broken_page_leaves_that_provider_untouched_and_others_build(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path, "anchorbrowser", "codegen")
    out = tmp_path / "generated"
    first = build_all(discover(specs), out)
    assert first == {"anchorbrowser": True, "codegen": True}
    before = (out / "anchorbrowser" / SPEC_FILE).read_bytes()

    page = specs / "anchorbrowser" / "pause-agent.md"
    page.write_text(page.read_text().replace("  method: post", "  method: [post"))
    (specs / "codegen" / "provider.yaml").write_text(
        (specs / "codegen" / "provider.yaml")
        .read_text()
        .replace("display_name: Codegen", "display_name: Codegen Inc")
    )
    second = build_all(discover(specs), out)
    error = second["anchorbrowser"]
    assert isinstance(error, PageError)
    assert error.source.endswith("pause-agent.md") and error.line is not None
    assert second["codegen"] is True
    assert (out / "anchorbrowser" / SPEC_FILE).read_bytes() == before
    assert not [p for p in (out / "anchorbrowser").iterdir() if p.name != SPEC_FILE]


def test_stale_overlay_action_is_reported(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path, "codegen")
    for name in ("resume-agent-run.md", "openapi3.json"):  # the vendor renames the endpoint everywhere
        source = specs / "codegen" / name
        source.write_text(source.read_text().replace("/agent/run/resume", "/agent/run/continue"))
    outcome = build_all(discover(specs), tmp_path / "generated")
    assert "matches nothing" in str(outcome["codegen"])


def test_specs_command_exits_2_naming_the_provider(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = _copy_specs(tmp_path, "anchorbrowser")
    (specs / "anchorbrowser" / "resume-agent.md").write_text("nothing to see")
    code = main(["specs", "--specs", str(specs), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert (
        "anchorbrowser" in err
        and "resume-agent.md" in err
        and "no ```yaml FILE METHOD PATH``` block found" in err
    )


def test_convert_of_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "/nonexistent/page.md"]) == 2
    assert "cannot read page" in capsys.readouterr().err


@pytest.mark.parametrize(
    "hostile",
    [
        'say "hi"',
        "'''triple'''",
        '"""doc"""',
        "__import__('os').system('touch PWNED')",
        "line1\nline2",
        "naïve ☃",
    ],
)
def test_hostile_descriptions_pass_through_as_data(hostile: str) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "get_x",
                    "description": hostile,
                    "responses": {"200": {"description": hostile}},
                }
            }
        },
    }
    page = Page(Path("p.json"), json.dumps(document))
    fragment = import_page(page)
    operation = fragment["paths"]["/x"]["get"]
    assert operation["description"] == hostile
    assert operation["responses"]["200"]["description"] == hostile
