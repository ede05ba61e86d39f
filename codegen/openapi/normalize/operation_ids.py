"""Operation ids that make unreadable function names: missing ones, and FastAPI's long ones.

Without one, openapi-python-client names the function after method and path
(``post_v1_sessions_session_id_agent_pause``). Docs sites title each operation's page with its
``summary`` ("Pause Agent"), so that is the name users know: the id is the summary's slug
(``pause_agent``), or method and path when the slug is empty, not a name, or shared.

FastAPI makes each id from the handler's name, the path and the method
(``resume_agent_run_v1_organizations__org_id__agent_run_resume_post``); the handler's name
(``resume_agent_run``) is what the vendor called it, and is kept where it is unique.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from codegen.ingest.page import slug
from codegen.openapi.normalize.walk import operations, where
from codegen.openapi.notice import Notice

MISSING_OPERATION_ID = "missing-operation-id"
FASTAPI_OPERATION_ID = "fastapi-operation-id"

_NOT_WORD = re.compile(r"\W")


def _from_path(path: str, method: str) -> str:
    return slug(f"{method} {path}")


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    found = list(operations(document))
    taken = Counter(str(op["operationId"]) for _, _, op in found if op.get("operationId"))
    wanted = {
        (path, method): slug(str(op.get("summary") or ""))
        for path, method, op in found
        if not op.get("operationId")
    }
    counts = Counter(wanted.values())
    for path, method, operation in found:
        if operation.get("operationId"):
            continue
        name = wanted[(path, method)]
        usable = name.isidentifier() and counts[name] == 1 and not taken[name]
        if not usable:
            name = _from_path(path, method)
        taken[name] += 1
        operation["operationId"] = name
        source = "its summary" if usable else "method and path"
        yield Notice(MISSING_OPERATION_ID, where(path, method), f"operationId {name!r} (from {source})")


def _handler_name(operation_id: str, path: str, method: str) -> str | None:
    """``resume_agent_run`` of FastAPI's ``resume_agent_run_v1_..._resume_post``; None if not FastAPI's.

    The path may have gained a prefix since (a server's base path, moved into the paths).
    """
    segments = path.split("/")
    for start in range(1, len(segments)):
        suffix = _NOT_WORD.sub("_", "/" + "/".join(segments[start:])) + "_" + method
        if operation_id.endswith(suffix):
            name = operation_id[: -len(suffix)]
            return name if name.isidentifier() else None
    return None


def fix_fastapi(document: dict[str, Any]) -> Iterator[Notice]:
    found = list(operations(document))
    ids = Counter(str(op.get("operationId")) for _, _, op in found)
    short = {
        (path, method): _handler_name(str(op.get("operationId") or ""), path, method)
        for path, method, op in found
    }
    counts = Counter(name for name in short.values() if name)
    for path, method, operation in found:
        name = short[(path, method)]
        if name is None or counts[name] > 1 or ids[name]:
            continue
        old = operation["operationId"]
        operation["operationId"] = name
        yield Notice(FASTAPI_OPERATION_ID, where(path, method), f"operationId {old!r} shortened to {name!r}")
