"""Contains all the data models used in inputs/outputs"""

from .agent_run_limit_reached_error_response import AgentRunLimitReachedErrorResponse
from .agent_run_log_response import AgentRunLogResponse
from .agent_run_log_response_observation_type_0 import AgentRunLogResponseObservationType0
from .agent_run_log_response_tool_input_type_0 import AgentRunLogResponseToolInputType0
from .agent_run_log_response_tool_output_type_0 import AgentRunLogResponseToolOutputType0
from .agent_run_not_found_error_response import AgentRunNotFoundErrorResponse
from .agent_run_response import AgentRunResponse
from .agent_run_response_metadata import AgentRunResponseMetadata
from .agent_run_state_error_response import AgentRunStateErrorResponse
from .agent_run_with_logs_response import AgentRunWithLogsResponse
from .agent_run_with_logs_response_metadata_type_0 import AgentRunWithLogsResponseMetadataType0
from .analyze_logs_response import AnalyzeLogsResponse
from .api_agent_run_source_type import ApiAgentRunSourceType
from .api_rate_limit_error_response import APIRateLimitErrorResponse
from .auth_error_response import AuthErrorResponse
from .check_suite_settings_request import CheckSuiteSettingsRequest
from .check_suite_settings_request_check_retry_counts_type_0 import CheckSuiteSettingsRequestCheckRetryCountsType0
from .check_suite_settings_request_custom_prompts_type_0 import CheckSuiteSettingsRequestCustomPromptsType0
from .check_suite_settings_response import CheckSuiteSettingsResponse
from .check_suite_settings_response_check_retry_counts import CheckSuiteSettingsResponseCheckRetryCounts
from .check_suite_settings_response_custom_prompts import CheckSuiteSettingsResponseCustomPrompts
from .cli_rules_response import CLIRulesResponse
from .create_agent_run_input import CreateAgentRunInput
from .create_agent_run_input_agent_type_type_0 import CreateAgentRunInputAgentTypeType0
from .create_agent_run_input_metadata_type_0 import CreateAgentRunInputMetadataType0
from .edit_pr_input import EditPRInput
from .edit_pr_input_state import EditPRInputState
from .edit_pr_response import EditPRResponse
from .generate_setup_commands_input import GenerateSetupCommandsInput
from .generate_token_request import GenerateTokenRequest
from .generate_token_response import GenerateTokenResponse
from .github_pull_request_response import GithubPullRequestResponse
from .http_validation_error import HTTPValidationError
from .integration_status import IntegrationStatus
from .integration_status_metadata_type_0 import IntegrationStatusMetadataType0
from .no_repos_found_in_org_error_response import NoReposFoundInOrgErrorResponse
from .o_auth_provider_response import OAuthProviderResponse
from .o_auth_provider_response_meta_type_0 import OAuthProviderResponseMetaType0
from .organization_integrations_response import OrganizationIntegrationsResponse
from .organization_response import OrganizationResponse
from .organization_settings import OrganizationSettings
from .page_agent_run_response import PageAgentRunResponse
from .page_organization_response import PageOrganizationResponse
from .page_repo_response import PageRepoResponse
from .page_user_response import PageUserResponse
from .permissions_error_response import PermissionsErrorResponse
from .repo_response import RepoResponse
from .resume_agent_run_input import ResumeAgentRunInput
from .setup_commands_response import SetupCommandsResponse
from .stop_agent_run_input import StopAgentRunInput
from .update_check_suite_settings_response_update_check_suite_settings_v1_organizations_org_id_repos_check_suite_settings_put import (
    UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut,
)
from .user_not_found_error_response import UserNotFoundErrorResponse
from .user_response import UserResponse
from .validation_error import ValidationError

__all__ = (
    "AgentRunLimitReachedErrorResponse",
    "AgentRunLogResponse",
    "AgentRunLogResponseObservationType0",
    "AgentRunLogResponseToolInputType0",
    "AgentRunLogResponseToolOutputType0",
    "AgentRunNotFoundErrorResponse",
    "AgentRunResponse",
    "AgentRunResponseMetadata",
    "AgentRunStateErrorResponse",
    "AgentRunWithLogsResponse",
    "AgentRunWithLogsResponseMetadataType0",
    "AnalyzeLogsResponse",
    "ApiAgentRunSourceType",
    "APIRateLimitErrorResponse",
    "AuthErrorResponse",
    "CheckSuiteSettingsRequest",
    "CheckSuiteSettingsRequestCheckRetryCountsType0",
    "CheckSuiteSettingsRequestCustomPromptsType0",
    "CheckSuiteSettingsResponse",
    "CheckSuiteSettingsResponseCheckRetryCounts",
    "CheckSuiteSettingsResponseCustomPrompts",
    "CLIRulesResponse",
    "CreateAgentRunInput",
    "CreateAgentRunInputAgentTypeType0",
    "CreateAgentRunInputMetadataType0",
    "EditPRInput",
    "EditPRInputState",
    "EditPRResponse",
    "GenerateSetupCommandsInput",
    "GenerateTokenRequest",
    "GenerateTokenResponse",
    "GithubPullRequestResponse",
    "HTTPValidationError",
    "IntegrationStatus",
    "IntegrationStatusMetadataType0",
    "NoReposFoundInOrgErrorResponse",
    "OAuthProviderResponse",
    "OAuthProviderResponseMetaType0",
    "OrganizationIntegrationsResponse",
    "OrganizationResponse",
    "OrganizationSettings",
    "PageAgentRunResponse",
    "PageOrganizationResponse",
    "PageRepoResponse",
    "PageUserResponse",
    "PermissionsErrorResponse",
    "RepoResponse",
    "ResumeAgentRunInput",
    "SetupCommandsResponse",
    "StopAgentRunInput",
    "UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut",
    "UserNotFoundErrorResponse",
    "UserResponse",
    "ValidationError",
)
