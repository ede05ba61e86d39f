from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supported_ll_ms import SupportedLLMs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_task_request_metadata_type_0 import CreateTaskRequestMetadataType0
    from ..models.create_task_request_secrets_type_0 import CreateTaskRequestSecretsType0
    from ..models.session_settings import SessionSettings


T = TypeVar("T", bound="CreateTaskRequest")


@_attrs_define
class CreateTaskRequest:
    """Request model for creating a task

    Attributes:
        task (str): The task prompt/instruction for the agent.
        llm (SupportedLLMs | Unset):
        start_url (None | str | Unset): The URL to start the task from.
        max_steps (int | Unset): Maximum number of steps the agent can take before stopping. Default: 100.
        structured_output (None | str | Unset): The stringified JSON schema for the structured output.
        session_id (None | Unset | UUID): The ID of the session where the task will run.
        metadata (CreateTaskRequestMetadataType0 | None | Unset): The metadata for the task. Up to 10 key-value pairs.
        secrets (CreateTaskRequestSecretsType0 | None | Unset): The secrets for the task. Allowed domains are not
            required for secrets to be injected, but are recommended.
        allowed_domains (list[str] | None | Unset): The allowed domains for the task.
        op_vault_id (None | str | Unset): The ID of the 1Password vault to use for the task. This is used to inject
            secrets into the task.
        session_settings (None | SessionSettings | Unset): Session configuration for auto-created sessions. Only applies
            when session_id is not provided. Ignored when using an existing session.
        highlight_elements (bool | Unset): Tells the agent to highlight interactive elements on the page. Default:
            False.
        flash_mode (bool | Unset): Whether agent flash mode is enabled. Default: False.
        thinking (bool | Unset): Whether agent thinking mode is enabled. Default: False.
        vision (bool | Literal['auto'] | Unset): Whether agent vision capabilities are enabled. Set to 'auto' to let the
            agent decide based on the model capabilities. Default: True.
        system_prompt_extension (str | Unset): Optional extension to the agent system prompt. Default: ''.
        judge (bool | Unset): Enable judge mode to evaluate task completion against ground truth. Default: False.
        judge_ground_truth (None | str | Unset): Expected answer for judge evaluation.
        judge_llm (None | SupportedLLMs | Unset): The LLM model to use for judging. If not provided, uses the default
            judge LLM.
        skill_ids (list[str] | None | Unset): List of skill IDs to enable for this task. Use ['*'] to enable all
            available skills for the project.
    """

    task: str
    llm: SupportedLLMs | Unset = UNSET
    start_url: None | str | Unset = UNSET
    max_steps: int | Unset = 100
    structured_output: None | str | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    metadata: CreateTaskRequestMetadataType0 | None | Unset = UNSET
    secrets: CreateTaskRequestSecretsType0 | None | Unset = UNSET
    allowed_domains: list[str] | None | Unset = UNSET
    op_vault_id: None | str | Unset = UNSET
    session_settings: None | SessionSettings | Unset = UNSET
    highlight_elements: bool | Unset = False
    flash_mode: bool | Unset = False
    thinking: bool | Unset = False
    vision: bool | Literal["auto"] | Unset = True
    system_prompt_extension: str | Unset = ""
    judge: bool | Unset = False
    judge_ground_truth: None | str | Unset = UNSET
    judge_llm: None | SupportedLLMs | Unset = UNSET
    skill_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_task_request_metadata_type_0 import CreateTaskRequestMetadataType0  # noqa: PLC0415
        from ..models.create_task_request_secrets_type_0 import CreateTaskRequestSecretsType0  # noqa: PLC0415
        from ..models.session_settings import SessionSettings  # noqa: PLC0415

        task = self.task

        llm: str | Unset = UNSET
        if not isinstance(self.llm, Unset):
            llm = self.llm.value

        start_url: None | str | Unset
        if isinstance(self.start_url, Unset):
            start_url = UNSET
        else:
            start_url = self.start_url

        max_steps = self.max_steps

        structured_output: None | str | Unset
        if isinstance(self.structured_output, Unset):
            structured_output = UNSET
        else:
            structured_output = self.structured_output

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateTaskRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        secrets: dict[str, Any] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, CreateTaskRequestSecretsType0):
            secrets = self.secrets.to_dict()
        else:
            secrets = self.secrets

        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains

        else:
            allowed_domains = self.allowed_domains

        op_vault_id: None | str | Unset
        if isinstance(self.op_vault_id, Unset):
            op_vault_id = UNSET
        else:
            op_vault_id = self.op_vault_id

        session_settings: dict[str, Any] | None | Unset
        if isinstance(self.session_settings, Unset):
            session_settings = UNSET
        elif isinstance(self.session_settings, SessionSettings):
            session_settings = self.session_settings.to_dict()
        else:
            session_settings = self.session_settings

        highlight_elements = self.highlight_elements

        flash_mode = self.flash_mode

        thinking = self.thinking

        vision: bool | Literal["auto"] | Unset
        if isinstance(self.vision, Unset):
            vision = UNSET
        else:
            vision = self.vision

        system_prompt_extension = self.system_prompt_extension

        judge = self.judge

        judge_ground_truth: None | str | Unset
        if isinstance(self.judge_ground_truth, Unset):
            judge_ground_truth = UNSET
        else:
            judge_ground_truth = self.judge_ground_truth

        judge_llm: None | str | Unset
        if isinstance(self.judge_llm, Unset):
            judge_llm = UNSET
        elif isinstance(self.judge_llm, SupportedLLMs):
            judge_llm = self.judge_llm.value
        else:
            judge_llm = self.judge_llm

        skill_ids: list[str] | None | Unset
        if isinstance(self.skill_ids, Unset):
            skill_ids = UNSET
        elif isinstance(self.skill_ids, list):
            skill_ids = self.skill_ids

        else:
            skill_ids = self.skill_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
            }
        )
        if llm is not UNSET:
            field_dict["llm"] = llm
        if start_url is not UNSET:
            field_dict["startUrl"] = start_url
        if max_steps is not UNSET:
            field_dict["maxSteps"] = max_steps
        if structured_output is not UNSET:
            field_dict["structuredOutput"] = structured_output
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if allowed_domains is not UNSET:
            field_dict["allowedDomains"] = allowed_domains
        if op_vault_id is not UNSET:
            field_dict["opVaultId"] = op_vault_id
        if session_settings is not UNSET:
            field_dict["sessionSettings"] = session_settings
        if highlight_elements is not UNSET:
            field_dict["highlightElements"] = highlight_elements
        if flash_mode is not UNSET:
            field_dict["flashMode"] = flash_mode
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if vision is not UNSET:
            field_dict["vision"] = vision
        if system_prompt_extension is not UNSET:
            field_dict["systemPromptExtension"] = system_prompt_extension
        if judge is not UNSET:
            field_dict["judge"] = judge
        if judge_ground_truth is not UNSET:
            field_dict["judgeGroundTruth"] = judge_ground_truth
        if judge_llm is not UNSET:
            field_dict["judgeLlm"] = judge_llm
        if skill_ids is not UNSET:
            field_dict["skillIds"] = skill_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_task_request_metadata_type_0 import CreateTaskRequestMetadataType0  # noqa: PLC0415
        from ..models.create_task_request_secrets_type_0 import CreateTaskRequestSecretsType0  # noqa: PLC0415
        from ..models.session_settings import SessionSettings  # noqa: PLC0415

        d = dict(src_dict)
        task = d.pop("task")

        _llm = d.pop("llm", UNSET)
        llm: SupportedLLMs | Unset
        if isinstance(_llm, Unset):
            llm = UNSET
        else:
            llm = SupportedLLMs(_llm)

        def _parse_start_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_url = _parse_start_url(d.pop("startUrl", UNSET))

        max_steps = d.pop("maxSteps", UNSET)

        def _parse_structured_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        structured_output = _parse_structured_output(d.pop("structuredOutput", UNSET))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_id = _parse_session_id(d.pop("sessionId", UNSET))

        def _parse_metadata(data: object) -> CreateTaskRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateTaskRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTaskRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_secrets(data: object) -> CreateTaskRequestSecretsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secrets_type_0 = CreateTaskRequestSecretsType0.from_dict(data)

                return secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTaskRequestSecretsType0 | None | Unset, data)

        secrets = _parse_secrets(d.pop("secrets", UNSET))

        def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_domains_type_0 = cast(list[str], data)

                return allowed_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_domains = _parse_allowed_domains(d.pop("allowedDomains", UNSET))

        def _parse_op_vault_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        op_vault_id = _parse_op_vault_id(d.pop("opVaultId", UNSET))

        def _parse_session_settings(data: object) -> None | SessionSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_settings_type_0 = SessionSettings.from_dict(data)

                return session_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionSettings | Unset, data)

        session_settings = _parse_session_settings(d.pop("sessionSettings", UNSET))

        highlight_elements = d.pop("highlightElements", UNSET)

        flash_mode = d.pop("flashMode", UNSET)

        thinking = d.pop("thinking", UNSET)

        def _parse_vision(data: object) -> bool | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            vision_type_1 = cast(Literal["auto"], data)
            if vision_type_1 != "auto":
                raise ValueError(f"vision_type_1 must match const 'auto', got '{vision_type_1}'")
            return vision_type_1
            return cast(bool | Literal["auto"] | Unset, data)

        vision = _parse_vision(d.pop("vision", UNSET))

        system_prompt_extension = d.pop("systemPromptExtension", UNSET)

        judge = d.pop("judge", UNSET)

        def _parse_judge_ground_truth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        judge_ground_truth = _parse_judge_ground_truth(d.pop("judgeGroundTruth", UNSET))

        def _parse_judge_llm(data: object) -> None | SupportedLLMs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                judge_llm_type_0 = SupportedLLMs(data)

                return judge_llm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportedLLMs | Unset, data)

        judge_llm = _parse_judge_llm(d.pop("judgeLlm", UNSET))

        def _parse_skill_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skill_ids_type_0 = cast(list[str], data)

                return skill_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skill_ids = _parse_skill_ids(d.pop("skillIds", UNSET))

        create_task_request = cls(
            task=task,
            llm=llm,
            start_url=start_url,
            max_steps=max_steps,
            structured_output=structured_output,
            session_id=session_id,
            metadata=metadata,
            secrets=secrets,
            allowed_domains=allowed_domains,
            op_vault_id=op_vault_id,
            session_settings=session_settings,
            highlight_elements=highlight_elements,
            flash_mode=flash_mode,
            thinking=thinking,
            vision=vision,
            system_prompt_extension=system_prompt_extension,
            judge=judge,
            judge_ground_truth=judge_ground_truth,
            judge_llm=judge_llm,
            skill_ids=skill_ids,
        )

        create_task_request.additional_properties = d
        return create_task_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
