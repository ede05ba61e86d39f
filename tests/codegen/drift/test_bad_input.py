"""Documents the drift report cannot read: exit status 2 and one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.cli import main

BASE = Path(__file__).parent / "cases" / "base.yaml"

BROKEN = {
    "invalid-yaml": "openapi: 3.1.0\npaths: [1, 2\n",
    "not-a-mapping": "- just\n- a list\n",
    "empty": "",
    "swagger-2": "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
    "openapi-version-number": "openapi: 3.1\ninfo: {title: x, version: '1'}\npaths: {}\n",
    "invalid-openapi": "openapi: 3.1.0\ninfo: {title: x}\npaths: 3\n",
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
    "swagger-2": "not an OpenAPI 3.0 or 3.1 document",
    "openapi-version-number": "not an OpenAPI 3.0 or 3.1 document",
    "invalid-openapi": "invalid OpenAPI 3.1.0",
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
