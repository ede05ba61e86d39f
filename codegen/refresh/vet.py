"""Run the importers on fetched pages in a child process with a time limit.

An importer that takes too long on a page (a quadratic path, a pathological layout) cannot hold up the
refresh: the child is killed when its time is up and the page is refused with that reason. The limit
is generous and set by ``--import-timeout``, so a slow machine does not refuse good pages. The child's
address space is capped too (where the system allows it), so a page cannot make it grow without bound.

The child is ``python -m codegen.refresh.vet REQUEST`` (REQUEST is JSON, a page's bytes come on
stdin); it prints one JSON line, ``{"error": null}`` or ``{"error": "why"}``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.paths import ROOT

IMPORT_TIMEOUT = 60.0  # seconds per page; the seed pages import in well under one
IMPORT_MEMORY = 2 << 30  # bytes of address space for the child; it starts at under 100 MB


@dataclass(frozen=True)
class VetOptions:
    timeout: float = IMPORT_TIMEOUT  # per page; a provider's whole document gets this per page it has
    memory: int = IMPORT_MEMORY
    command: Sequence[str] = (sys.executable, "-m", "codegen.refresh.vet")  # the child (tests swap it)


def vet_page(file: str, fmt: str | None, content: bytes, options: VetOptions) -> str | None:
    """Why the importer refuses ``content`` as the page ``file``, or None when it accepts it."""
    request = {"check": "page", "file": file, "format": fmt, "memory": options.memory}
    return _run(request, content, options.timeout, f"importing {file}", options)


def vet_provider(directory: Path, pages: int, options: VetOptions) -> str | None:
    """Why the provider folder ``directory`` does not build into a document, or None when it does."""
    request = {"check": "provider", "directory": str(directory), "memory": options.memory}
    return _run(request, b"", options.timeout * max(1, pages), "building the document", options)


def _run(
    request: dict[str, Any], content: bytes, timeout: float, what: str, options: VetOptions
) -> str | None:
    try:
        proc = subprocess.run(
            [*options.command, json.dumps(request)],
            input=content,
            capture_output=True,
            cwd=ROOT,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"{what} took longer than {timeout:g} s (the limit is set by --import-timeout); refused"
    except OSError as exc:
        return f"{what}: could not start the importer process: {exc.strerror or exc}"
    lines = proc.stdout.decode("utf-8", errors="replace").strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if proc.returncode == 0 and lines else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict) or not isinstance(answer.get("error"), str | None):
        stderr = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
        detail = f": {stderr[-1]}" if stderr else ""
        return f"{what} failed: the importer process ended with status {proc.returncode}{detail}"
    error: str | None = answer["error"]
    return error


def check(request: dict[str, Any], content: bytes) -> str | None:
    """In the child: run the requested check; every failure becomes a reason, never a traceback."""
    from codegen.errors import CodegenError

    what = "building the document"
    try:
        if request["check"] == "page":
            from codegen.ingest import import_page
            from codegen.ingest.page import Page

            what = f"the {request['format'] or 'auto-detected'} importer"
            import_page(Page.from_bytes(Path(request["file"]), content), request["format"])
        else:
            from codegen.openapi.assemble import build_document
            from codegen.providers import load_provider

            build_document(load_provider(Path(request["directory"])))
    except CodegenError as exc:
        return str(exc)
    except MemoryError:
        return f"{what} needed more than {request['memory'] >> 20} MiB of memory; refused"
    except Exception as exc:  # an importer bug (RecursionError, MemoryError, ...) must not stop the refresh
        return f"{what} failed: {type(exc).__name__}: {exc}"
    return None


def _cap_memory(limit: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this system, or above the hard limit: no cap
        pass


def main(argv: Sequence[str]) -> int:
    request = json.loads(argv[0])
    _cap_memory(int(request["memory"]))
    print(json.dumps({"error": check(request, sys.stdin.buffer.read())}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
