"""Every real non-OpenAPI docs page we hold converts, and says what the page says.

The pages are byte-exact copies of ../shared/vendor-docs (agi, browser_use) and
../shared/corpus/pages; each expectation below was read off the page itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main
from codegen.ingest import import_page
from codegen.ingest.page import Page

CORPUS = Path(__file__).parent / "corpus"

# page: (method, path, declared path parameters, {where: names that must be there})
# where: "query"/"header" parameters, "body" properties, "200" response properties.
EXPECTED: dict[str, tuple[str, str, set[str], dict[str, set[str]]]] = {
    "agi/get-execution-status.md": (
        "get",
        "/v1/sessions/{session_id}/status",
        {"session_id"},
        {"200": {"status"}},
    ),
    "agi/get-session.md": (
        "get",
        "/v1/sessions/{session_id}",
        {"session_id"},
        {"200": {"session_id", "vnc_url"}},
    ),
    "agi/list-sessions.md": ("get", "/v1/sessions", set(), {}),
    "agi/pause-session.md": ("post", "/v1/sessions/{session_id}/pause", {"session_id"}, {"200": {"success"}}),
    "braintrust/create-project.md": ("post", "/v1/project", set(), {}),
    "braintrust/create-temporary-credential.md": (
        "post",
        "/v1/proxy/credentials",
        set(),
        {"body": {"model", "ttl_seconds"}, "200": {"key"}},
    ),
    "braintrust/delete-project.md": ("delete", "/v1/project/{project_id}", set(), {}),
    "braintrust/list-projects.md": ("get", "/v1/project", set(), {"200": {"objects"}}),
    "braintrust/partially-update-project.md": ("patch", "/v1/project/{project_id}", set(), {}),
    "browser_use/get-task-status.mdx": ("get", "/api/v1/task/{task_id}/status", {"task_id"}, {}),
    "browser_use/pause-task.mdx": ("put", "/api/v1/pause-task", set(), {"query": {"task_id"}}),
    "browser_use/stop-task.mdx": ("put", "/api/v1/stop-task", set(), {"query": {"task_id"}}),
    "galileo/cancel-jobs-for-project-run.md": (
        "put",
        "/v1/projects/{project_id}/runs/{run_id}/cancel-jobs",
        {"project_id", "run_id"},
        {},
    ),
    "galileo/get-token.md": ("get", "/v1/token", set(), {"query": {"organization_id", "organization_slug"}}),
    "galileo/get-workflows.md": (
        "post",
        "/v1/observe/projects/{project_id}/workflows",
        {"project_id"},
        {"query": {"start_time"}},
    ),
    "galileo/healthcheck.md": ("get", "/v1/healthcheck", set(), {}),
    "galileo/list-evaluate-alerts.md": (
        "get",
        "/v1/projects/{project_id}/runs/{run_id}/prompts/alerts",
        {"project_id", "run_id"},
        {},
    ),
    "pica/api-reference/core/available-actions.mdx": (
        "get",
        "/v1/available-actions/{platform}",
        {"platform"},
        {"query": {"title", "key"}, "200": {"rows", "total"}},
    ),
    "pica/api-reference/vault/connections/delete.mdx": ("delete", "/v1/vault/connections/{id}", {"id"}, {}),
    "pica/api-reference/vault/connections/get.mdx": (
        "get",
        "/v1/vault/connections/{id}",
        {"id"},
        {"200": {"environment", "state"}},
    ),
    "pica/api-reference/vault/connections/list.mdx": (
        "get",
        "/v1/vault/connections",
        set(),
        {"query": {"identityType"}},
    ),
    "pica/api-reference/vault/connections/update.mdx": (
        "patch",
        "/v1/vault/connections/{id}",
        {"id"},
        {"body": {"tags"}},
    ),
    "traceloop/api-reference/auto-monitor-setups/bulk-upsert-auto-monitor-setups.mdx": (
        "post",
        "/v2/auto-monitor-setups/bulk",
        set(),
        {"body": {"setups"}},
    ),
    "traceloop/api-reference/warehouse/get_spans.mdx": (
        "get",
        "/v2/warehouse/spans",
        set(),
        {"query": {"attributes", "filters"}, "200": {"spans"}},
    ),
    "upstash/qstash/api/dlq/listMessages.mdx": (
        "get",
        "/v2/dlq",
        set(),
        {"query": {"cursor", "order"}, "200": {"messages"}},
    ),
    "upstash/qstash/api/messages/bulk-cancel.mdx": (
        "delete",
        "/v2/messages",
        set(),
        {"body": {"messageIds"}},
    ),
    "upstash/qstash/api/messages/cancel.mdx": ("delete", "/v2/messages/{messageId}", {"messageId"}, {}),
    "upstash/qstash/api/publish.mdx": (
        "post",
        "/v2/publish/{destination}",
        {"destination"},
        {"header": {"Upstash-Delay"}, "200": {"messageId"}},
    ),
    "upstash/qstash/api/queues/pause.mdx": ("post", "/v2/queues/{queueName}/pause", {"queueName"}, {}),
    "upstash/qstash/api/queues/resume.mdx": ("post", "/v2/queues/{queueName}/resume", {"queueName"}, {}),
    "upstash/qstash/api/schedules/pause.mdx": (
        "post",
        "/v2/schedules/{scheduleId}/pause",
        {"scheduleId"},
        {},
    ),
    "upstash/qstash/api/schedules/resume.mdx": (
        "post",
        "/v2/schedules/{scheduleId}/resume",
        {"scheduleId"},
        {},
    ),
    "upstash/qstash/api/url-groups/remove-endpoint.mdx": (
        "delete",
        "/v2/topics/{urlGroupName}/endpoints",
        {"urlGroupName"},
        {"body": {"endpoints"}},
    ),
    "upstash/workflow/rest/dlq/resume.mdx": (
        "post",
        "/v2/workflows/dlq/resume/{dlqId}",
        {"dlqId"},
        {"header": {"Upstash-Retries"}},
    ),
    "upstash/workflow/rest/runs/cancel.mdx": (
        "delete",
        "/v2/workflows/runs/{workflowRunId}",
        {"workflowRunId"},
        {},
    ),
    "vast-ai/attach-ssh-key.md": ("post", "/api/v0/instances/{id}/ssh/", {"id"}, {"body": {"ssh_key"}}),
    "vast-ai/destroy-instance.md": ("delete", "/api/v0/instances/{id}/", {"id"}, {"200": {"success"}}),
    "vast-ai/get-endpoint-logs.md": ("post", "/get_endpoint_logs/", set(), {"body": {"endpoint"}}),
    "vast-ai/manage-instance.md": ("put", "/api/v0/instances/{id}/", {"id"}, {"body": {"state"}}),
    "vast-ai/unlist-volume.md": ("post", "/api/v0/volumes/unlist/", set(), {"body": {"id"}}),
    "vercel/create-event.md": (
        "post",
        "/v1/installations/{integrationConfigurationId}/events",
        {"integrationConfigurationId"},
        {"body": {"event"}},
    ),
    "vercel/delete-integration-resource.md": (
        "delete",
        "/v1/installations/{integrationConfigurationId}/resources/{resourceId}",
        {"integrationConfigurationId", "resourceId"},
        {},
    ),
    "vercel/get-integration-resource.md": (
        "get",
        "/v1/installations/{integrationConfigurationId}/resources/{resourceId}",
        {"integrationConfigurationId", "resourceId"},
        {"200": {"status"}},
    ),
    "vercel/get-integration-resources.md": (
        "get",
        "/v1/installations/{integrationConfigurationId}/resources",
        {"integrationConfigurationId"},
        {"200": {"resources"}},
    ),
    "vercel/get-status-of-remote-caching-for-this-principal.md": (
        "get",
        "/v8/artifacts/status",
        set(),
        {"query": {"teamId"}, "200": {"status"}},
    ),
}
PAGES = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.suffix in (".md", ".mdx"))


def test_every_copied_page_has_an_expectation() -> None:
    assert set(PAGES) == set(EXPECTED)


def _resolve(fragment: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/"):
        _, _, kind, name = ref.split("/")
        resolved: dict[str, Any] = fragment["components"][kind][name]
        return resolved
    return node


def _properties(fragment: dict[str, Any], content: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for media in content.values():
        schema = _resolve(fragment, media.get("schema", {}))
        names |= set(schema.get("properties", {}))
    return names


@pytest.mark.parametrize("name", PAGES)
def test_page_converts_to_what_it_describes(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    method, path, path_params, wanted = EXPECTED[name]
    page = CORPUS / name
    fragment = import_page(Page.read(page))
    assert list(fragment["paths"]) == [path]
    operation = fragment["paths"][path][method]
    params = [_resolve(fragment, p) for p in operation.get("parameters", [])]
    declared = {p["name"] for p in params if p["in"] == "path"}
    assert declared == {n.strip("{}") for n in path.split("/") if n.startswith("{")}
    assert path_params <= declared
    for where, names in wanted.items():
        if where in ("query", "header"):
            found = {p["name"] for p in params if p["in"] == where}
        elif where == "body":
            found = _properties(fragment, operation["requestBody"]["content"])
        else:
            found = _properties(fragment, operation["responses"][where]["content"])
        assert names <= found, (where, found)
    assert fragment["servers"], "every page names its server"
    # and the whole document is valid OpenAPI 3.1
    assert main(["convert", str(page)]) == 0
    assert capsys.readouterr().out.startswith("openapi: 3.1.0")
