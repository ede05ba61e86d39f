"""``refresh`` end to end against the local docs server, on a scratch specs/ and generated/ tree."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main
from codegen.openapi.assemble import build_all
from codegen.providers import discover
from codegen.refresh.fetch import FetchOptions
from codegen.refresh.pipeline import RefreshOutcome, Steps, refresh
from codegen.refresh.plan import Status
from codegen.refresh.report import dry_run_text, markdown
from codegen.refresh.steps import StepResult, drift
from codegen.yamlio import load_yaml

from .conftest import DocsServer, Reply, Tree, no_sleep, route, snapshot

OPTIONS = FetchOptions(timeout=1.0, retries=0, trust_env=False)
CODEGEN_PAGE = ("codegen", "resume-agent-run.md")
PAUSE_PAGE = ("anchorbrowser", "pause-agent.md")
RESUME_PAGE = ("anchorbrowser", "resume-agent.md")

NEW_QUERY_PARAMETER = (
    "      query: {}\n      header:\n        authorization:",
    "      query:\n"
    "        wait:\n"
    "          schema:\n"
    "            - type: boolean\n"
    "              required: false\n"
    "              description: Return once the run is running again\n"
    "      header:\n"
    "        authorization:",
)
REMOVED_RESPONSE_FIELD = (
    "              web_url:\n"
    "                allOf:\n"
    "                  - anyOf:\n"
    "                      - type: string\n"
    "                      - type: 'null'\n"
    "                    title: Web Url\n",
    "",
)


class FakeGenerate:
    """Stands in for `python -m codegen generate` where a test is not about the clients: it writes
    the document only (as `generate` does first), into the folders it is given."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, providers: Sequence[str], specs: Path, generated: Path) -> StepResult:
        self.calls.append(list(providers))
        built = build_all(discover(specs, list(providers)), generated)
        errors = [str(result) for result in built.values() if result is not True and result is not False]
        return StepResult(not errors, error="; ".join(errors))


def run(
    tree: Tree,
    *names: str,
    dry_run: bool = False,
    options: FetchOptions = OPTIONS,
    generate: Callable[[Sequence[str], Path, Path], StepResult] | None = None,
) -> RefreshOutcome:
    after = Steps(generate=generate or FakeGenerate(), drift=drift)
    return refresh(
        tree.specs,
        tree.generated,
        list(names) or None,
        dry_run=dry_run,
        options=options,
        sleep=no_sleep,
        after=after,
    )


def edited(tree: Tree, page: tuple[str, str], change: tuple[str, str]) -> bytes:
    text = tree.page_path(*page).read_text()
    assert text.count(change[0]) == 1
    return text.replace(change[0], change[1]).encode()


def serve(tree: Tree, page: tuple[str, str], body: bytes, **validators: str) -> None:
    tree.docs.page(route(*page), body, **validators)


def manifest_page(tree: Tree, page: tuple[str, str]) -> dict[str, Any]:
    data = load_yaml(tree.manifest(page[0]).read_text(), "provider.yaml")
    (entry,) = [p for p in data["pages"] if p["file"] == page[1]]
    return dict(entry)


def document(tree: Tree, provider: str) -> dict[str, Any]:
    data = load_yaml(tree.document(provider).read_text(), "openapi.yaml")
    assert isinstance(data, dict)
    return data


def statuses(outcome: RefreshOutcome) -> dict[str, Status]:
    return {f"{o.name}/{p.entry.file}": p.status for o in outcome.providers for p in o.plan.pages}


def drift_of(outcome: RefreshOutcome, provider: str) -> str:
    """The provider's drift report, from the real `python -m codegen drift`."""
    (found,) = [o for o in outcome.providers if o.name == provider]
    assert found.errors == [], found.errors
    assert found.drift, found.notes
    return found.drift


# --- unchanged pages -----------------------------------------------------------------------------


def test_unchanged_pages_are_not_rewritten_and_validators_are_kept(tree: Tree) -> None:
    serve(tree, CODEGEN_PAGE, tree.page_path(*CODEGEN_PAGE).read_bytes(), etag='"c1"')
    serve(
        tree,
        PAUSE_PAGE,
        tree.page_path(*PAUSE_PAGE).read_bytes(),
        last_modified="Mon, 01 Jun 2026 10:00:00 GMT",
    )
    pages_before = snapshot(tree.specs)
    generated_before = snapshot(tree.generated)
    generate = FakeGenerate()

    first = run(tree, generate=generate)

    assert first.exit_code == 0, first.failures
    assert set(statuses(first).values()) == {Status.UNCHANGED}
    after = snapshot(tree.specs)
    for path, content in pages_before.items():
        if not path.endswith("provider.yaml"):
            assert after[path] == content, f"{path} was rewritten"
    assert manifest_page(tree, CODEGEN_PAGE)["etag"] == '"c1"'
    assert manifest_page(tree, PAUSE_PAGE)["last_modified"] == "Mon, 01 Jun 2026 10:00:00 GMT"
    assert "etag" not in manifest_page(tree, RESUME_PAGE)  # the server sent no validators
    assert tree.manifest("codegen").read_text().startswith("# Codegen: agent runs")  # comments kept
    assert snapshot(tree.generated) == generated_before
    # Only validators were stored: the lock ignores those lines, so there is nothing to regenerate.
    assert generate.calls == []

    settled = snapshot(tree.specs)
    tree.docs.requests.clear()
    second = run(tree, generate=generate)

    assert second.exit_code == 0
    assert statuses(second)["codegen/resume-agent-run.md"] is Status.UNCHANGED
    validated = {CODEGEN_PAGE[1], PAUSE_PAGE[1]}  # the pages served with an ETag / Last-Modified above
    assert [p.reason for o in second.providers for p in o.plan.pages if p.entry.file in validated] == [
        "not modified (304)",
        "not modified (304)",
    ]
    assert tree.docs.hits(route(*CODEGEN_PAGE))[0].headers["if-none-match"] == '"c1"'
    assert (
        tree.docs.hits(route(*PAUSE_PAGE))[0].headers["if-modified-since"] == "Mon, 01 Jun 2026 10:00:00 GMT"
    )
    assert snapshot(tree.specs) == settled
    assert generate.calls == []


# --- a changed page flows through ----------------------------------------------------------------


@pytest.mark.slow
def test_new_query_parameter_flows_to_the_document_clients_and_drift(tree: Tree) -> None:
    new_page = edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER)
    serve(tree, CODEGEN_PAGE, new_page, etag='"c2"', last_modified="Tue, 02 Jun 2026 10:00:00 GMT")
    anchor_before = snapshot(tree.specs / "anchorbrowser")
    anchor_generated = snapshot(tree.generated / "anchorbrowser")

    outcome = refresh(tree.specs, tree.generated, options=OPTIONS, sleep=no_sleep)  # the real steps

    assert statuses(outcome)["codegen/resume-agent-run.md"] is Status.CHANGED
    assert tree.page_path(*CODEGEN_PAGE).read_bytes() == new_page
    assert manifest_page(tree, CODEGEN_PAGE)["etag"] == '"c2"'
    assert manifest_page(tree, CODEGEN_PAGE)["last_modified"] == "Tue, 02 Jun 2026 10:00:00 GMT"
    operation = document(tree, "codegen")["paths"]["/v1/organizations/{org_id}/agent/run/resume"]["post"]
    assert {"name": "wait", "in": "query"}.items() <= next(
        p for p in operation["parameters"] if p["name"] == "wait"
    ).items()
    assert snapshot(tree.specs / "anchorbrowser") == anchor_before
    assert snapshot(tree.generated / "anchorbrowser") == anchor_generated

    (codegen,) = [o for o in outcome.providers if o.name == "codegen"]
    assert codegen.errors == []
    assert (tree.generated / "codegen" / "intermission_codegen").is_dir()

    report = drift_of(outcome, "codegen")
    assert "new-optional-request-parameter" in report and "query parameter wait" in report
    assert "generated/codegen/openapi.yaml (before)" in report  # not the temporary copy's path
    assert outcome.exit_code == 0
    text = markdown(outcome)
    assert "### Drift: codegen" in text and "#### API drift report" in text and "wait" in text


def test_removed_response_field_is_named_in_the_drift_report(tree: Tree) -> None:
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, REMOVED_RESPONSE_FIELD))
    generate = FakeGenerate()

    outcome = run(tree, "codegen", generate=generate)

    assert statuses(outcome) == {"codegen/resume-agent-run.md": Status.CHANGED}
    schema = document(tree, "codegen")["components"]["schemas"]["AgentRunResponse"]
    assert "web_url" not in schema["properties"]
    assert generate.calls == [["codegen"]]
    report = drift_of(outcome, "codegen")
    assert "response-optional-property-removed" in report and "web_url" in report
    assert outcome.exit_code == 0


# --- failures ------------------------------------------------------------------------------------

HTML = b"<!DOCTYPE html>\n<html><head><title>Error</title></head><body>Something went wrong</body></html>\n"


def _failure_cases() -> list[Any]:
    def case(name: str, reply: Callable[[Tree, DocsServer], Reply], reason: str) -> Any:
        return pytest.param(reply, reason, id=name)

    def page(tree: Tree, body: bytes) -> Reply:
        return Reply(200, body, {"Content-Type": "text/markdown"})

    return [
        case("404", lambda t, o: Reply(404, b"missing"), "HTTP 404 Not Found: the page was removed or moved"),
        case("410", lambda t, o: Reply(410), "HTTP 410 Gone"),
        case("5xx", lambda t, o: Reply(503), "HTTP 503 Service Unavailable"),
        case(
            "redirect-other-host",
            lambda t, o: Reply(301, headers={"Location": o.url("/moved.md")}),
            "to another host",
        ),
        case("slow", lambda t, o: Reply(200, b"late", delay=10), "no complete answer within 1 s"),
        case("oversized", lambda t, o: Reply(200, b"x" * (5 * 1024 * 1024 + 10), stream=True), "byte limit"),
        case("not-utf8", lambda t, o: page(t, "# Caf\xe9\n".encode("latin-1")), "page is not UTF-8"),
        case(
            "html-error-page",
            lambda t, o: Reply(200, HTML, {"Content-Type": "text/html"}),
            "got an HTML document (text/html) where mintlify-operation was expected",
        ),
        case(
            "unknown-layout",
            lambda t, o: page(t, b"# Pause Agent\n\nThe agent pauses. No API block any more.\n"),
            "no ```yaml FILE METHOD PATH``` block found",
        ),
        case(
            "broken-block",
            lambda t, o: page(
                t, t.page_path(*PAUSE_PAGE).read_bytes().replace(b"method: post", b"method: [post")
            ),
            "pause-agent.md:",
        ),
        case(
            "document-no-longer-builds",
            lambda t, o: page(  # now claims the resume page's operation
                t, t.page_path(*PAUSE_PAGE).read_bytes().replace(b"/agent/pause", b"/agent/resume")
            ),
            "the page imports, but the provider's document no longer builds",
        ),
    ]


@pytest.mark.parametrize(("reply", "reason"), _failure_cases())
def test_a_failed_page_leaves_its_provider_untouched_and_others_refresh(
    tree: Tree, other_host: DocsServer, reply: Callable[[Tree, DocsServer], Reply], reason: str
) -> None:
    tree.docs.routes[route(*PAUSE_PAGE)] = reply(tree, other_host)
    # The provider's other page did change: it must not be written either.
    resume = tree.page_path(*RESUME_PAGE).read_bytes().replace(b"Resumes the AI agent", b"Resumes the agent")
    serve(tree, RESUME_PAGE, resume, etag='"r2"')
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER), etag='"c2"')
    anchor_specs = snapshot(tree.specs / "anchorbrowser")
    anchor_generated = snapshot(tree.generated / "anchorbrowser")
    generate = FakeGenerate()

    outcome = run(tree, generate=generate)

    assert outcome.exit_code == 1
    assert snapshot(tree.specs / "anchorbrowser") == anchor_specs
    assert snapshot(tree.generated / "anchorbrowser") == anchor_generated
    failures = {f.url: f.reason for f in outcome.failures if f.provider == "anchorbrowser"}
    assert reason in failures.pop(tree.page_url(*PAUSE_PAGE))
    if "no longer builds" in reason:  # the pages fail together: neither builds without the other
        assert reason in failures.pop(tree.page_url(*RESUME_PAGE))
    else:
        assert statuses(outcome)["anchorbrowser/resume-agent.md"] is Status.CHANGED  # fetched fine, held back
    assert failures == {}
    # The other provider still refreshed.
    assert statuses(outcome)["codegen/resume-agent-run.md"] is Status.CHANGED
    assert b"wait:" in tree.page_path(*CODEGEN_PAGE).read_bytes()
    assert generate.calls == [["codegen"]]
    assert other_host.requests == []
    text = markdown(outcome)
    assert "### Failures" in text and tree.page_url(*PAUSE_PAGE) in text and "**anchorbrowser**" in text


def test_a_manifest_that_cannot_be_edited_in_place_holds_back_the_provider(tree: Tree) -> None:
    manifest = tree.manifest("codegen")
    flow = manifest.read_text().replace(
        "  - file: resume-agent-run.md\n"
        f"    url: {tree.page_url(*CODEGEN_PAGE)}\n"
        "    format: mintlify-operation\n",
        f"  - {{file: resume-agent-run.md, url: '{tree.page_url(*CODEGEN_PAGE)}'}}\n",
    )
    manifest.write_text(flow)
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER), etag='"c2"')
    before = snapshot(tree.specs / "codegen")

    outcome = run(tree, "codegen")

    assert outcome.exit_code == 1
    assert snapshot(tree.specs / "codegen") == before
    (failure,) = outcome.failures
    assert failure.provider == "codegen" and "flow-style" in failure.reason


# --- dry run and the command line ----------------------------------------------------------------


def test_dry_run_writes_nothing_and_shows_the_diff(tree: Tree, tmp_path: Path) -> None:
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER), etag='"c2"')
    serve(tree, PAUSE_PAGE, tree.page_path(*PAUSE_PAGE).read_bytes(), etag='"p1"')  # would save validators
    tree.docs.routes[route(*RESUME_PAGE)] = Reply(410)
    before = snapshot(tmp_path)
    generate = FakeGenerate()

    outcome = run(tree, dry_run=True, generate=generate)

    assert snapshot(tmp_path) == before
    assert generate.calls == []
    assert outcome.exit_code == 1
    assert statuses(outcome)["codegen/resume-agent-run.md"] is Status.CHANGED
    text = dry_run_text(outcome)
    assert "--- codegen/resume-agent-run.md: +6 -1 lines" in text
    assert "+        wait:\n" in text


def test_cli_dry_run(tree: Tree, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    serve(tree, CODEGEN_PAGE, edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER))
    before = snapshot(tree.specs)
    args = ["refresh", "--specs", str(tree.specs), "--out", str(tree.generated), "--retries", "0"]

    assert main([*args, "--dry-run", "codegen"]) == 0

    out = capsys.readouterr().out
    assert "codegen        resume-agent-run.md        would change new content" in out
    assert "+        wait:" in out
    assert snapshot(tree.specs) == before


def test_cli_exit_status_and_report(tree: Tree, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    args = ["refresh", "--specs", str(tree.specs), "--out", str(tree.generated), "--retries", "0"]
    report = tmp_path / "report.md"

    assert main([*args, "--report", str(report)]) == 0  # everything current: nothing to regenerate
    assert "No OpenAPI document changed." in report.read_text()

    tree.docs.routes[route(*CODEGEN_PAGE)] = Reply(404)
    assert main([*args, "--report", str(report)]) == 1
    err = capsys.readouterr().err
    assert f"error: codegen: {tree.page_url(*CODEGEN_PAGE)}: HTTP 404 Not Found" in err
    assert f"- **codegen** <{tree.page_url(*CODEGEN_PAGE)}>: HTTP 404 Not Found" in report.read_text()

    assert main([*args, "nonexistent"]) == 2
    assert "no provider manifest" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main([*args, "--concurrency", "0"])
    assert usage.value.code == 2


def test_a_page_moved_on_the_same_host_is_refreshed_with_a_hint(tree: Tree) -> None:
    tree.docs.routes[route(*CODEGEN_PAGE)] = Reply(301, headers={"Location": "/v2/resume-agent-run.md"})
    tree.docs.page("/v2/resume-agent-run.md", edited(tree, CODEGEN_PAGE, REMOVED_RESPONSE_FIELD))

    outcome = run(tree, "codegen")

    (page,) = outcome.providers[0].plan.pages
    assert page.status is Status.CHANGED
    assert f"redirected to {tree.docs.url('/v2/resume-agent-run.md')}" in page.reason
    assert b"web_url:\n                allOf" not in tree.page_path(*CODEGEN_PAGE).read_bytes()
    assert manifest_page(tree, CODEGEN_PAGE)["url"] == tree.page_url(*CODEGEN_PAGE)  # urls are not rewritten


def test_a_missing_local_page_is_fetched_unconditionally(tree: Tree) -> None:
    body = tree.page_path(*CODEGEN_PAGE).read_bytes()
    serve(tree, CODEGEN_PAGE, body, etag='"c1"')
    assert run(tree, "codegen").exit_code == 0  # saves the ETag
    tree.page_path(*CODEGEN_PAGE).unlink()
    tree.docs.requests.clear()

    outcome = run(tree, "codegen")

    assert "if-none-match" not in tree.docs.hits(route(*CODEGEN_PAGE))[0].headers
    assert outcome.providers[0].plan.pages[0].reason == "new page"
    assert tree.page_path(*CODEGEN_PAGE).read_bytes() == body
