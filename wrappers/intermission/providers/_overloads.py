"""The typing section of ``Client`` and ``AsyncClient``, rendered from the manifests and adapters.

``Client("agi")`` is typed ``Client[AGI]`` by one ``@overload`` of ``__init__`` per provider, keyed by a
``Literal`` of the names people type for it (the provider's name and its manifest's ``aliases``, each also
with ``-`` for ``_``, as ``providers.canonical`` accepts them); any other ``str`` (another spelling, or a
name known only at runtime) falls through to ``Client[Adapter]``, whose models are ``object``. Type checkers
need those overloads written out in the class, so they are rendered here into marked sections of
``client.py`` and ``aio.py`` (with the imports of the adapter classes, for type checkers only) and a test
fails when the files differ from this rendering.

``python -m intermission.providers._overloads`` rewrites the sections; ``--check`` only reports stale ones.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from intermission.providers import load, names

PACKAGE = Path(__file__).resolve().parents[1]
# The files with a rendered section, and the class each one types.
CLASSES = {PACKAGE / "client.py": "Client", PACKAGE / "aio.py": "AsyncClient"}
INDENT = "    "


def spellings(name: str) -> tuple[str, ...]:
    """The provider's name and aliases, each also with ``-`` for ``_``, in the manifest's order."""
    found: list[str] = []
    for spelling in (name, *load(name).manifest.aliases):
        for text in (spelling, spelling.replace("_", "-")):
            if text not in found:
                found.append(text)
    return tuple(found)


def imports() -> str:
    """The adapter classes, imported for type checkers (under ``if TYPE_CHECKING:``)."""
    lines = []
    for name in names():
        adapter = load(name)
        lines.append(f"{INDENT}from {adapter.__module__} import {adapter.__name__}")
    return "\n".join(lines)


def overloads(kind: str) -> str:
    """One ``__init__`` overload per provider, binding ``kind`` (a class name) to its adapter."""
    blocks = []
    for name in names():
        literal = ", ".join(f'"{text}"' for text in spellings(name))
        blocks.append(
            f"{INDENT}@overload\n"
            f"{INDENT}def __init__(\n"
            f"{INDENT * 2}self: {kind}[{load(name).__name__}],\n"
            f"{INDENT * 2}provider: Literal[{literal}],\n"
            f"{INDENT * 2}**options: Unpack[ClientOptions],\n"
            f"{INDENT}) -> None: ...\n"
        )
    return "\n".join(blocks)


def _section(source: str, label: str, body: str) -> str:
    start = rf"(?m)^(?P<start>[ ]*# rendered: {label} \(.*\)\n)"
    end = rf"(?P<end>[ ]*# end rendered: {label}\n)"
    pattern = re.compile(start + r"(?s:.*?)" + end)
    if len(pattern.findall(source)) != 1:
        raise ValueError(f"expected one '# rendered: {label}' section")
    return pattern.sub(lambda m: m["start"] + body.rstrip("\n") + "\n" + m["end"], source)


def render(source: str, kind: str) -> str:
    """``source`` (client.py or aio.py) with its rendered sections as the providers say they are."""
    return _section(_section(source, "adapters", imports()), "overloads", overloads(kind))


def stale() -> list[Path]:
    """The files whose rendered sections differ from the rendering."""
    found = []
    for path, kind in CLASSES.items():
        source = path.read_text("utf-8")
        if render(source, kind) != source:
            found.append(path)
    return found


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        found = stale()
        for path in found:
            print(f"{path}: stale; run python -m intermission.providers._overloads", file=sys.stderr)
        return 1 if found else 0
    if argv:
        print("usage: python -m intermission.providers._overloads [--check]", file=sys.stderr)
        return 2
    for path, kind in CLASSES.items():
        source = path.read_text("utf-8")
        rendered = render(source, kind)
        if rendered != source:
            path.write_text(rendered, "utf-8")
            print(f"rewrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
