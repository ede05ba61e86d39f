"""Contains all the data models used in inputs/outputs"""

from .admin_build_cancel_result import AdminBuildCancelResult
from .admin_sandbox_kill_result import AdminSandboxKillResult
from .admin_team_running_sandbox_counts import AdminTeamRunningSandboxCounts
from .assign_template_tags_request import AssignTemplateTagsRequest
from .assigned_template_tags import AssignedTemplateTags
from .aws_registry import AWSRegistry
from .aws_registry_type import AWSRegistryType
from .build_log_entry import BuildLogEntry
from .build_status_reason import BuildStatusReason
from .connect_sandbox import ConnectSandbox
from .created_access_token import CreatedAccessToken
from .created_team_api_key import CreatedTeamAPIKey
from .delete_template_tags_request import DeleteTemplateTagsRequest
from .disk_metrics import DiskMetrics
from .error import Error
from .gcp_registry import GCPRegistry
from .gcp_registry_type import GCPRegistryType
from .general_registry import GeneralRegistry
from .general_registry_type import GeneralRegistryType
from .identifier_masking_details import IdentifierMaskingDetails
from .listed_sandbox import ListedSandbox
from .log_level import LogLevel
from .logs_direction import LogsDirection
from .logs_source import LogsSource
from .machine_info import MachineInfo
from .max_team_metric import MaxTeamMetric
from .maximum_team_metrics_metric import MaximumTeamMetricsMetric
from .mcp_type_0 import McpType0
from .new_access_token import NewAccessToken
from .new_sandbox import NewSandbox
from .new_secret import NewSecret
from .new_team_api_key import NewTeamAPIKey
from .new_volume import NewVolume
from .node import Node
from .node_detail import NodeDetail
from .node_metrics import NodeMetrics
from .node_status import NodeStatus
from .node_status_change import NodeStatusChange
from .order_direction import OrderDirection
from .resumed_sandbox import ResumedSandbox
from .sandbox import Sandbox
from .sandbox_auto_resume_config import SandboxAutoResumeConfig
from .sandbox_detail import SandboxDetail
from .sandbox_egress_proxy_config_type_0 import SandboxEgressProxyConfigType0
from .sandbox_fork_request import SandboxForkRequest
from .sandbox_fork_result import SandboxForkResult
from .sandbox_iam import SandboxIam
from .sandbox_iam_token import SandboxIamToken
from .sandbox_iam_tokens import SandboxIamTokens
from .sandbox_lifecycle import SandboxLifecycle
from .sandbox_log import SandboxLog
from .sandbox_log_entry import SandboxLogEntry
from .sandbox_log_entry_fields import SandboxLogEntryFields
from .sandbox_logs import SandboxLogs
from .sandbox_logs_v2_response import SandboxLogsV2Response
from .sandbox_metric import SandboxMetric
from .sandbox_network_config import SandboxNetworkConfig
from .sandbox_network_config_rules import SandboxNetworkConfigRules
from .sandbox_network_rule import SandboxNetworkRule
from .sandbox_network_transform import SandboxNetworkTransform
from .sandbox_network_transform_headers import SandboxNetworkTransformHeaders
from .sandbox_network_update_config import SandboxNetworkUpdateConfig
from .sandbox_network_update_config_rules import SandboxNetworkUpdateConfigRules
from .sandbox_on_timeout import SandboxOnTimeout
from .sandbox_pause_request import SandboxPauseRequest
from .sandbox_refresh_request import SandboxRefreshRequest
from .sandbox_snapshot_request import SandboxSnapshotRequest
from .sandbox_state import SandboxState
from .sandbox_timeout_request import SandboxTimeoutRequest
from .sandbox_volume_mount import SandboxVolumeMount
from .sandboxes_with_metrics import SandboxesWithMetrics
from .secret import Secret
from .secret_metadata import SecretMetadata
from .secret_update import SecretUpdate
from .snapshot_info import SnapshotInfo
from .team import Team
from .team_api_key import TeamAPIKey
from .team_metric import TeamMetric
from .team_user import TeamUser
from .template import Template
from .template_alias_response import TemplateAliasResponse
from .template_build import TemplateBuild
from .template_build_file_upload import TemplateBuildFileUpload
from .template_build_info import TemplateBuildInfo
from .template_build_logs_response import TemplateBuildLogsResponse
from .template_build_request import TemplateBuildRequest
from .template_build_request_v2 import TemplateBuildRequestV2
from .template_build_request_v3 import TemplateBuildRequestV3
from .template_build_start_v2 import TemplateBuildStartV2
from .template_build_status import TemplateBuildStatus
from .template_legacy import TemplateLegacy
from .template_request_response_v3 import TemplateRequestResponseV3
from .template_step import TemplateStep
from .template_tag import TemplateTag
from .template_update_request import TemplateUpdateRequest
from .template_update_response import TemplateUpdateResponse
from .template_with_builds import TemplateWithBuilds
from .update_team_api_key import UpdateTeamAPIKey
from .volume import Volume
from .volume_and_token import VolumeAndToken
from .volume_token import VolumeToken

__all__ = (
    "AdminBuildCancelResult",
    "AdminSandboxKillResult",
    "AdminTeamRunningSandboxCounts",
    "AssignedTemplateTags",
    "AssignTemplateTagsRequest",
    "AWSRegistry",
    "AWSRegistryType",
    "BuildLogEntry",
    "BuildStatusReason",
    "ConnectSandbox",
    "CreatedAccessToken",
    "CreatedTeamAPIKey",
    "DeleteTemplateTagsRequest",
    "DiskMetrics",
    "Error",
    "GCPRegistry",
    "GCPRegistryType",
    "GeneralRegistry",
    "GeneralRegistryType",
    "IdentifierMaskingDetails",
    "ListedSandbox",
    "LogLevel",
    "LogsDirection",
    "LogsSource",
    "MachineInfo",
    "MaximumTeamMetricsMetric",
    "MaxTeamMetric",
    "McpType0",
    "NewAccessToken",
    "NewSandbox",
    "NewSecret",
    "NewTeamAPIKey",
    "NewVolume",
    "Node",
    "NodeDetail",
    "NodeMetrics",
    "NodeStatus",
    "NodeStatusChange",
    "OrderDirection",
    "ResumedSandbox",
    "Sandbox",
    "SandboxAutoResumeConfig",
    "SandboxDetail",
    "SandboxEgressProxyConfigType0",
    "SandboxesWithMetrics",
    "SandboxForkRequest",
    "SandboxForkResult",
    "SandboxIam",
    "SandboxIamToken",
    "SandboxIamTokens",
    "SandboxLifecycle",
    "SandboxLog",
    "SandboxLogEntry",
    "SandboxLogEntryFields",
    "SandboxLogs",
    "SandboxLogsV2Response",
    "SandboxMetric",
    "SandboxNetworkConfig",
    "SandboxNetworkConfigRules",
    "SandboxNetworkRule",
    "SandboxNetworkTransform",
    "SandboxNetworkTransformHeaders",
    "SandboxNetworkUpdateConfig",
    "SandboxNetworkUpdateConfigRules",
    "SandboxOnTimeout",
    "SandboxPauseRequest",
    "SandboxRefreshRequest",
    "SandboxSnapshotRequest",
    "SandboxState",
    "SandboxTimeoutRequest",
    "SandboxVolumeMount",
    "Secret",
    "SecretMetadata",
    "SecretUpdate",
    "SnapshotInfo",
    "Team",
    "TeamAPIKey",
    "TeamMetric",
    "TeamUser",
    "Template",
    "TemplateAliasResponse",
    "TemplateBuild",
    "TemplateBuildFileUpload",
    "TemplateBuildInfo",
    "TemplateBuildLogsResponse",
    "TemplateBuildRequest",
    "TemplateBuildRequestV2",
    "TemplateBuildRequestV3",
    "TemplateBuildStartV2",
    "TemplateBuildStatus",
    "TemplateLegacy",
    "TemplateRequestResponseV3",
    "TemplateStep",
    "TemplateTag",
    "TemplateUpdateRequest",
    "TemplateUpdateResponse",
    "TemplateWithBuilds",
    "UpdateTeamAPIKey",
    "Volume",
    "VolumeAndToken",
    "VolumeToken",
)
