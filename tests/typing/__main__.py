"""``python -m tests.typing [GENERATED_DIR]``: exit 1 when a client or its models fail mypy --strict."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.typing.check import clients, typecheck

GENERATED = Path(__file__).resolve().parents[2] / "generated"


def main(argv: list[str]) -> int:
    generated = Path(argv[0]) if argv else GENERATED
    found = clients(generated)
    code, output = typecheck(found)
    if output:
        print(output, file=sys.stderr)
    if code == 0:
        print(f"{generated.name}/: {len(found)} one-call scripts and pydantic modules pass mypy --strict")
    return 1 if code else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
