"""Whatever the page text, an importer returns a fragment or raises PageError: nothing else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.errors import PageError
from codegen.ingest import FORMATS, import_page
from codegen.ingest.page import Page

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted(
    p
    for p in (ROOT / "specs").glob("*/*")
    if p.name not in {"provider.yaml", "overlay.yaml"} and not p.name.endswith(".yaml")
)


def convert_or_page_error(text: str, fmt: str | None) -> None:
    try:
        fragment = import_page(Page(Path("fuzz.md"), text), fmt)
    except PageError as exc:
        assert str(exc).startswith("fuzz.md")
    else:
        assert isinstance(fragment, dict)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), fmt=st.sampled_from([None, *FORMATS]))
def test_arbitrary_text(text: str, fmt: str | None) -> None:
    convert_or_page_error(text, fmt)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(SEEDS),
    cut=st.floats(min_value=0, max_value=1),
    insert=st.text(alphabet=st.sampled_from(list(" \n\t:-[]{}&*'\"`|>#<=/")), max_size=12),
    fmt=st.sampled_from([None, *FORMATS]),
)
def test_mutated_seed_pages(seed: Path, cut: float, insert: str, fmt: str | None) -> None:
    text = seed.read_text()
    at = int(len(text) * cut)
    convert_or_page_error(text[:at] + insert + text[at + len(insert) :], fmt)
