"""Which facade operation each provider operation serves, by the provider document's operationId.

Plain data in one place: the drift report reads it, and the facade may import it.
"""

from __future__ import annotations

from collections.abc import Iterable

FACADE_OPERATIONS: tuple[str, ...] = ("pause", "resume", "status", "stop")

FACADE_MAP: dict[str, dict[str, str]] = {
    "anchorbrowser": {"pause_agent": "pause", "resume_agent": "resume", "get_session": "status"},
    "agi": {"pause_session": "pause", "resume_session": "resume", "get_session_status": "status"},
    "codegen": {"resume_agent_run": "resume", "get_agent_run": "status"},
    "browser_use": {
        "pause_task": "pause",
        "resume_task": "resume",
        "stop_task": "stop",
        "get_task_status": "status",
    },
}


def facade_operations(provider: str, operation_ids: Iterable[str]) -> tuple[str, ...]:
    """The facade operations the given operationIds serve, in facade order."""
    served = FACADE_MAP.get(provider, {})
    touched = {served[i] for i in operation_ids if i in served}
    return tuple(name for name in FACADE_OPERATIONS if name in touched)
