"""The refresh's import child with deliberately bad importers: a page holding MARK never finishes
importing, one holding GREEDY asks for memory until there is none (any other page goes to the real
importers). Run as ``python -m`` from the checkout."""

from __future__ import annotations

import sys
import time

import codegen.ingest
from codegen.ingest.page import Page
from codegen.refresh import vet
from codegen.vocabulary import Fragment

MARK = "<!-- the slow importer never finishes this page -->"
GREEDY = "<!-- the greedy importer wants all the memory there is for this page -->"
COMMAND = (sys.executable, "-m", "tests.codegen.refresh.slow_importer")

real_import_page = codegen.ingest.import_page


def import_page(page: Page, fmt: str | None = None) -> Fragment:
    while MARK in page.text:
        time.sleep(1.0)
    hoard = []
    while GREEDY in page.text:
        hoard.append(bytearray(64 << 20))
    return real_import_page(page, fmt)


if __name__ == "__main__":
    codegen.ingest.import_page = import_page
    sys.exit(vet.main(sys.argv[1:]))
