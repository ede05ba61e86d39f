from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareView")


@_attrs_define
class ShareView:
    """View model for representing a public share of a session.

    Attributes:
        share_token (str): Token to access the public share
        share_url (str): URL to access the public share
        view_count (int): Number of times the public share has been viewed
        last_viewed_at (datetime.datetime | None | Unset): Timestamp of the last time the public share was viewed (None
            if never viewed)
    """

    share_token: str
    share_url: str
    view_count: int
    last_viewed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_token = self.share_token

        share_url = self.share_url

        view_count = self.view_count

        last_viewed_at: None | str | Unset
        if isinstance(self.last_viewed_at, Unset):
            last_viewed_at = UNSET
        elif isinstance(self.last_viewed_at, datetime.datetime):
            last_viewed_at = self.last_viewed_at.isoformat()
        else:
            last_viewed_at = self.last_viewed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shareToken": share_token,
                "shareUrl": share_url,
                "viewCount": view_count,
            }
        )
        if last_viewed_at is not UNSET:
            field_dict["lastViewedAt"] = last_viewed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share_token = d.pop("shareToken")

        share_url = d.pop("shareUrl")

        view_count = d.pop("viewCount")

        def _parse_last_viewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_viewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_viewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_viewed_at = _parse_last_viewed_at(d.pop("lastViewedAt", UNSET))

        share_view = cls(
            share_token=share_token,
            share_url=share_url,
            view_count=view_count,
            last_viewed_at=last_viewed_at,
        )

        share_view.additional_properties = d
        return share_view

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
