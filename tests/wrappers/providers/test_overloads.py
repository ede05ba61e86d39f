"""The typing sections of ``Client`` and ``AsyncClient`` are rendered from the providers and kept current."""

from __future__ import annotations

from pathlib import Path

import pytest
from intermission.providers import canonical, names
from intermission.providers._overloads import CLASSES, render, spellings, stale


def test_the_typing_sections_are_current() -> None:
    assert stale() == [], "run: python -m intermission.providers._overloads"


@pytest.mark.parametrize(("path", "kind"), CLASSES.items(), ids=lambda v: getattr(v, "name", v))
def test_an_edited_section_is_rendered_back(path: Path, kind: str) -> None:
    source = path.read_text("utf-8")
    edited = source.replace('provider: Literal["e2b"]', 'provider: Literal["e2b", "e2b.dev"]')
    edited = edited.replace("    from intermission.providers.agi import AGI\n", "")
    assert edited != source
    assert render(edited, kind) == source


def test_render_refuses_a_file_without_its_sections() -> None:
    with pytest.raises(ValueError, match="rendered: overloads"):
        render("    # rendered: adapters (x)\n    # end rendered: adapters\n", "Client")


@pytest.mark.parametrize("name", names())
def test_every_typed_spelling_is_that_provider_at_runtime(name: str) -> None:
    assert spellings(name)[0] == name
    for spelling in spellings(name):
        assert canonical(spelling) == name
