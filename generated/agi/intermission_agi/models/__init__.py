"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .session_action_response import SessionActionResponse
from .session_status import SessionStatus
from .session_status_response import SessionStatusResponse

__all__ = (
    "ErrorResponse",
    "SessionActionResponse",
    "SessionStatus",
    "SessionStatusResponse",
)
