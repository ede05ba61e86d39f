"""Every importer is linear in the page size: 1 MB pages of each pathological shape convert
(or are refused) within a small multiple of yaml.safe_load of a 1 MB YAML page, same run."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from codegen.errors import PageError
from codegen.ingest import import_page
from codegen.ingest.page import Page

SIZE = 1 << 20
# Generous: a linear importer takes a fraction of the baseline; a quadratic one, hundreds of it.
MAX_RATIO = 5.0


def _yaml_lines(size: int, indent: str = "  ") -> str:
    lines = [f"{indent}key_{i}: {{type: string, description: some words here}}\n" for i in range(size // 50)]
    return "".join(lines)


SHAPES: dict[str, Callable[[], str]] = {
    "rendered text, one long word": lambda: "GET\n/\nv1\nTitle\n\nRequest\n\n" + "a" * SIZE,
    "rendered text, many fields": lambda: (
        "GET\n/\nv1\nT\n\nRequest\n\n" + "n\nstring\nrequired\nd\n" * (SIZE // 20)
    ),
    "mdx, unclosed ParamField tags": lambda: (
        '---\napi: "GET /a"\n---\n' + '<ParamField query="q" ' * (SIZE // 22)
    ),
    "mdx, unclosed quotes": lambda: '---\napi: "GET /a"\n---\n' + '<ParamField query="q ' * (SIZE // 20),
    "mdx, nested fields": lambda: (
        '---\napi: "GET /a"\n---\n' + '<ParamField body="q" type="object">\n' * (SIZE // 36)
    ),
    "mdx, curl continuations": lambda: '---\napi: "GET /a"\n---\n' + "curl \\\n" * (SIZE // 7),
    "mdx, fetch calls": lambda: '---\napi: "GET /a"\n---\n' + "fetch('https://x.io/a', {\n" * (SIZE // 26),
    "rendered text, JSON openings": lambda: "GET\n/\nv1\nT\n\n" + '{"a":\n' * (SIZE // 6),
    "mintlify, huge YAML block": lambda: (
        "# T\n\n```yaml openapi.json get /a\npaths:\n  path: /a\n  method: get\n  response: {}\n"
        "components:\n  schemas:\n    X:\n      properties:\n" + _yaml_lines(SIZE, " " * 8) + "```\n"
    ),
    "html, unclosed elements": lambda: "<!DOCTYPE html><html><body>" + "<div>x" * (SIZE // 6),
    "html, unclosed comment": lambda: "<!DOCTYPE html><html><body><!--" + "a" * SIZE,
}


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def baseline() -> float:
    text = "paths:\n" + _yaml_lines(SIZE)
    return _seconds(lambda: yaml.safe_load(text))


def _convert(text: str) -> None:
    with contextlib.suppress(PageError):
        import_page(Page(Path("big.md"), text))


@pytest.mark.parametrize("shape", SHAPES)
def test_a_1_mb_page_costs_about_what_parsing_1_mb_of_yaml_does(shape: str, baseline: float) -> None:
    text = SHAPES[shape]()
    assert len(text) >= SIZE * 0.9
    ratio = _seconds(lambda: _convert(text)) / baseline
    assert ratio <= MAX_RATIO, f"{shape}: {ratio:.2f} x yaml.safe_load of the same size"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("deep.json", '{"openapi": "3.1.0", "paths": {}, "x": ' + "[" * 900 + "]" * 900 + "}", "nests"),
        ("deep.yaml", "openapi: 3.1.0\npaths: {}\nx: " + "[" * 1500 + "]" * 1500 + "\n", "nests"),
        ("big.json", '{"openapi": "3.1.0", "paths": {}, "x": ' + "9" * 5000 + "}", "integer"),
        ("big.yaml", "openapi: 3.1.0\npaths: {}\nx: " + "9" * 5000 + "\n", "integer"),
        ("digits.json", '{"openapi": "3.1.0", "paths": {"/a": {"x-n": ' + "9" * 200 + "}}}", "digits"),
    ],
)
def test_nesting_and_integer_size_are_bounded(name: str, text: str, message: str) -> None:
    with pytest.raises(PageError, match=message) as info:
        import_page(Page(Path(name), text))
    assert info.value.source == name
