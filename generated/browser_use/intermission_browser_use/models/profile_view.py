from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileView")


@_attrs_define
class ProfileView:
    """View model for representing a profile. A profile lets you preserve the login state between sessions.

    We recommend that you create a separate profile for each user of your app.
    You can assign a user_id to each profile to easily identify which user the profile belongs to.

        Attributes:
            id (UUID): Unique identifier for the profile
            created_at (datetime.datetime): Timestamp when the profile was created
            updated_at (datetime.datetime): Timestamp when the profile was last updated
            user_id (None | str | Unset): Your internal user identifier for this profile. Use this to associate a profile
                with a user in your system.
            name (None | str | Unset): Optional name for the profile
            last_used_at (datetime.datetime | None | Unset): Timestamp when the profile was last used
            cookie_domains (list[str] | None | Unset): List of domain URLs that have cookies stored for this profile
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    cookie_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        cookie_domains: list[str] | None | Unset
        if isinstance(self.cookie_domains, Unset):
            cookie_domains = UNSET
        elif isinstance(self.cookie_domains, list):
            cookie_domains = self.cookie_domains

        else:
            cookie_domains = self.cookie_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if cookie_domains is not UNSET:
            field_dict["cookieDomains"] = cookie_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("lastUsedAt", UNSET))

        def _parse_cookie_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cookie_domains_type_0 = cast(list[str], data)

                return cookie_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cookie_domains = _parse_cookie_domains(d.pop("cookieDomains", UNSET))

        profile_view = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            user_id=user_id,
            name=name,
            last_used_at=last_used_at,
            cookie_domains=cookie_domains,
        )

        profile_view.additional_properties = d
        return profile_view

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
