"""Documents the drift report cannot read: exit status 2 and one clear line, never a traceback; and
documents it reads although a validator would not: compared, with ``document-invalid`` entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.cli import main

BASE = Path(__file__).parent / "cases" / "base.yaml"

BROKEN = {
    "invalid-yaml": "openapi: 3.1.0\npaths: [1, 2\n",
    "not-a-mapping": "- just\n- a list\n",
    "empty": "",
    "dangling-ref": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          $ref: '#/components/responses/Nope'\n"
    ),
    "external-ref": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          $ref: 'https://example.test/other.yaml#/x'\n"
    ),
    "billion-laughs": "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdef", "bcdefg", strict=True)),
}

EXPECTED = {
    "invalid-yaml": "invalid YAML",
    "not-a-mapping": "must be a mapping, not list",
    "empty": "must be a mapping, not NoneType",
    "dangling-ref": "points at nothing",
    "external-ref": "points outside the document",
    "billion-laughs": "aliases expand",
}


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", sorted(BROKEN))
@pytest.mark.parametrize("side", ["old", "new"])
def test_a_broken_document_is_refused(
    name: str, side: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / f"{name}.yaml"
    broken.write_text(BROKEN[name], encoding="utf-8")
    args = ["drift", str(broken), str(BASE)] if side == "old" else ["drift", str(BASE), str(broken)]
    code, out, err = _run(args, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and err.count("\n") == 1
    assert str(broken) in err
    assert EXPECTED[name] in err
    assert "Traceback" not in err


INVALID = {
    "swagger-2": (
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        "not an OpenAPI 3.0 or 3.1 document ('openapi' is missing)",
    ),
    "openapi-version-number": (
        "openapi: 3.1\ninfo: {title: x, version: '1'}\npaths: {}\n",
        "not an OpenAPI 3.0 or 3.1 document ('openapi' is 3.1)",
    ),
    "no-info-version": ("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", "is a required property"),
    "undeclared-path-parameter": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a/{id}:\n    get:\n"
        "      responses: {'200': {description: ok}}\n",
        "path parameter 'id' is used in the path but not declared",
    ),
    "regex-python-rejects": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Name: {type: string, pattern: '^\\p{L}+$'}\n",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_a_readable_invalid_document_is_compared(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, message = INVALID[name]
    invalid = tmp_path / f"{name}.yaml"
    invalid.write_text(text, encoding="utf-8")
    code, out, err = _run(
        ["drift", str(BASE), str(invalid), "--format", "json", "--fail-on", "never"], capsys
    )
    assert (code, err) == (0, "")
    changes = json.loads(out)["providers"][0]["changes"]
    assert any(c["rule"] == "endpoint-removed" for c in changes)  # compared all the same
    invalid_entries = [c for c in changes if c["rule"] == "document-invalid"]
    if message is None:
        assert invalid_entries == []
    else:
        assert [c["severity"] for c in invalid_entries] == ["warning"]
        assert message in invalid_entries[0]["message"]


def test_a_problem_the_old_document_had_too_is_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = INVALID["undeclared-path-parameter"][0]
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("version: '1'", "version: '2'"), encoding="utf-8")
    code, out, _ = _run(["drift", str(old), str(new), "--format", "json"], capsys)
    (entry,) = json.loads(out)["providers"][0]["changes"]
    assert (code, entry["rule"], entry["severity"]) == (0, "document-invalid", "info")
    assert entry["location"] == "#/paths/~1a~1{id}/get"


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["drift", str(BASE), str(tmp_path / "gone.yaml")], capsys)
    assert code == 2
    assert err == f"error: {tmp_path / 'gone.yaml'}: cannot read: No such file or directory\n"


def test_a_file_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin1.yaml"
    latin.write_bytes("openapi: 3.1.0\ninfo: {title: caf\xe9}\n".encode("latin-1"))
    code, _, err = _run(["drift", str(latin), str(BASE)], capsys)
    assert code == 2
    assert "not UTF-8" in err


def test_an_unknown_provider(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["drift", str(BASE), str(BASE), "--provider", "openai"], capsys)
    assert code == 2
    assert err == "error: unknown provider 'openai'; known: agi, anchorbrowser, browser_use, codegen\n"


def test_an_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(
        ["drift", str(BASE), str(BASE), "--output", str(tmp_path / "no" / "such" / "dir.md")], capsys
    )
    assert code == 2
    assert err.startswith("error: cannot write ")
