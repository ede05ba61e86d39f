"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .http_validation_error import HTTPValidationError
from .pause_task_response_200 import PauseTaskResponse200
from .resume_task_response_200 import ResumeTaskResponse200
from .stop_task_response_200 import StopTaskResponse200
from .task_status import TaskStatus
from .validation_error import ValidationError

__all__ = (
    "ErrorResponse",
    "HTTPValidationError",
    "PauseTaskResponse200",
    "ResumeTaskResponse200",
    "StopTaskResponse200",
    "TaskStatus",
    "ValidationError",
)
