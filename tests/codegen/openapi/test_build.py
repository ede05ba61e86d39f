"""One provider's sources -> its document: servers and the source-conflict warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.errors import SpecError
from codegen.openapi.assemble import build_document
from codegen.openapi.notice import Notice
from codegen.providers import load_provider

MANIFEST = """\
name: p
display_name: P
base_url: {base_url}
auth: {{type: bearer}}
env: {{api_key: P_API_KEY}}
client: {{package: p_client}}
pages:
  - {{file: page.yaml, url: 'https://h/page', format: openapi}}
  - {{file: openapi.yaml, url: 'https://h/openapi.yaml', format: openapi}}
{prefer}
"""


def document(servers: str, summary: str, operation_id: str = "a") -> str:
    return f"""\
openapi: 3.0.3
info: {{title: t, version: '1'}}
servers: {servers}
paths:
  /a:
    get:
      operationId: {operation_id}
      summary: {summary}
      responses: {{'200': {{description: ok}}}}
"""


def provider(tmp_path: Path, base_url: str, page: str, complete: str, prefer: str = "") -> Path:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "provider.yaml").write_text(MANIFEST.format(base_url=base_url, prefer=prefer))
    (folder / "page.yaml").write_text(page)
    (folder / "openapi.yaml").write_text(complete)
    return folder


def test_servers_differing_only_by_a_trailing_slash_are_the_base_url(tmp_path: Path) -> None:
    same = document("[{url: 'http://h:3000/'}, {url: 'http://h:3000'}]", "A")
    built = build_document(load_provider(provider(tmp_path, "http://h:3000/", same, same)))
    assert [s["url"] for s in built["servers"]] == ["http://h:3000", "http://h:3000/"]


def test_a_source_on_another_host_is_an_error(tmp_path: Path) -> None:
    page = document("[{url: 'https://moved.example.com'}]", "A")
    complete = document("[{url: 'https://api.example.com'}]", "A")
    with pytest.raises(SpecError, match=r"moved\.example\.com"):
        build_document(load_provider(provider(tmp_path, "https://api.example.com", page, complete)))


def test_a_conflict_the_manifest_settles_is_a_warning_naming_both_sources(tmp_path: Path) -> None:
    page = document("[{url: 'https://api.example.com'}]", "From the page")
    complete = document("[{url: 'https://api.example.com'}]", "From the document")
    folder = provider(tmp_path, "https://api.example.com", page, complete, "prefer: [openapi.yaml]")
    notices: list[Notice] = []
    built = build_document(load_provider(folder), notices)
    assert built["paths"]["/a"]["get"]["summary"] == "From the document"
    (conflict,) = [n for n in notices if n.rule == "source-conflict"]
    assert conflict.location == "GET /a"
    assert "page.yaml" in conflict.message and "openapi.yaml wins" in conflict.message


def test_an_unsettled_conflict_is_an_error_naming_both_sources(tmp_path: Path) -> None:
    page = document("[{url: 'https://api.example.com'}]", "From the page")
    complete = document("[{url: 'https://api.example.com'}]", "From the document")
    with pytest.raises(SpecError, match=r"GET /a is defined differently by openapi\.yaml and page\.yaml"):
        build_document(load_provider(provider(tmp_path, "https://api.example.com", page, complete)))


def test_prefer_must_name_pages_of_the_manifest(tmp_path: Path) -> None:
    same = document("[{url: 'https://api.example.com'}]", "A")
    folder = provider(tmp_path, "https://api.example.com", same, same, "prefer: [elsewhere.yaml]")
    with pytest.raises(SpecError, match="'prefer' must list page files"):
        load_provider(folder)


def test_a_server_under_the_base_url_moves_its_path_into_the_paths(tmp_path: Path) -> None:
    page = document("[{url: 'https://api.example.com'}]", "A")
    complete = document("[{url: 'https://api.example.com/api/v2', description: v2}]", "B", "b")
    notices: list[Notice] = []
    built = build_document(
        load_provider(provider(tmp_path, "https://api.example.com", page, complete)), notices
    )
    assert sorted(built["paths"]) == ["/a", "/api/v2/a"]
    assert [n.rule for n in notices if n.location == "openapi.yaml"] == ["server-path-prefix"]
