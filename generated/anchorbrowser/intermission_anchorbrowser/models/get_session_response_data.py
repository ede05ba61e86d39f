from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSessionResponseData")


@_attrs_define
class GetSessionResponseData:
    """The session data.

    Attributes:
        session_id (str): The unique identifier of the session.
        status (str): The current status of the session.
        team_id (str | Unset): The team ID associated with the session.
        created_at (str | Unset): The timestamp when the session was created (ISO 8601).
    """

    session_id: str
    status: str
    team_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        status = self.status

        team_id = self.team_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "status": status,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        status = d.pop("status")

        team_id = d.pop("team_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        get_session_response_data = cls(
            session_id=session_id,
            status=status,
            team_id=team_id,
            created_at=created_at,
        )

        get_session_response_data.additional_properties = d
        return get_session_response_data

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
