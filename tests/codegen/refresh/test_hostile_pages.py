"""Refresh against hostile pages and answers (issue 20, item 7): a page that takes too long to import,
a 304 nobody asked for, HTML in place of a page, odd validators; and the ``download`` form."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.providers import PageEntry, load_provider
from codegen.refresh.fetch import FetchOptions, NotModified
from codegen.refresh.pipeline import RefreshOutcome, Steps, refresh
from codegen.refresh.plan import MAX_VALIDATOR, Status, check_page, looks_like_html, plan_page
from codegen.refresh.report import markdown
from codegen.refresh.vet import VetOptions, vet_page

from . import slow_importer
from .conftest import Reply, Tree, no_sleep, route, snapshot
from .test_refresh import CODEGEN_PAGE, NEW_QUERY_PARAMETER, PAUSE_PAGE, FakeGenerate, edited, manifest_page

OPTIONS = FetchOptions(timeout=5.0, retries=0, trust_env=False)


def run(tree: Tree, *names: str, vet: VetOptions | None = None) -> tuple[RefreshOutcome, FakeGenerate]:
    generate = FakeGenerate()
    outcome = refresh(
        tree.specs,
        tree.generated,
        list(names) or None,
        options=OPTIONS,
        sleep=no_sleep,
        after=Steps(generate=generate),
        vet=vet,
    )
    return outcome, generate


def reasons(outcome: RefreshOutcome) -> dict[str, str]:
    return {f.url: f.reason for f in outcome.failures}


# --- the import time of a page is bounded --------------------------------------------------------


def test_a_page_that_takes_too_long_to_import_is_refused(tree: Tree) -> None:
    body = tree.page_path(*PAUSE_PAGE).read_bytes() + b"\n" + slow_importer.MARK.encode() + b"\n"
    tree.docs.routes[route(*PAUSE_PAGE)] = Reply(200, body, {"Content-Type": "text/markdown"})
    before = snapshot(tree.specs / "anchorbrowser"), snapshot(tree.generated / "anchorbrowser")

    outcome, generate = run(tree, "anchorbrowser", vet=VetOptions(timeout=1.0, command=slow_importer.COMMAND))

    assert outcome.exit_code == 1
    assert reasons(outcome) == {
        tree.page_url(*PAUSE_PAGE): "importing pause-agent.md took longer than 1 s "
        "(the limit is set by --import-timeout); refused"
    }
    assert (snapshot(tree.specs / "anchorbrowser"), snapshot(tree.generated / "anchorbrowser")) == before
    assert generate.calls == []


def test_a_page_that_needs_too_much_memory_to_import_is_refused(tree: Tree) -> None:
    body = tree.page_path(*PAUSE_PAGE).read_bytes() + b"\n" + slow_importer.GREEDY.encode() + b"\n"
    tree.docs.routes[route(*PAUSE_PAGE)] = Reply(200, body, {"Content-Type": "text/markdown"})
    before = snapshot(tree.specs / "anchorbrowser")
    vet = VetOptions(timeout=120.0, memory=256 << 20, command=slow_importer.COMMAND)

    outcome, _ = run(tree, "anchorbrowser", vet=vet)

    assert reasons(outcome) == {
        tree.page_url(
            *PAUSE_PAGE
        ): "the mintlify-operation importer needed more than 256 MiB of memory; refused"
    }
    assert snapshot(tree.specs / "anchorbrowser") == before


def test_the_slow_importer_imports_other_pages_for_real(tree: Tree) -> None:
    """The test's slow importer is the real one for unmarked pages (so the refusal above is the limit's)."""
    options = VetOptions(timeout=120.0, command=slow_importer.COMMAND)
    good = tree.page_path(*PAUSE_PAGE).read_bytes()
    assert vet_page("pause-agent.md", "mintlify-operation", good, options) is None
    broken = good.replace(b"method: post", b"method: [post")
    assert "pause-agent.md:" in (vet_page("pause-agent.md", "mintlify-operation", broken, options) or "")


def test_an_import_child_that_dies_is_a_reason_not_a_crash() -> None:
    dies = VetOptions(
        command=(sys.executable, "-c", "import sys; print('half', file=sys.stderr); sys.exit(3)")
    )
    assert vet_page("p.md", None, b"# P\n", dies) == (
        "importing p.md failed: the importer process ended with status 3: half"
    )


def test_cli_import_timeout_must_be_positive(tree: Tree) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["refresh", "--specs", str(tree.specs), "--out", str(tree.generated), "--import-timeout", "0"])
    assert usage.value.code == 2


# --- 304 ------------------------------------------------------------------------------------------


def test_a_304_for_a_missing_page_is_refused(tree: Tree) -> None:
    serve_body = tree.page_path(*CODEGEN_PAGE).read_bytes()
    tree.docs.page(route(*CODEGEN_PAGE), serve_body, etag='"c1"')
    assert run(tree, "codegen")[0].exit_code == 0  # stores the ETag
    tree.page_path(*CODEGEN_PAGE).unlink()
    tree.docs.routes[route(*CODEGEN_PAGE)] = Reply(304)  # whatever was asked
    before = snapshot(tree.specs / "codegen")

    outcome, _ = run(tree, "codegen")

    assert outcome.exit_code == 1
    reason = reasons(outcome)[tree.page_url(*CODEGEN_PAGE)]
    assert reason.startswith("HTTP 304 Not Modified to a request sent without ETag or Last-Modified")
    assert snapshot(tree.specs / "codegen") == before  # still missing, manifest as it was
    assert "if-none-match" not in tree.docs.hits(route(*CODEGEN_PAGE))[-1].headers


def test_a_304_is_not_taken_as_current_when_the_page_file_is_gone(tree: Tree) -> None:
    provider = load_provider(tree.specs / "codegen")
    (entry,) = provider.pages
    provider.page_path(entry).unlink()
    plan = plan_page(provider, entry, NotModified(), VetOptions())
    assert plan.status is Status.FAILED and "resume-agent-run.md is missing" in plan.reason


# --- HTML where a page was expected -----------------------------------------------------------------

HTML_STARTS = [
    b"<!DOCTYPE html>\n<html><body>Error</body></html>",
    b"  \n\t<!doctype html><html></html>",
    b"\xef\xbb\xbf\n<HTML lang=en>",
    b"<head><title>Sign in</title></head>",
    b"<!-- served by the edge -->\n<!-- cache: miss -->\n<html>",
    b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    b'<meta charset="utf-8"><title>Just a moment...</title>',
    b"<title>404</title>",
    b"<body>\nnot found\n</body>",
    b"<script>location='/login'</script>",
]
NOT_HTML = [
    b"# Pause Agent\n\n<html> is mentioned here\n",
    b"<!-- a Markdown comment -->\n# Pause Agent\n",
    b"---\ntitle: Pause\n---\n<ParamField path='id'>\n",
    b"<header>not a document</header>",
    b'{"openapi": "3.1.0"}',
    b"<!-- never closed\n<html>",
]


@pytest.mark.parametrize("body", HTML_STARTS)
def test_html_is_recognised_however_it_starts(body: bytes) -> None:
    assert looks_like_html(body)


@pytest.mark.parametrize("body", NOT_HTML)
def test_pages_that_merely_contain_tags_are_not_html(body: bytes) -> None:
    assert not looks_like_html(body)


@pytest.mark.parametrize("body", HTML_STARTS[1:5], ids=["whitespace", "bom-upper", "head", "comments"])
def test_an_html_answer_is_refused_for_a_markdown_page(tree: Tree, body: bytes) -> None:
    tree.docs.routes[route(*PAUSE_PAGE)] = Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})
    before = snapshot(tree.specs / "anchorbrowser")

    outcome, _ = run(tree, "anchorbrowser")

    assert reasons(outcome)[tree.page_url(*PAUSE_PAGE)] == (
        "got an HTML document (text/html; charset=utf-8) where mintlify-operation was expected "
        "(an error or login page?)"
    )
    assert snapshot(tree.specs / "anchorbrowser") == before


def html_page() -> bytes:
    """AGI's rendered resume page, saved as the HTML a browser would get."""
    text = (Path(__file__).parent / "pages" / "resume-session.txt").read_text()
    return (
        "<!DOCTYPE html>\n<html><head><title>Resume session</title></head>"
        f"<body><pre>{html.escape(text)}</pre></body></html>\n"
    ).encode()


@pytest.mark.parametrize(
    ("fmt", "old", "accepted"),
    [
        ("html", None, True),
        (None, b"<!doctype html><html>the copy we keep</html>", True),
        (None, b"# the copy we keep is Markdown\n", False),
        (None, None, False),
        ("rendered-text", None, False),
    ],
    ids=["format-html", "unset-kept-as-html", "unset-kept-as-markdown", "unset-new", "other-format"],
)
def test_html_is_accepted_only_where_the_page_is_kept_as_html(
    fmt: str | None, old: bytes | None, accepted: bool
) -> None:
    entry = PageEntry(file="resume-session.html", url="https://docs.agi.test/resume-session", format=fmt)
    reason = check_page(entry, html_page(), "text/html", VetOptions(), old)
    if accepted:
        assert reason is None  # the HTML importer read it
    else:
        assert reason is not None and reason.startswith("got an HTML document (text/html) where ")


# --- what is stored ---------------------------------------------------------------------------------


def test_validators_that_cannot_be_stored_are_dropped(tree: Tree) -> None:
    body = tree.page_path(*CODEGEN_PAGE).read_bytes()
    tree.docs.routes[route(*CODEGEN_PAGE)] = Reply(
        200, body, {"ETag": '"' + "e" * MAX_VALIDATOR + '"', "Last-Modified": "Tue, 02 Jun 2026 10:00:00 GMT"}
    )

    outcome, _ = run(tree, "codegen")

    assert outcome.exit_code == 0
    stored = manifest_page(tree, CODEGEN_PAGE)
    assert "etag" not in stored and stored["last_modified"] == "Tue, 02 Jun 2026 10:00:00 GMT"


# --- the download form -----------------------------------------------------------------------------


def with_download(tree: Tree, public: str) -> None:
    """Give the codegen page a public URL (``public``) apart from the form refresh downloads."""
    manifest = tree.manifest("codegen")
    old = f"url: {tree.page_url(*CODEGEN_PAGE)}\n"
    text = manifest.read_text()
    assert text.count(old) == 1
    manifest.write_text(
        text.replace(
            old, f"url: {tree.docs.url(public)}\n    download: {tree.docs.url(route(*CODEGEN_PAGE))}\n"
        )
    )


def test_refresh_downloads_the_download_form_not_the_public_page(tree: Tree) -> None:
    public = "/api-reference/agents/resume-agent-run"
    tree.docs.routes[public] = Reply(
        200, b"<!DOCTYPE html><html>the rendered page</html>", {"Content-Type": "text/html"}
    )
    with_download(tree, public)
    new_page = edited(tree, CODEGEN_PAGE, NEW_QUERY_PARAMETER)
    tree.docs.page(route(*CODEGEN_PAGE), new_page, etag='"c2"')

    outcome, generate = run(tree, "codegen")

    assert outcome.exit_code == 0, outcome.failures
    assert tree.page_path(*CODEGEN_PAGE).read_bytes() == new_page
    assert tree.docs.hits(public) == []
    stored = manifest_page(tree, CODEGEN_PAGE)
    assert stored["url"] == tree.docs.url(public) and stored["etag"] == '"c2"'
    assert stored["download"] == tree.docs.url(route(*CODEGEN_PAGE))
    assert generate.calls == [["codegen"]]
    assert f"[resume-agent-run.md]({tree.docs.url(public)})" in markdown(outcome)  # readers get the page


def test_a_failed_download_names_the_url_that_was_fetched(tree: Tree) -> None:
    with_download(tree, "/public")
    tree.docs.routes[route(*CODEGEN_PAGE)] = Reply(404)

    outcome, _ = run(tree, "codegen")

    assert list(reasons(outcome)) == [tree.docs.url(route(*CODEGEN_PAGE))]
    assert tree.docs.hits("/public") == []
