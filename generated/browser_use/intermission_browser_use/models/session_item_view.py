from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionItemView")


@_attrs_define
class SessionItemView:
    """View model for representing a (browser) session.

    Attributes:
        id (UUID): Unique identifier for the session
        status (SessionStatus): Enumeration of possible agent session states

            Attributes:
                ACTIVE: Agent session is currently active and running
                STOPPED: Agent session has been stopped and is no longer active
        started_at (datetime.datetime): Timestamp when the session was created and started
        persist_memory (bool): Whether tasks in this session share memory and history with each other
        keep_alive (bool): Whether the browser session stays alive after tasks complete
        live_url (None | str | Unset): URL where the browser can be viewed live in real-time
        recording_url (None | str | Unset): Presigned URL to download the session recording (available after session
            ends, if recording was enabled)
        finished_at (datetime.datetime | None | Unset): Timestamp when the session was stopped (None if still active)
        proxy_used_mb (str | Unset): Amount of proxy data used in MB Default: '0'.
        proxy_cost (str | Unset): Cost of proxy usage in USD Default: '0'.
    """

    id: UUID
    status: SessionStatus
    started_at: datetime.datetime
    persist_memory: bool
    keep_alive: bool
    live_url: None | str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    proxy_used_mb: str | Unset = "0"
    proxy_cost: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        started_at = self.started_at.isoformat()

        persist_memory = self.persist_memory

        keep_alive = self.keep_alive

        live_url: None | str | Unset
        if isinstance(self.live_url, Unset):
            live_url = UNSET
        else:
            live_url = self.live_url

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        proxy_used_mb = self.proxy_used_mb

        proxy_cost = self.proxy_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "startedAt": started_at,
                "persistMemory": persist_memory,
                "keepAlive": keep_alive,
            }
        )
        if live_url is not UNSET:
            field_dict["liveUrl"] = live_url
        if recording_url is not UNSET:
            field_dict["recordingUrl"] = recording_url
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if proxy_used_mb is not UNSET:
            field_dict["proxyUsedMb"] = proxy_used_mb
        if proxy_cost is not UNSET:
            field_dict["proxyCost"] = proxy_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = SessionStatus(d.pop("status"))

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        persist_memory = d.pop("persistMemory")

        keep_alive = d.pop("keepAlive")

        def _parse_live_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        live_url = _parse_live_url(d.pop("liveUrl", UNSET))

        def _parse_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_url = _parse_recording_url(d.pop("recordingUrl", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        proxy_used_mb = d.pop("proxyUsedMb", UNSET)

        proxy_cost = d.pop("proxyCost", UNSET)

        session_item_view = cls(
            id=id,
            status=status,
            started_at=started_at,
            persist_memory=persist_memory,
            keep_alive=keep_alive,
            live_url=live_url,
            recording_url=recording_url,
            finished_at=finished_at,
            proxy_used_mb=proxy_used_mb,
            proxy_cost=proxy_cost,
        )

        session_item_view.additional_properties = d
        return session_item_view

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
