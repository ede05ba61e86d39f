"""Contains all the data models used in inputs/outputs"""

from .anchor_proxy import AnchorProxy
from .anchor_proxy_anchor_proxy import AnchorProxyAnchorProxy
from .anchor_proxy_country_code import AnchorProxyCountryCode
from .application_identity_item import ApplicationIdentityItem
from .application_identity_item_status import ApplicationIdentityItemStatus
from .application_item import ApplicationItem
from .async_ import Async
from .async_session_create_response_schema import AsyncSessionCreateResponseSchema
from .async_session_create_response_schema_data import AsyncSessionCreateResponseSchemaData
from .async_session_create_response_schema_data_status import AsyncSessionCreateResponseSchemaDataStatus
from .async_session_status_response_schema import AsyncSessionStatusResponseSchema
from .async_session_status_response_schema_data import AsyncSessionStatusResponseSchemaData
from .async_session_status_response_schema_data_progress import AsyncSessionStatusResponseSchemaDataProgress
from .async_session_status_response_schema_data_progress_current_phase import (
    AsyncSessionStatusResponseSchemaDataProgressCurrentPhase,
)
from .async_session_status_response_schema_data_status import AsyncSessionStatusResponseSchemaDataStatus
from .async_status import AsyncStatus
from .auth_flow_item import AuthFlowItem
from .authenticator import Authenticator
from .authenticator_type import AuthenticatorType
from .batch_session_delete_response_schema import BatchSessionDeleteResponseSchema
from .batch_session_delete_response_schema_errors_item import BatchSessionDeleteResponseSchemaErrorsItem
from .batch_session_item_schema import BatchSessionItemSchema
from .batch_session_item_schema_metadata import BatchSessionItemSchemaMetadata
from .batch_session_item_schema_status import BatchSessionItemSchemaStatus
from .batch_session_list_item_schema import BatchSessionListItemSchema
from .batch_session_list_item_schema_status import BatchSessionListItemSchemaStatus
from .batch_session_list_response_schema import BatchSessionListResponseSchema
from .batch_session_list_response_schema_pagination import BatchSessionListResponseSchemaPagination
from .batch_session_request_schema import BatchSessionRequestSchema
from .batch_session_request_schema_metadata import BatchSessionRequestSchemaMetadata
from .batch_session_response_schema import BatchSessionResponseSchema
from .batch_session_response_schema_status import BatchSessionResponseSchemaStatus
from .batch_session_retry_request_schema import BatchSessionRetryRequestSchema
from .batch_session_retry_response_schema import BatchSessionRetryResponseSchema
from .batch_session_retry_response_schema_status import BatchSessionRetryResponseSchemaStatus
from .batch_session_status_response_schema import BatchSessionStatusResponseSchema
from .batch_session_status_response_schema_progress import BatchSessionStatusResponseSchemaProgress
from .batch_session_status_response_schema_progress_current_phase import (
    BatchSessionStatusResponseSchemaProgressCurrentPhase,
)
from .batch_session_status_response_schema_status import BatchSessionStatusResponseSchemaStatus
from .batch_session_update_request_schema import BatchSessionUpdateRequestSchema
from .batch_session_update_request_schema_status import BatchSessionUpdateRequestSchemaStatus
from .batch_session_update_response_schema import BatchSessionUpdateResponseSchema
from .batch_session_update_response_schema_status import BatchSessionUpdateResponseSchemaStatus
from .billing_info_response import BillingInfoResponse
from .billing_info_response_data import BillingInfoResponseData
from .browser_config import BrowserConfig
from .browser_config_adblock import BrowserConfigAdblock
from .browser_config_captcha_solver import BrowserConfigCaptchaSolver
from .browser_config_disable_dialogs import BrowserConfigDisableDialogs
from .browser_config_disable_web_security import BrowserConfigDisableWebSecurity
from .browser_config_extra_stealth import BrowserConfigExtraStealth
from .browser_config_force_popups_as_tabs import BrowserConfigForcePopupsAsTabs
from .browser_config_fullscreen import BrowserConfigFullscreen
from .browser_config_headless import BrowserConfigHeadless
from .browser_config_p2p_download import BrowserConfigP2PDownload
from .browser_config_pdf_viewer import BrowserConfigPdfViewer
from .browser_config_popup_blocker import BrowserConfigPopupBlocker
from .browser_config_profile import BrowserConfigProfile
from .browser_config_sensitive_data_mask import BrowserConfigSensitiveDataMask
from .browser_config_sensitive_data_mask_custom_patterns_item import BrowserConfigSensitiveDataMaskCustomPatternsItem
from .browser_config_sensitive_data_mask_site_selectors import BrowserConfigSensitiveDataMaskSiteSelectors
from .browser_config_tracing import BrowserConfigTracing
from .browser_config_viewport import BrowserConfigViewport
from .browser_config_web_bot_auth import BrowserConfigWebBotAuth
from .certificate_list_response import CertificateListResponse
from .certificate_response import CertificateResponse
from .certificate_response_schema import CertificateResponseSchema
from .clipboard_request_schema import ClipboardRequestSchema
from .clipboard_response_schema import ClipboardResponseSchema
from .clipboard_response_schema_data import ClipboardResponseSchemaData
from .coordinates_request_schema import CoordinatesRequestSchema
from .copy_response_schema import CopyResponseSchema
from .create_application_request import CreateApplicationRequest
from .create_application_response import CreateApplicationResponse
from .create_auth_flow_request import CreateAuthFlowRequest
from .create_auth_flow_request_methods_item import CreateAuthFlowRequestMethodsItem
from .create_auth_flow_response import CreateAuthFlowResponse
from .create_batch_sessions_response_200 import CreateBatchSessionsResponse200
from .create_identity_request import CreateIdentityRequest
from .create_identity_request_metadata import CreateIdentityRequestMetadata
from .create_identity_response import CreateIdentityResponse
from .create_identity_response_metadata import CreateIdentityResponseMetadata
from .create_identity_response_status import CreateIdentityResponseStatus
from .create_identity_token_request import CreateIdentityTokenRequest
from .create_integration_request import CreateIntegrationRequest
from .create_task_request import CreateTaskRequest
from .create_task_request_language import CreateTaskRequestLanguage
from .custom import Custom
from .custom_field_definition import CustomFieldDefinition
from .custom_field_item import CustomFieldItem
from .custom_proxy import CustomProxy
from .custom_proxy_type import CustomProxyType
from .custom_type import CustomType
from .delete_application_response import DeleteApplicationResponse
from .delete_auth_flow_response import DeleteAuthFlowResponse
from .delete_batch_sessions_response_200 import DeleteBatchSessionsResponse200
from .delete_extension_response_200 import DeleteExtensionResponse200
from .delete_identity_response import DeleteIdentityResponse
from .delete_integration_response_200 import DeleteIntegrationResponse200
from .delete_integration_response_200_data import DeleteIntegrationResponse200Data
from .delete_integration_response_200_data_integration import DeleteIntegrationResponse200DataIntegration
from .delete_task_response import DeleteTaskResponse
from .delete_task_response_data import DeleteTaskResponseData
from .download_item import DownloadItem
from .download_list_response import DownloadListResponse
from .download_list_response_data import DownloadListResponseData
from .draft_task_request import DraftTaskRequest
from .draft_task_request_language import DraftTaskRequestLanguage
from .drag_and_drop_response_200 import DragAndDropResponse200
from .drag_drop_request_schema import DragDropRequestSchema
from .drag_drop_request_schema_button import DragDropRequestSchemaButton
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .event_response_schema import EventResponseSchema
from .event_response_schema_data import EventResponseSchemaData
from .extension_list_response import ExtensionListResponse
from .extension_manifest import ExtensionManifest
from .extension_response import ExtensionResponse
from .extension_response_schema import ExtensionResponseSchema
from .failed import Failed
from .failed_status import FailedStatus
from .fetch_webpage_request_schema import FetchWebpageRequestSchema
from .fetch_webpage_request_schema_format import FetchWebpageRequestSchemaFormat
from .get_application_response import GetApplicationResponse
from .get_batch_session_status_response_200 import GetBatchSessionStatusResponse200
from .get_browser_session_pages_response_200_item import GetBrowserSessionPagesResponse200Item
from .get_browser_session_response_200 import GetBrowserSessionResponse200
from .get_browser_session_response_200_data import GetBrowserSessionResponse200Data
from .get_browser_session_response_200_data_configuration import GetBrowserSessionResponse200DataConfiguration
from .get_browser_session_response_200_data_tags import GetBrowserSessionResponse200DataTags
from .get_browser_session_response_200_data_tokens import GetBrowserSessionResponse200DataTokens
from .get_identity_credentials_response import GetIdentityCredentialsResponse
from .get_identity_response import GetIdentityResponse
from .get_identity_response_metadata import GetIdentityResponseMetadata
from .get_identity_response_status import GetIdentityResponseStatus
from .get_page_pdf_body import GetPagePdfBody
from .get_page_pdf_response_400 import GetPagePdfResponse400
from .get_page_pdf_response_404 import GetPagePdfResponse404
from .get_page_pdf_response_500 import GetPagePdfResponse500
from .get_sessions_history_granularity import GetSessionsHistoryGranularity
from .get_sessions_history_metrics_type_1_item import GetSessionsHistoryMetricsType1Item
from .identity_token_response import IdentityTokenResponse
from .identity_token_response_data import IdentityTokenResponseData
from .integration_item import IntegrationItem
from .integration_list_response import IntegrationListResponse
from .integration_list_response_data import IntegrationListResponseData
from .integration_response import IntegrationResponse
from .integration_response_data import IntegrationResponseData
from .integration_type import IntegrationType
from .keyboard_shortcut_request_schema import KeyboardShortcutRequestSchema
from .keyboard_shortcut_response_200 import KeyboardShortcutResponse200
from .list_agent_resources_response_200 import ListAgentResourcesResponse200
from .list_agent_resources_response_200_data import ListAgentResourcesResponse200Data
from .list_agent_resources_response_200_data_files_item import ListAgentResourcesResponse200DataFilesItem
from .list_agent_resources_response_400 import ListAgentResourcesResponse400
from .list_agent_resources_response_404 import ListAgentResourcesResponse404
from .list_agent_resources_response_500 import ListAgentResourcesResponse500
from .list_application_auth_flows_response import ListApplicationAuthFlowsResponse
from .list_application_identities_response import ListApplicationIdentitiesResponse
from .list_applications_response import ListApplicationsResponse
from .list_batch_sessions_response_200 import ListBatchSessionsResponse200
from .list_batch_sessions_status import ListBatchSessionsStatus
from .list_sessions_history_page_limit import ListSessionsHistoryPageLimit
from .list_sessions_history_page_sort_order import ListSessionsHistoryPageSortOrder
from .list_task_executions_legacy_status import ListTaskExecutionsLegacyStatus
from .mouse_click_request_schema import MouseClickRequestSchema
from .mouse_click_request_schema_button import MouseClickRequestSchemaButton
from .mouse_click_response_200 import MouseClickResponse200
from .mouse_double_click_response_200 import MouseDoubleClickResponse200
from .mouse_down_response_200 import MouseDownResponse200
from .mouse_move_response_200 import MouseMoveResponse200
from .mouse_single_click_request_schema import MouseSingleClickRequestSchema
from .mouse_single_click_request_schema_button import MouseSingleClickRequestSchemaButton
from .mouse_up_response_200 import MouseUpResponse200
from .navigate_request_schema import NavigateRequestSchema
from .navigate_to_url_response_200 import NavigateToUrlResponse200
from .navigate_to_url_response_404 import NavigateToUrlResponse404
from .navigate_to_url_response_500 import NavigateToUrlResponse500
from .one_password_all_secrets_config import OnePasswordAllSecretsConfig
from .one_password_all_secrets_config_load_mode import OnePasswordAllSecretsConfigLoadMode
from .one_password_integration import OnePasswordIntegration
from .one_password_integration_type import OnePasswordIntegrationType
from .one_password_specific_secrets_config import OnePasswordSpecificSecretsConfig
from .one_password_specific_secrets_config_load_mode import OnePasswordSpecificSecretsConfigLoadMode
from .paste_request_schema import PasteRequestSchema
from .paste_text_response_200 import PasteTextResponse200
from .pause_session_recording_response_200 import PauseSessionRecordingResponse200
from .pause_session_recording_response_401 import PauseSessionRecordingResponse401
from .pause_session_recording_response_404 import PauseSessionRecordingResponse404
from .pause_session_recording_response_500 import PauseSessionRecordingResponse500
from .perform_web_task_request_schema import PerformWebTaskRequestSchema
from .perform_web_task_request_schema_agent import PerformWebTaskRequestSchemaAgent
from .perform_web_task_request_schema_output_schema import PerformWebTaskRequestSchemaOutputSchema
from .perform_web_task_request_schema_provider import PerformWebTaskRequestSchemaProvider
from .perform_web_task_request_schema_secret_values import PerformWebTaskRequestSchemaSecretValues
from .perform_web_task_response_schema import PerformWebTaskResponseSchema
from .perform_web_task_status_response_schema import PerformWebTaskStatusResponseSchema
from .profile_list_response import ProfileListResponse
from .profile_list_response_data import ProfileListResponseData
from .profile_request_schema import ProfileRequestSchema
from .profile_request_schema_source import ProfileRequestSchemaSource
from .profile_response import ProfileResponse
from .profile_response_schema import ProfileResponseSchema
from .profile_response_schema_source import ProfileResponseSchemaSource
from .publish_version_request import PublishVersionRequest
from .publish_version_request_language import PublishVersionRequestLanguage
from .recording_item import RecordingItem
from .recording_list_response import RecordingListResponse
from .recording_list_response_data import RecordingListResponseData
from .resume_session_recording_response_200 import ResumeSessionRecordingResponse200
from .resume_session_recording_response_401 import ResumeSessionRecordingResponse401
from .resume_session_recording_response_404 import ResumeSessionRecordingResponse404
from .resume_session_recording_response_500 import ResumeSessionRecordingResponse500
from .retry_failed_batch_sessions_response_200 import RetryFailedBatchSessionsResponse200
from .run_task_by_name_request import RunTaskByNameRequest
from .run_task_by_name_request_inputs import RunTaskByNameRequestInputs
from .run_task_request import RunTaskRequest
from .run_task_request_inputs import RunTaskRequestInputs
from .run_task_response import RunTaskResponse
from .run_task_response_data import RunTaskResponseData
from .run_task_v2_request import RunTaskV2Request
from .run_task_v2_request_input_params import RunTaskV2RequestInputParams
from .running import Running
from .running_status import RunningStatus
from .screenshot_request_schema import ScreenshotRequestSchema
from .scroll_request_schema import ScrollRequestSchema
from .scroll_response_200 import ScrollResponse200
from .service_account_credentials import ServiceAccountCredentials
from .service_account_credentials_data import ServiceAccountCredentialsData
from .service_account_credentials_type import ServiceAccountCredentialsType
from .session_config import SessionConfig
from .session_config_live_view import SessionConfigLiveView
from .session_config_recording import SessionConfigRecording
from .session_config_timeout import SessionConfigTimeout
from .session_create_request_schema import SessionCreateRequestSchema
from .session_create_request_schema_identities_item import SessionCreateRequestSchemaIdentitiesItem
from .session_create_response_schema import SessionCreateResponseSchema
from .session_create_response_schema_data import SessionCreateResponseSchemaData
from .session_history_data_point import SessionHistoryDataPoint
from .session_history_page_item import SessionHistoryPageItem
from .session_history_page_item_used_credits_type_2 import SessionHistoryPageItemUsedCreditsType2
from .session_history_page_item_user_configuration import SessionHistoryPageItemUserConfiguration
from .session_history_page_response import SessionHistoryPageResponse
from .session_history_page_response_data import SessionHistoryPageResponseData
from .session_history_pagination import SessionHistoryPagination
from .session_history_response import SessionHistoryResponse
from .session_history_summary import SessionHistorySummary
from .session_list_response import SessionListResponse
from .session_list_response_data import SessionListResponseData
from .session_status import SessionStatus
from .set_clipboard_content_response_200 import SetClipboardContentResponse200
from .signal_event_request_schema import SignalEventRequestSchema
from .signal_event_request_schema_data import SignalEventRequestSchemaData
from .success import Success
from .success_response import SuccessResponse
from .success_response_data import SuccessResponseData
from .success_result import SuccessResult
from .success_status import SuccessStatus
from .sync import Sync
from .sync_result import SyncResult
from .take_screenshot_response_404 import TakeScreenshotResponse404
from .take_screenshot_response_500 import TakeScreenshotResponse500
from .task import Task
from .task_execution_result import TaskExecutionResult
from .task_execution_result_response import TaskExecutionResultResponse
from .task_execution_result_status import TaskExecutionResultStatus
from .task_execution_results_list_response import TaskExecutionResultsListResponse
from .task_execution_results_list_response_data import TaskExecutionResultsListResponseData
from .task_execution_results_list_response_data_pagination import TaskExecutionResultsListResponseDataPagination
from .task_language import TaskLanguage
from .task_list_response import TaskListResponse
from .task_list_response_data import TaskListResponseData
from .task_metadata import TaskMetadata
from .task_metadata_response import TaskMetadataResponse
from .task_response import TaskResponse
from .task_run_status_v2_response import TaskRunStatusV2Response
from .task_run_status_v2_response_result import TaskRunStatusV2ResponseResult
from .task_run_status_v2_response_status import TaskRunStatusV2ResponseStatus
from .task_version import TaskVersion
from .task_version_language import TaskVersionLanguage
from .task_version_response import TaskVersionResponse
from .task_versions_list_response import TaskVersionsListResponse
from .task_versions_list_response_data import TaskVersionsListResponseData
from .task_versions_list_response_data_versions_item import TaskVersionsListResponseDataVersionsItem
from .type_text_request_schema import TypeTextRequestSchema
from .type_text_response_200 import TypeTextResponse200
from .update_application_request import UpdateApplicationRequest
from .update_application_response import UpdateApplicationResponse
from .update_auth_flow_request import UpdateAuthFlowRequest
from .update_auth_flow_request_methods_item import UpdateAuthFlowRequestMethodsItem
from .update_auth_flow_response import UpdateAuthFlowResponse
from .update_batch_session_response_200 import UpdateBatchSessionResponse200
from .update_identity_request import UpdateIdentityRequest
from .update_identity_request_metadata import UpdateIdentityRequestMetadata
from .update_identity_response import UpdateIdentityResponse
from .update_identity_response_metadata import UpdateIdentityResponseMetadata
from .update_task_metadata_request import UpdateTaskMetadataRequest
from .upload_agent_resources_body import UploadAgentResourcesBody
from .upload_agent_resources_response_200 import UploadAgentResourcesResponse200
from .upload_agent_resources_response_200_data import UploadAgentResourcesResponse200Data
from .upload_agent_resources_response_400 import UploadAgentResourcesResponse400
from .upload_agent_resources_response_400_error import UploadAgentResourcesResponse400Error
from .upload_agent_resources_response_404 import UploadAgentResourcesResponse404
from .upload_agent_resources_response_500 import UploadAgentResourcesResponse500
from .upload_certificate_body import UploadCertificateBody
from .upload_extension_body import UploadExtensionBody
from .upload_extension_response_200 import UploadExtensionResponse200
from .upload_files_body import UploadFilesBody
from .upload_files_response_200 import UploadFilesResponse200
from .upload_files_response_200_data import UploadFilesResponse200Data
from .upload_files_response_400 import UploadFilesResponse400
from .upload_files_response_400_error import UploadFilesResponse400Error
from .upload_files_response_404 import UploadFilesResponse404
from .upload_files_response_500 import UploadFilesResponse500
from .username_password import UsernamePassword
from .username_password_type import UsernamePasswordType
from .wait_for_event_request_schema import WaitForEventRequestSchema
from .web_unlocker_request_schema import WebUnlockerRequestSchema

__all__ = (
    "AnchorProxy",
    "AnchorProxyAnchorProxy",
    "AnchorProxyCountryCode",
    "ApplicationIdentityItem",
    "ApplicationIdentityItemStatus",
    "ApplicationItem",
    "Async",
    "AsyncSessionCreateResponseSchema",
    "AsyncSessionCreateResponseSchemaData",
    "AsyncSessionCreateResponseSchemaDataStatus",
    "AsyncSessionStatusResponseSchema",
    "AsyncSessionStatusResponseSchemaData",
    "AsyncSessionStatusResponseSchemaDataProgress",
    "AsyncSessionStatusResponseSchemaDataProgressCurrentPhase",
    "AsyncSessionStatusResponseSchemaDataStatus",
    "AsyncStatus",
    "Authenticator",
    "AuthenticatorType",
    "AuthFlowItem",
    "BatchSessionDeleteResponseSchema",
    "BatchSessionDeleteResponseSchemaErrorsItem",
    "BatchSessionItemSchema",
    "BatchSessionItemSchemaMetadata",
    "BatchSessionItemSchemaStatus",
    "BatchSessionListItemSchema",
    "BatchSessionListItemSchemaStatus",
    "BatchSessionListResponseSchema",
    "BatchSessionListResponseSchemaPagination",
    "BatchSessionRequestSchema",
    "BatchSessionRequestSchemaMetadata",
    "BatchSessionResponseSchema",
    "BatchSessionResponseSchemaStatus",
    "BatchSessionRetryRequestSchema",
    "BatchSessionRetryResponseSchema",
    "BatchSessionRetryResponseSchemaStatus",
    "BatchSessionStatusResponseSchema",
    "BatchSessionStatusResponseSchemaProgress",
    "BatchSessionStatusResponseSchemaProgressCurrentPhase",
    "BatchSessionStatusResponseSchemaStatus",
    "BatchSessionUpdateRequestSchema",
    "BatchSessionUpdateRequestSchemaStatus",
    "BatchSessionUpdateResponseSchema",
    "BatchSessionUpdateResponseSchemaStatus",
    "BillingInfoResponse",
    "BillingInfoResponseData",
    "BrowserConfig",
    "BrowserConfigAdblock",
    "BrowserConfigCaptchaSolver",
    "BrowserConfigDisableDialogs",
    "BrowserConfigDisableWebSecurity",
    "BrowserConfigExtraStealth",
    "BrowserConfigForcePopupsAsTabs",
    "BrowserConfigFullscreen",
    "BrowserConfigHeadless",
    "BrowserConfigP2PDownload",
    "BrowserConfigPdfViewer",
    "BrowserConfigPopupBlocker",
    "BrowserConfigProfile",
    "BrowserConfigSensitiveDataMask",
    "BrowserConfigSensitiveDataMaskCustomPatternsItem",
    "BrowserConfigSensitiveDataMaskSiteSelectors",
    "BrowserConfigTracing",
    "BrowserConfigViewport",
    "BrowserConfigWebBotAuth",
    "CertificateListResponse",
    "CertificateResponse",
    "CertificateResponseSchema",
    "ClipboardRequestSchema",
    "ClipboardResponseSchema",
    "ClipboardResponseSchemaData",
    "CoordinatesRequestSchema",
    "CopyResponseSchema",
    "CreateApplicationRequest",
    "CreateApplicationResponse",
    "CreateAuthFlowRequest",
    "CreateAuthFlowRequestMethodsItem",
    "CreateAuthFlowResponse",
    "CreateBatchSessionsResponse200",
    "CreateIdentityRequest",
    "CreateIdentityRequestMetadata",
    "CreateIdentityResponse",
    "CreateIdentityResponseMetadata",
    "CreateIdentityResponseStatus",
    "CreateIdentityTokenRequest",
    "CreateIntegrationRequest",
    "CreateTaskRequest",
    "CreateTaskRequestLanguage",
    "Custom",
    "CustomFieldDefinition",
    "CustomFieldItem",
    "CustomProxy",
    "CustomProxyType",
    "CustomType",
    "DeleteApplicationResponse",
    "DeleteAuthFlowResponse",
    "DeleteBatchSessionsResponse200",
    "DeleteExtensionResponse200",
    "DeleteIdentityResponse",
    "DeleteIntegrationResponse200",
    "DeleteIntegrationResponse200Data",
    "DeleteIntegrationResponse200DataIntegration",
    "DeleteTaskResponse",
    "DeleteTaskResponseData",
    "DownloadItem",
    "DownloadListResponse",
    "DownloadListResponseData",
    "DraftTaskRequest",
    "DraftTaskRequestLanguage",
    "DragAndDropResponse200",
    "DragDropRequestSchema",
    "DragDropRequestSchemaButton",
    "ErrorResponse",
    "ErrorResponseError",
    "EventResponseSchema",
    "EventResponseSchemaData",
    "ExtensionListResponse",
    "ExtensionManifest",
    "ExtensionResponse",
    "ExtensionResponseSchema",
    "Failed",
    "FailedStatus",
    "FetchWebpageRequestSchema",
    "FetchWebpageRequestSchemaFormat",
    "GetApplicationResponse",
    "GetBatchSessionStatusResponse200",
    "GetBrowserSessionPagesResponse200Item",
    "GetBrowserSessionResponse200",
    "GetBrowserSessionResponse200Data",
    "GetBrowserSessionResponse200DataConfiguration",
    "GetBrowserSessionResponse200DataTags",
    "GetBrowserSessionResponse200DataTokens",
    "GetIdentityCredentialsResponse",
    "GetIdentityResponse",
    "GetIdentityResponseMetadata",
    "GetIdentityResponseStatus",
    "GetPagePdfBody",
    "GetPagePdfResponse400",
    "GetPagePdfResponse404",
    "GetPagePdfResponse500",
    "GetSessionsHistoryGranularity",
    "GetSessionsHistoryMetricsType1Item",
    "IdentityTokenResponse",
    "IdentityTokenResponseData",
    "IntegrationItem",
    "IntegrationListResponse",
    "IntegrationListResponseData",
    "IntegrationResponse",
    "IntegrationResponseData",
    "IntegrationType",
    "KeyboardShortcutRequestSchema",
    "KeyboardShortcutResponse200",
    "ListAgentResourcesResponse200",
    "ListAgentResourcesResponse200Data",
    "ListAgentResourcesResponse200DataFilesItem",
    "ListAgentResourcesResponse400",
    "ListAgentResourcesResponse404",
    "ListAgentResourcesResponse500",
    "ListApplicationAuthFlowsResponse",
    "ListApplicationIdentitiesResponse",
    "ListApplicationsResponse",
    "ListBatchSessionsResponse200",
    "ListBatchSessionsStatus",
    "ListSessionsHistoryPageLimit",
    "ListSessionsHistoryPageSortOrder",
    "ListTaskExecutionsLegacyStatus",
    "MouseClickRequestSchema",
    "MouseClickRequestSchemaButton",
    "MouseClickResponse200",
    "MouseDoubleClickResponse200",
    "MouseDownResponse200",
    "MouseMoveResponse200",
    "MouseSingleClickRequestSchema",
    "MouseSingleClickRequestSchemaButton",
    "MouseUpResponse200",
    "NavigateRequestSchema",
    "NavigateToUrlResponse200",
    "NavigateToUrlResponse404",
    "NavigateToUrlResponse500",
    "OnePasswordAllSecretsConfig",
    "OnePasswordAllSecretsConfigLoadMode",
    "OnePasswordIntegration",
    "OnePasswordIntegrationType",
    "OnePasswordSpecificSecretsConfig",
    "OnePasswordSpecificSecretsConfigLoadMode",
    "PasteRequestSchema",
    "PasteTextResponse200",
    "PauseSessionRecordingResponse200",
    "PauseSessionRecordingResponse401",
    "PauseSessionRecordingResponse404",
    "PauseSessionRecordingResponse500",
    "PerformWebTaskRequestSchema",
    "PerformWebTaskRequestSchemaAgent",
    "PerformWebTaskRequestSchemaOutputSchema",
    "PerformWebTaskRequestSchemaProvider",
    "PerformWebTaskRequestSchemaSecretValues",
    "PerformWebTaskResponseSchema",
    "PerformWebTaskStatusResponseSchema",
    "ProfileListResponse",
    "ProfileListResponseData",
    "ProfileRequestSchema",
    "ProfileRequestSchemaSource",
    "ProfileResponse",
    "ProfileResponseSchema",
    "ProfileResponseSchemaSource",
    "PublishVersionRequest",
    "PublishVersionRequestLanguage",
    "RecordingItem",
    "RecordingListResponse",
    "RecordingListResponseData",
    "ResumeSessionRecordingResponse200",
    "ResumeSessionRecordingResponse401",
    "ResumeSessionRecordingResponse404",
    "ResumeSessionRecordingResponse500",
    "RetryFailedBatchSessionsResponse200",
    "Running",
    "RunningStatus",
    "RunTaskByNameRequest",
    "RunTaskByNameRequestInputs",
    "RunTaskRequest",
    "RunTaskRequestInputs",
    "RunTaskResponse",
    "RunTaskResponseData",
    "RunTaskV2Request",
    "RunTaskV2RequestInputParams",
    "ScreenshotRequestSchema",
    "ScrollRequestSchema",
    "ScrollResponse200",
    "ServiceAccountCredentials",
    "ServiceAccountCredentialsData",
    "ServiceAccountCredentialsType",
    "SessionConfig",
    "SessionConfigLiveView",
    "SessionConfigRecording",
    "SessionConfigTimeout",
    "SessionCreateRequestSchema",
    "SessionCreateRequestSchemaIdentitiesItem",
    "SessionCreateResponseSchema",
    "SessionCreateResponseSchemaData",
    "SessionHistoryDataPoint",
    "SessionHistoryPageItem",
    "SessionHistoryPageItemUsedCreditsType2",
    "SessionHistoryPageItemUserConfiguration",
    "SessionHistoryPageResponse",
    "SessionHistoryPageResponseData",
    "SessionHistoryPagination",
    "SessionHistoryResponse",
    "SessionHistorySummary",
    "SessionListResponse",
    "SessionListResponseData",
    "SessionStatus",
    "SetClipboardContentResponse200",
    "SignalEventRequestSchema",
    "SignalEventRequestSchemaData",
    "Success",
    "SuccessResponse",
    "SuccessResponseData",
    "SuccessResult",
    "SuccessStatus",
    "Sync",
    "SyncResult",
    "TakeScreenshotResponse404",
    "TakeScreenshotResponse500",
    "Task",
    "TaskExecutionResult",
    "TaskExecutionResultResponse",
    "TaskExecutionResultsListResponse",
    "TaskExecutionResultsListResponseData",
    "TaskExecutionResultsListResponseDataPagination",
    "TaskExecutionResultStatus",
    "TaskLanguage",
    "TaskListResponse",
    "TaskListResponseData",
    "TaskMetadata",
    "TaskMetadataResponse",
    "TaskResponse",
    "TaskRunStatusV2Response",
    "TaskRunStatusV2ResponseResult",
    "TaskRunStatusV2ResponseStatus",
    "TaskVersion",
    "TaskVersionLanguage",
    "TaskVersionResponse",
    "TaskVersionsListResponse",
    "TaskVersionsListResponseData",
    "TaskVersionsListResponseDataVersionsItem",
    "TypeTextRequestSchema",
    "TypeTextResponse200",
    "UpdateApplicationRequest",
    "UpdateApplicationResponse",
    "UpdateAuthFlowRequest",
    "UpdateAuthFlowRequestMethodsItem",
    "UpdateAuthFlowResponse",
    "UpdateBatchSessionResponse200",
    "UpdateIdentityRequest",
    "UpdateIdentityRequestMetadata",
    "UpdateIdentityResponse",
    "UpdateIdentityResponseMetadata",
    "UpdateTaskMetadataRequest",
    "UploadAgentResourcesBody",
    "UploadAgentResourcesResponse200",
    "UploadAgentResourcesResponse200Data",
    "UploadAgentResourcesResponse400",
    "UploadAgentResourcesResponse400Error",
    "UploadAgentResourcesResponse404",
    "UploadAgentResourcesResponse500",
    "UploadCertificateBody",
    "UploadExtensionBody",
    "UploadExtensionResponse200",
    "UploadFilesBody",
    "UploadFilesResponse200",
    "UploadFilesResponse200Data",
    "UploadFilesResponse400",
    "UploadFilesResponse400Error",
    "UploadFilesResponse404",
    "UploadFilesResponse500",
    "UsernamePassword",
    "UsernamePasswordType",
    "WaitForEventRequestSchema",
    "WebUnlockerRequestSchema",
)
