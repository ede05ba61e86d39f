"""Contains all the data models used in inputs/outputs"""

from .account_not_found_error import AccountNotFoundError
from .account_view import AccountView
from .browser_download_file import BrowserDownloadFile
from .browser_download_list_response import BrowserDownloadListResponse
from .browser_session_item_view import BrowserSessionItemView
from .browser_session_list_response import BrowserSessionListResponse
from .browser_session_status import BrowserSessionStatus
from .browser_session_update_action import BrowserSessionUpdateAction
from .browser_session_view import BrowserSessionView
from .cannot_delete_skill_while_generating_error import CannotDeleteSkillWhileGeneratingError
from .cannot_rollback_public_skill_error import CannotRollbackPublicSkillError
from .concurrent_skill_creations_error import ConcurrentSkillCreationsError
from .create_browser_session_request import CreateBrowserSessionRequest
from .create_session_request import CreateSessionRequest
from .create_skill_request import CreateSkillRequest
from .create_skill_response import CreateSkillResponse
from .create_task_request import CreateTaskRequest
from .create_task_request_metadata_type_0 import CreateTaskRequestMetadataType0
from .create_task_request_secrets_type_0 import CreateTaskRequestSecretsType0
from .custom_proxy import CustomProxy
from .download_url_generation_error import DownloadUrlGenerationError
from .enabled_skills_limit_exceeded_error import EnabledSkillsLimitExceededError
from .error_response import ErrorResponse
from .execute_skill_request import ExecuteSkillRequest
from .execute_skill_request_parameters import ExecuteSkillRequestParameters
from .execute_skill_response import ExecuteSkillResponse
from .file_view import FileView
from .generation_not_cancellable_error import GenerationNotCancellableError
from .http_validation_error import HTTPValidationError
from .insufficient_credits_error import InsufficientCreditsError
from .internal_server_error import InternalServerError
from .marketplace_skill_list_response import MarketplaceSkillListResponse
from .marketplace_skill_response import MarketplaceSkillResponse
from .marketplace_skill_response_output_schema import MarketplaceSkillResponseOutputSchema
from .output_file_not_found_error import OutputFileNotFoundError
from .parameter_schema import ParameterSchema
from .parameter_type import ParameterType
from .pause_task_response_200 import PauseTaskResponse200
from .plan_info import PlanInfo
from .profile_create_request import ProfileCreateRequest
from .profile_list_response import ProfileListResponse
from .profile_not_found_error import ProfileNotFoundError
from .profile_update_request import ProfileUpdateRequest
from .profile_view import ProfileView
from .proxy_country_code import ProxyCountryCode
from .refine_skill_request import RefineSkillRequest
from .refine_skill_response import RefineSkillResponse
from .resume_task_response_200 import ResumeTaskResponse200
from .session_has_running_task_error import SessionHasRunningTaskError
from .session_item_view import SessionItemView
from .session_list_response import SessionListResponse
from .session_not_found_error import SessionNotFoundError
from .session_settings import SessionSettings
from .session_status import SessionStatus
from .session_stopped_error import SessionStoppedError
from .session_timeout_limit_exceeded_error import SessionTimeoutLimitExceededError
from .session_update_action import SessionUpdateAction
from .session_view import SessionView
from .share_not_found_error import ShareNotFoundError
from .share_view import ShareView
from .skill_category import SkillCategory
from .skill_execution_list_response import SkillExecutionListResponse
from .skill_execution_output_response import SkillExecutionOutputResponse
from .skill_execution_view import SkillExecutionView
from .skill_list_response import SkillListResponse
from .skill_not_finished_error import SkillNotFinishedError
from .skill_not_found_error import SkillNotFoundError
from .skill_response import SkillResponse
from .skill_response_output_schema import SkillResponseOutputSchema
from .skills_generation_status import SkillsGenerationStatus
from .stop_task_response_200 import StopTaskResponse200
from .supported_ll_ms import SupportedLLMs
from .task_created_response import TaskCreatedResponse
from .task_item_view import TaskItemView
from .task_item_view_metadata import TaskItemViewMetadata
from .task_item_view_suggestions_type_0_item import TaskItemViewSuggestionsType0Item
from .task_list_response import TaskListResponse
from .task_log_file_response import TaskLogFileResponse
from .task_not_found_error import TaskNotFoundError
from .task_output_file_response import TaskOutputFileResponse
from .task_status import TaskStatus
from .task_status_v1 import TaskStatusV1
from .task_status_view import TaskStatusView
from .task_step_view import TaskStepView
from .task_update_action import TaskUpdateAction
from .task_view import TaskView
from .task_view_metadata import TaskViewMetadata
from .task_view_suggestions_type_0_item import TaskViewSuggestionsType0Item
from .too_many_concurrent_active_sessions_error import TooManyConcurrentActiveSessionsError
from .unsupported_content_type_error import UnsupportedContentTypeError
from .update_browser_session_request import UpdateBrowserSessionRequest
from .update_session_request import UpdateSessionRequest
from .update_skill_request import UpdateSkillRequest
from .update_task_request import UpdateTaskRequest
from .upload_file_presigned_url_response import UploadFilePresignedUrlResponse
from .upload_file_presigned_url_response_fields import UploadFilePresignedUrlResponseFields
from .upload_file_request import UploadFileRequest
from .upload_file_request_content_type import UploadFileRequestContentType
from .validation_error import ValidationError

__all__ = (
    "AccountNotFoundError",
    "AccountView",
    "BrowserDownloadFile",
    "BrowserDownloadListResponse",
    "BrowserSessionItemView",
    "BrowserSessionListResponse",
    "BrowserSessionStatus",
    "BrowserSessionUpdateAction",
    "BrowserSessionView",
    "CannotDeleteSkillWhileGeneratingError",
    "CannotRollbackPublicSkillError",
    "ConcurrentSkillCreationsError",
    "CreateBrowserSessionRequest",
    "CreateSessionRequest",
    "CreateSkillRequest",
    "CreateSkillResponse",
    "CreateTaskRequest",
    "CreateTaskRequestMetadataType0",
    "CreateTaskRequestSecretsType0",
    "CustomProxy",
    "DownloadUrlGenerationError",
    "EnabledSkillsLimitExceededError",
    "ErrorResponse",
    "ExecuteSkillRequest",
    "ExecuteSkillRequestParameters",
    "ExecuteSkillResponse",
    "FileView",
    "GenerationNotCancellableError",
    "HTTPValidationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "MarketplaceSkillListResponse",
    "MarketplaceSkillResponse",
    "MarketplaceSkillResponseOutputSchema",
    "OutputFileNotFoundError",
    "ParameterSchema",
    "ParameterType",
    "PauseTaskResponse200",
    "PlanInfo",
    "ProfileCreateRequest",
    "ProfileListResponse",
    "ProfileNotFoundError",
    "ProfileUpdateRequest",
    "ProfileView",
    "ProxyCountryCode",
    "RefineSkillRequest",
    "RefineSkillResponse",
    "ResumeTaskResponse200",
    "SessionHasRunningTaskError",
    "SessionItemView",
    "SessionListResponse",
    "SessionNotFoundError",
    "SessionSettings",
    "SessionStatus",
    "SessionStoppedError",
    "SessionTimeoutLimitExceededError",
    "SessionUpdateAction",
    "SessionView",
    "ShareNotFoundError",
    "ShareView",
    "SkillCategory",
    "SkillExecutionListResponse",
    "SkillExecutionOutputResponse",
    "SkillExecutionView",
    "SkillListResponse",
    "SkillNotFinishedError",
    "SkillNotFoundError",
    "SkillResponse",
    "SkillResponseOutputSchema",
    "SkillsGenerationStatus",
    "StopTaskResponse200",
    "SupportedLLMs",
    "TaskCreatedResponse",
    "TaskItemView",
    "TaskItemViewMetadata",
    "TaskItemViewSuggestionsType0Item",
    "TaskListResponse",
    "TaskLogFileResponse",
    "TaskNotFoundError",
    "TaskOutputFileResponse",
    "TaskStatus",
    "TaskStatusV1",
    "TaskStatusView",
    "TaskStepView",
    "TaskUpdateAction",
    "TaskView",
    "TaskViewMetadata",
    "TaskViewSuggestionsType0Item",
    "TooManyConcurrentActiveSessionsError",
    "UnsupportedContentTypeError",
    "UpdateBrowserSessionRequest",
    "UpdateSessionRequest",
    "UpdateSkillRequest",
    "UpdateTaskRequest",
    "UploadFilePresignedUrlResponse",
    "UploadFilePresignedUrlResponseFields",
    "UploadFileRequest",
    "UploadFileRequestContentType",
    "ValidationError",
)
