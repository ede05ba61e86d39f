from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_session_delete_response_schema_errors_item import BatchSessionDeleteResponseSchemaErrorsItem


T = TypeVar("T", bound="BatchSessionDeleteResponseSchema")


@_attrs_define
class BatchSessionDeleteResponseSchema:
    """
    Attributes:
        batch_id (UUID | Unset): Unique identifier for the batch
        deleted_sessions (int | Unset): Number of sessions successfully deleted
        failed_deletions (int | Unset): Number of sessions that failed to delete
        errors (list[BatchSessionDeleteResponseSchemaErrorsItem] | Unset): Details of deletion failures (only present if
            there were failures)
        message (str | Unset): Summary message of the deletion operation
    """

    batch_id: UUID | Unset = UNSET
    deleted_sessions: int | Unset = UNSET
    failed_deletions: int | Unset = UNSET
    errors: list[BatchSessionDeleteResponseSchemaErrorsItem] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: str | Unset = UNSET
        if not isinstance(self.batch_id, Unset):
            batch_id = str(self.batch_id)

        deleted_sessions = self.deleted_sessions

        failed_deletions = self.failed_deletions

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if deleted_sessions is not UNSET:
            field_dict["deleted_sessions"] = deleted_sessions
        if failed_deletions is not UNSET:
            field_dict["failed_deletions"] = failed_deletions
        if errors is not UNSET:
            field_dict["errors"] = errors
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_session_delete_response_schema_errors_item import BatchSessionDeleteResponseSchemaErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        _batch_id = d.pop("batch_id", UNSET)
        batch_id: UUID | Unset
        if isinstance(_batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = UUID(_batch_id)

        deleted_sessions = d.pop("deleted_sessions", UNSET)

        failed_deletions = d.pop("failed_deletions", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[BatchSessionDeleteResponseSchemaErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BatchSessionDeleteResponseSchemaErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        message = d.pop("message", UNSET)

        batch_session_delete_response_schema = cls(
            batch_id=batch_id,
            deleted_sessions=deleted_sessions,
            failed_deletions=failed_deletions,
            errors=errors,
            message=message,
        )

        batch_session_delete_response_schema.additional_properties = d
        return batch_session_delete_response_schema

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
