"""Merging the fragments of several sources: every components section, any order, conflicts named."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from codegen.errors import SpecError
from codegen.openapi.merge import SOURCE_CONFLICT, Source, merge_sources
from codegen.yamlio import dump_yaml

SECTIONS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


def op(summary: str, *, ref: str | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"$ref": ref} if ref else {"description": summary}
    return {"summary": summary, "responses": {"200": response}}


def complete_document() -> dict[str, Any]:
    """A vendor's complete document: one entry in every components section."""
    return {
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/items/{id}": {
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "get": op("Get Item", ref="#/components/responses/Item"),
            }
        },
        "components": {section: {f"{section}-entry": {"description": section}} for section in SECTIONS},
    }


def test_every_components_section_survives() -> None:
    document, notices = merge_sources("p", [Source("openapi.json", complete_document())])
    assert sorted(document["components"]) == sorted(SECTIONS)
    for section in SECTIONS:
        assert document["components"][section] == {f"{section}-entry": {"description": section}}
    assert notices == []


def test_shared_path_parameters_move_into_each_operation() -> None:
    document, _ = merge_sources("p", [Source("openapi.json", complete_document())])
    item = document["paths"]["/items/{id}"]
    assert "parameters" not in item
    assert item["get"]["parameters"] == [{"$ref": "#/components/parameters/Id"}]


def sources() -> list[Source]:
    return [
        Source("a.md", {"servers": [{"url": "https://a.example.com"}], "paths": {"/a": {"get": op("A")}}}),
        Source(
            "b.md",
            {
                "servers": [{"url": "https://b.example.com"}],
                "paths": {"/b": {"post": op("B")}},
                "tags": [{"name": "b"}],
                "components": {"schemas": {"Shared": {"type": "string"}, "B": {"type": "integer"}}},
            },
        ),
        Source(
            "c.json",
            {
                "servers": [{"url": "https://a.example.com", "description": "the same server, described"}],
                "paths": {"/a": {"post": op("C")}},
                "tags": [{"name": "a"}],
                "components": {
                    "schemas": {"Shared": {"type": "string"}},
                    "responses": {"R": {"description": "r"}},
                },
            },
        ),
    ]


def test_the_result_does_not_depend_on_the_order_of_the_sources() -> None:
    results = {dump_yaml(merge_sources("p", list(order))[0]) for order in itertools.permutations(sources())}
    assert len(results) == 1


def test_identical_definitions_merge() -> None:
    document, notices = merge_sources("p", sources())
    assert document["components"]["schemas"]["Shared"] == {"type": "string"}
    assert notices == []


def conflicting(rank_a: int | None, rank_b: int | None) -> list[Source]:
    return [
        Source("page.md", {"paths": {"/x/{id}": {"get": op("From the page")}}}, rank_a),
        Source("openapi.yaml", {"paths": {"/x/{session_id}": {"get": op("From the document")}}}, rank_b),
    ]


@pytest.mark.parametrize("order", [1, -1])
def test_different_definitions_without_a_winner_are_an_error_naming_both(order: int) -> None:
    with pytest.raises(SpecError) as caught:
        merge_sources("p", conflicting(None, None)[::order])
    assert "openapi.yaml" in str(caught.value) and "page.md" in str(caught.value)
    assert "GET /x/" in str(caught.value)


def test_different_components_without_a_winner_are_an_error_naming_both() -> None:
    one = Source("one.md", {"components": {"responses": {"E": {"description": "one"}}}})
    two = Source("two.md", {"components": {"responses": {"E": {"description": "two"}}}})
    with pytest.raises(SpecError, match=r"#/components/responses/E .*one\.md and two\.md"):
        merge_sources("p", [two, one])


@pytest.mark.parametrize("order", [1, -1])
def test_the_preferred_source_wins_with_a_warning_naming_both(order: int) -> None:
    document, notices = merge_sources("p", conflicting(None, 0)[::order])
    assert document["paths"] == {"/x/{session_id}": {"get": op("From the document")}}
    (notice,) = notices
    assert notice.rule == SOURCE_CONFLICT
    assert "page.md" in notice.message and "openapi.yaml wins" in notice.message


def test_the_better_ranked_source_wins_over_a_lower_ranked_one() -> None:
    document, _ = merge_sources("p", conflicting(0, 1))
    assert document["paths"] == {"/x/{id}": {"get": op("From the page")}}
