from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.errors import SpecError
from codegen.openapi.overlay import apply_overlay, load_overlay


def doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "post": {
                    "parameters": [{"name": "authorization", "in": "header"}, {"name": "q", "in": "query"}]
                }
            },
            "/b": {"get": {"responses": {"200": {"description": "ok"}}}},
        },
        "servers": [{"url": "https://placeholder.example.com"}],
    }


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_recursively() -> None:
    result = apply_overlay(
        doc(),
        overlay(
            {
                "target": "$.paths['/b'].get",
                "description": "d",
                "update": {"responses": {"404": {"description": "gone"}}},
            }
        ),
        "p",
    )
    assert result["paths"]["/b"]["get"]["responses"] == {
        "200": {"description": "ok"},
        "404": {"description": "gone"},
    }


def test_remove_with_a_filter_selector() -> None:
    result = apply_overlay(
        doc(),
        overlay(
            {
                "target": "$.paths['/a'].post.parameters[?@.name == 'authorization']",
                "description": "d",
                "remove": True,
            }
        ),
        "p",
    )
    assert result["paths"]["/a"]["post"]["parameters"] == [{"name": "q", "in": "query"}]


def test_wildcards_update_every_match_and_arrays_get_appended() -> None:
    result = apply_overlay(
        doc(),
        overlay(
            {"target": "$.paths.*.*", "description": "d", "update": {"deprecated": True}},
            {"target": "$.servers", "description": "d", "update": {"url": "https://api.example.test"}},
        ),
        "p",
    )
    assert result["paths"]["/a"]["post"]["deprecated"] is True
    assert result["paths"]["/b"]["get"]["deprecated"] is True
    assert result["servers"][-1] == {"url": "https://api.example.test"}


def test_the_input_document_is_not_modified() -> None:
    original = doc()
    apply_overlay(original, overlay({"target": "$.servers", "description": "d", "remove": True}), "p")
    assert original == doc()


def test_an_action_matching_nothing_is_an_error() -> None:
    with pytest.raises(SpecError, match=r"action 1 \(fix\).*matches nothing"):
        apply_overlay(
            doc(), overlay({"target": "$.paths['/zzz']", "description": "fix", "remove": True}), "p"
        )


def test_bad_jsonpath_is_an_error() -> None:
    with pytest.raises(SpecError, match="bad JSONPath"):
        apply_overlay(doc(), overlay({"target": "$.paths[", "description": "d", "remove": True}), "p")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("overlay: 2.0.0\nactions: []\n", "Overlay 1.0.0"),
        ("overlay: 1.0.0\nactions: []\n", "non-empty list"),
        ("overlay: 1.0.0\nactions:\n  - target: $\n    description: d\n", "exactly one of"),
        ("overlay: 1.0.0\nactions:\n  - target: $\n    remove: true\n", "description"),
    ],
)
def test_malformed_overlays_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text(text)
    with pytest.raises(SpecError, match=message):
        load_overlay(path, "p")
