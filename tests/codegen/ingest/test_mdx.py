"""MDX API pages: ParamField, ResponseField, Expandable, examples, mirror noise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.errors import PageError
from codegen.ingest import detect_format, import_page
from codegen.ingest.page import Page
from tests.codegen.ingest.fragments import PAGES, SEEDS, only_operation


def load(path: Path) -> dict[str, Any]:
    return import_page(Page.read(path))


def test_browser_use_seed_with_mirror_noise() -> None:
    page = Page.read(SEEDS / "browser-use-resume-task.mdx")
    assert detect_format(page) == "mdx"
    fragment = import_page(page)
    path, method, op = only_operation(fragment)
    assert (method, path) == ("put", "/api/v1/resume-task")
    assert op["operationId"] == "resume_task"
    assert op["parameters"] == [
        {
            "name": "task_id",
            "in": "query",
            "description": "ID of the task to resume",
            "required": True,
            "schema": {"type": "string"},
        }
    ]
    assert fragment["servers"] == [{"url": "https://api.browser-use.com"}]
    assert op["security"] == [{"bearerAuth": []}]
    assert sorted(op["responses"]) == ["200", "422"]
    detail = op["responses"]["422"]["content"]["application/json"]["schema"]["properties"]["detail"]
    assert detail["items"]["properties"]["msg"] == {"type": "string"}


def test_cleaned_and_noisy_pages_give_the_same_operation() -> None:
    noisy = load(SEEDS / "browser-use-resume-task.mdx")
    clean = load(Path(__file__).parents[3] / "specs" / "browser_use" / "resume-task.mdx")
    assert noisy == clean


def test_parameters_body_nesting_enums_defaults_and_responses() -> None:
    fragment = load(PAGES / "create-task.mdx")
    path, method, op = only_operation(fragment)
    assert (method, path) == ("post", "/api/v1/projects/{projectId}/tasks")
    params = {p["name"]: p for p in op["parameters"]}
    assert params["projectId"]["required"] is True and params["projectId"]["in"] == "path"
    assert params["dry_run"]["schema"] == {"type": "boolean", "default": False}
    assert params["X-Trace"]["deprecated"] is True and "required" not in params["X-Trace"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["task"]
    props = body["properties"]
    assert props["max_steps"] == {"description": "Step budget", "type": "integer", "default": 100}
    assert props["mode"]["enum"] == ["fast", "careful"] and props["mode"]["default"] == "fast"
    secrets = props["secrets"]
    assert secrets["type"] == "array"
    assert secrets["items"]["required"] == ["domain"]
    assert secrets["items"]["properties"]["limits"]["properties"]["per_minute"]["type"] == "integer"
    ok = op["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["required"] == ["id"]
    assert ok["schema"]["properties"]["tags"]["items"] == {"type": "string"}
    assert ok["examples"]["example"]["value"] == {"id": "t_1", "tags": ["a"]}
    assert op["responses"]["404"]["content"]["application/json"]["schema"]["properties"]["detail"] == {
        "type": "string"
    }
    assert fragment["servers"] == [{"url": "https://api.tasks.test"}]


def test_page_without_api_front_matter_uses_its_request_example() -> None:
    fragment = load(PAGES / "get-task-no-front-matter.mdx")
    path, method, op = only_operation(fragment)
    assert (method, path) == ("get", "/api/v1/task/task_123")
    assert op["operationId"] == "get_task"
    assert op["security"] == [{"bearerAuth": []}]


def test_malformed_front_matter_points_at_its_line() -> None:
    page = Page(Path("bad.mdx"), 'noise\n---\ntitle: "x\napi: GET /a\n---\n')
    with pytest.raises(PageError) as info:
        import_page(page, "mdx")
    assert info.value.line is not None and info.value.line >= 3


def test_unclosed_component_is_reported_with_its_line() -> None:
    page = Page(Path("bad.mdx"), '---\napi: "GET /a"\n---\n\n<ParamField query="q" type="string">\nq\n')
    with pytest.raises(PageError, match="never closed") as info:
        import_page(page, "mdx")
    assert info.value.line == 5


def test_bad_api_line_is_an_error() -> None:
    with pytest.raises(PageError, match="METHOD /path"):
        import_page(Page(Path("bad.mdx"), '---\napi: "FETCH everything"\n---\n'), "mdx")


def test_hostile_text_is_kept_as_data() -> None:
    hostile = "'''\"\"\" __import__('os').system('x') naïve"
    page = Page(
        Path("h.mdx"),
        '---\ntitle: "T"\napi: "GET /a"\n---\n\n'
        f'<ParamField query="q" type="string">\n{hostile}\n</ParamField>\n',
    )
    (param,) = only_operation(import_page(page))[2]["parameters"]
    assert param["description"] == hostile


def test_a_path_parameter_missing_from_the_path_names_its_line() -> None:
    page = Page(
        Path("p.mdx"), '---\napi: "GET /a"\n---\n\n<ParamField path="x" type="string">X</ParamField>\n'
    )
    with pytest.raises(PageError, match="'x' does not appear in the path") as info:
        import_page(page)
    assert info.value.line == 5


def test_agi_md_export_takes_method_and_path_from_its_examples() -> None:
    text = (
        "# Pause Session\n\n> Pause a task.\n\n"
        '<ParamField path="session_id" type="string" required>\n  The UUID\n</ParamField>\n\n'
        "```bash cURL\ncurl -X POST https://api.agi.tech/v1/sessions/<session_id>/pause \\\n"
        '  -H "Authorization: Bearer $AGI_API_KEY"\n```\n'
    )
    fragment = import_page(Page(Path("pause.md"), text))
    path, method, op = only_operation(fragment)
    assert (method, path) == ("post", "/v1/sessions/{session_id}/pause")
    assert op["description"] == "Pause a task." and op["security"] == [{"bearerAuth": []}]
    assert fragment["servers"] == [{"url": "https://api.agi.tech"}]
