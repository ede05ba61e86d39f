"""Hostile and broken pages: a clear error naming the file, never a crash or a partial write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.cli import main
from codegen.errors import PageError, SpecError
from codegen.ingest import import_page
from codegen.ingest.page import MAX_PAGE_BYTES, Page
from codegen.openapi.assemble import SPEC_FILE, build_all
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


# --- any bytes to `convert`: a document or exit 2 naming the file, never a traceback ----------

CORPUS_PAGES = sorted(
    [
        *(ROOT / "tests" / "codegen" / "ingest" / "corpus").rglob("*.md*"),
        *(ROOT / "tests" / "codegen" / "golden" / "pages").iterdir(),
    ]
)


def _convert_ends_cleanly(tmp_path: Path, name: str, data: bytes, capsys: pytest.CaptureFixture[str]) -> int:
    page = tmp_path / name
    page.write_bytes(data)
    code = main(["convert", str(page)])
    out, err = capsys.readouterr()
    assert code in (0, 2)
    if code == 2:
        assert err.startswith(f"error: {page}"), err
        assert "Traceback" not in err and err.count("error: ") == 1
    else:
        assert out.startswith("openapi: 3.1.0")
    return code


def _mutate(text: str, kind: str, at: float, span: int) -> str:
    lines = text.split("\n")
    if kind == "truncate":
        return text[: int(len(text) * at)]
    index = min(int(len(lines) * at), len(lines) - 1)
    if kind == "delete-lines":
        return "\n".join(lines[:index] + lines[index + span :])
    fences = [i for i, line in enumerate(lines) if line.strip().startswith(("```", "~~~", "---"))]
    if kind == "swap-fences" and len(fences) >= 2:
        a = fences[index % len(fences)]
        b = fences[(index + span) % len(fences)]
        lines[a], lines[b] = lines[b], lines[a]
    elif kind == "drop-fence" and fences:
        del lines[fences[index % len(fences)]]
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    page=st.sampled_from(CORPUS_PAGES),
    kind=st.sampled_from(["truncate", "delete-lines", "swap-fences", "drop-fence"]),
    at=st.floats(min_value=0, max_value=1),
    span=st.integers(min_value=1, max_value=8),
)
def test_mutated_real_pages_convert_or_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: Path, kind: str, at: float, span: int
) -> None:
    mutated = _mutate(page.read_text(), kind, at, span)
    _convert_ends_cleanly(tmp_path, page.name, mutated.encode(), capsys)


@pytest.mark.parametrize("page", CORPUS_PAGES[::6], ids=lambda p: p.name)
def test_every_truncation_of_a_page_converts_or_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: Path
) -> None:
    data = page.read_bytes()
    for cut in range(0, len(data), max(1, len(data) // 60)):
        _convert_ends_cleanly(tmp_path, page.name, data[:cut], capsys)


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("fence.mdx", '---\napi: "GET /a"\n---\n\n<ResponseExample>\n```json\n{"a": 1}\n', 6),
        ("fence.md", "# T\n\n````yaml openapi.json get /a\npaths:\n  path: /a\n", 3),
        ("front.mdx", '---\ntitle: "T"\napi: "GET /a"\n', 1),
        ("tag.mdx", '---\napi: "GET /a"\n---\n\n<ParamField query="q" type="str', 5),
    ],
)
def test_a_page_cut_off_mid_way_names_file_and_line(name: str, text: str, line: int) -> None:
    with pytest.raises(PageError) as info:
        import_page(Page(Path(name), text))
    assert (info.value.source, info.value.line) == (name, line)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_convert_or_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    _convert_ends_cleanly(tmp_path, "bytes.md", data, capsys)
