"""The refresh's import child with a deliberately slow importer: a page holding MARK never finishes
importing (any other page goes to the real importers). Run as ``python -m`` from the checkout."""

from __future__ import annotations

import sys
import time
from typing import Any

from codegen.refresh import vet

MARK = b"<!-- the slow importer never finishes this page -->"
COMMAND = (sys.executable, "-m", "tests.codegen.refresh.slow_importer")


def check(request: dict[str, Any], content: bytes) -> str | None:
    while MARK in content:
        time.sleep(1.0)
    return real_check(request, content)


real_check = vet.check

if __name__ == "__main__":
    vet.check = check
    sys.exit(vet.main(sys.argv[1:]))
