"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .get_session_response import GetSessionResponse
from .get_session_response_data import GetSessionResponseData
from .success_response import SuccessResponse
from .success_response_data import SuccessResponseData

__all__ = (
    "ErrorResponse",
    "ErrorResponseError",
    "GetSessionResponse",
    "GetSessionResponseData",
    "SuccessResponse",
    "SuccessResponseData",
)
