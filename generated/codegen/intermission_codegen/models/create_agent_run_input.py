from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_agent_run_input_agent_type_type_0 import CreateAgentRunInputAgentTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_agent_run_input_metadata_type_0 import CreateAgentRunInputMetadataType0


T = TypeVar("T", bound="CreateAgentRunInput")


@_attrs_define
class CreateAgentRunInput:
    """
    Attributes:
        prompt (str):
        images (list[str] | None | Unset): List of base64 encoded data URIs representing images to be processed by the
            agent
        metadata (CreateAgentRunInputMetadataType0 | None | Unset): Arbitrary JSON metadata to be stored with the agent
            run
        repo_id (int | None | Unset): ID of the repository to use for the agent run
        model (None | str | Unset): Model to use for this agent run (optional, uses org default if not specified)
        agent_type (CreateAgentRunInputAgentTypeType0 | None | Unset): Type of agent to use for this agent run
            (optional, uses org default if not specified)
    """

    prompt: str
    images: list[str] | None | Unset = UNSET
    metadata: CreateAgentRunInputMetadataType0 | None | Unset = UNSET
    repo_id: int | None | Unset = UNSET
    model: None | str | Unset = UNSET
    agent_type: CreateAgentRunInputAgentTypeType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_agent_run_input_metadata_type_0 import CreateAgentRunInputMetadataType0  # noqa: PLC0415

        prompt = self.prompt

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateAgentRunInputMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        repo_id: int | None | Unset
        if isinstance(self.repo_id, Unset):
            repo_id = UNSET
        else:
            repo_id = self.repo_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        agent_type: None | str | Unset
        if isinstance(self.agent_type, Unset):
            agent_type = UNSET
        elif isinstance(self.agent_type, CreateAgentRunInputAgentTypeType0):
            agent_type = self.agent_type.value
        else:
            agent_type = self.agent_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if repo_id is not UNSET:
            field_dict["repo_id"] = repo_id
        if model is not UNSET:
            field_dict["model"] = model
        if agent_type is not UNSET:
            field_dict["agent_type"] = agent_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_agent_run_input_metadata_type_0 import CreateAgentRunInputMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_metadata(data: object) -> CreateAgentRunInputMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateAgentRunInputMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAgentRunInputMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_repo_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repo_id = _parse_repo_id(d.pop("repo_id", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_agent_type(data: object) -> CreateAgentRunInputAgentTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_type_type_0 = CreateAgentRunInputAgentTypeType0(data)

                return agent_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAgentRunInputAgentTypeType0 | None | Unset, data)

        agent_type = _parse_agent_type(d.pop("agent_type", UNSET))

        create_agent_run_input = cls(
            prompt=prompt,
            images=images,
            metadata=metadata,
            repo_id=repo_id,
            model=model,
            agent_type=agent_type,
        )

        create_agent_run_input.additional_properties = d
        return create_agent_run_input

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
