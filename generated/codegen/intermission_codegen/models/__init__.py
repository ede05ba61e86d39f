"""Contains all the data models used in inputs/outputs"""

from .agent_run_not_found_error_response import AgentRunNotFoundErrorResponse
from .agent_run_response import AgentRunResponse
from .agent_run_response_metadata import AgentRunResponseMetadata
from .agent_run_state_error_response import AgentRunStateErrorResponse
from .api_agent_run_source_type import ApiAgentRunSourceType
from .api_rate_limit_error_response import APIRateLimitErrorResponse
from .auth_error_response import AuthErrorResponse
from .github_pull_request_response import GithubPullRequestResponse
from .http_validation_error import HTTPValidationError
from .permissions_error_response import PermissionsErrorResponse
from .resume_agent_run_input import ResumeAgentRunInput
from .validation_error import ValidationError

__all__ = (
    "AgentRunNotFoundErrorResponse",
    "AgentRunResponse",
    "AgentRunResponseMetadata",
    "AgentRunStateErrorResponse",
    "ApiAgentRunSourceType",
    "APIRateLimitErrorResponse",
    "AuthErrorResponse",
    "GithubPullRequestResponse",
    "HTTPValidationError",
    "PermissionsErrorResponse",
    "ResumeAgentRunInput",
    "ValidationError",
)
