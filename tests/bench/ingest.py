"""Page conversion throughput against yaml.safe_load of the same YAML, in the same run."""

from __future__ import annotations

from pathlib import Path

import yaml

from codegen.ingest import import_page
from codegen.ingest.page import Page, code_blocks
from tests.bench.report import Row, best_of

SEEDS = Path(__file__).resolve().parents[1] / "codegen" / "golden" / "pages"


def _yaml_parts(page: Page) -> list[str]:
    """The YAML a page carries: its API code block or its front matter."""
    parts = [b.body for b in code_blocks(page.text) if b.info.split()[:1] in (["yaml"], ["yml"])]
    if page.text.startswith("---\n"):
        parts.append(page.text.split("---\n")[1])
    return parts


def rows() -> list[Row]:
    pages = [Page.read(p) for p in sorted(SEEDS.iterdir())]
    convert = best_of(lambda: [import_page(p) for p in pages], repeat=7, number=20)
    yaml_texts = [t for p in pages for t in _yaml_parts(p)]
    parse = best_of(lambda: [yaml.safe_load(t) for t in yaml_texts], repeat=7, number=20)
    return [
        Row(
            name=f"convert the {len(pages)} seed pages",
            measured=f"{len(pages) / convert:,.0f} pages/s",
            baseline=f"yaml.safe_load of their YAML: {parse * 1000:.2f} ms/set",
            ratio=convert / parse,
            target="parse-bound (a small multiple)",
        )
    ]
