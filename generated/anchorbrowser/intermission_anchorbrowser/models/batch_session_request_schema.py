from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_session_request_schema_metadata import BatchSessionRequestSchemaMetadata
    from ..models.session_create_request_schema import SessionCreateRequestSchema


T = TypeVar("T", bound="BatchSessionRequestSchema")


@_attrs_define
class BatchSessionRequestSchema:
    """
    Attributes:
        count (int): Number of sessions to create in the batch (1-1000)
        configuration (SessionCreateRequestSchema | Unset):
        metadata (BatchSessionRequestSchemaMetadata | Unset): Optional batch-level metadata for identification and
            organization
    """

    count: int
    configuration: SessionCreateRequestSchema | Unset = UNSET
    metadata: BatchSessionRequestSchemaMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_session_request_schema_metadata import BatchSessionRequestSchemaMetadata  # noqa: PLC0415
        from ..models.session_create_request_schema import SessionCreateRequestSchema  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        _configuration = d.pop("configuration", UNSET)
        configuration: SessionCreateRequestSchema | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = SessionCreateRequestSchema.from_dict(_configuration)

        _metadata = d.pop("metadata", UNSET)
        metadata: BatchSessionRequestSchemaMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BatchSessionRequestSchemaMetadata.from_dict(_metadata)

        batch_session_request_schema = cls(
            count=count,
            configuration=configuration,
            metadata=metadata,
        )

        batch_session_request_schema.additional_properties = d
        return batch_session_request_schema

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
