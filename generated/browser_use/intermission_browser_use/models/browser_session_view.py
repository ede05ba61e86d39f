from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.browser_session_status import BrowserSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserSessionView")


@_attrs_define
class BrowserSessionView:
    """View model for representing a browser session.

    Attributes:
        id (UUID): Unique identifier for the session
        status (BrowserSessionStatus): Enumeration of possible browser session states

            Attributes:
                ACTIVE: Session is currently active and running (browser is running)
                STOPPED: Session has been stopped and is no longer active (browser is stopped)
        timeout_at (datetime.datetime): Timestamp when the session will timeout
        started_at (datetime.datetime): Timestamp when the session was created and started
        live_url (None | str | Unset): URL where the browser can be viewed live in real-time
        cdp_url (None | str | Unset): Chrome DevTools Protocol URL for browser automation
        finished_at (datetime.datetime | None | Unset): Timestamp when the session was stopped (None if still active)
        proxy_used_mb (str | Unset): Amount of proxy data used in MB Default: '0'.
        proxy_cost (str | Unset): Cost of proxy usage in USD Default: '0'.
        browser_cost (str | Unset): Cost of browser session hosting in USD Default: '0'.
        agent_session_id (None | Unset | UUID): ID of the agent session that created this browser (None for standalone
            BaaS sessions)
        recording_url (None | str | Unset): Presigned URL to download the session recording (available after session
            ends, if recording was enabled)
    """

    id: UUID
    status: BrowserSessionStatus
    timeout_at: datetime.datetime
    started_at: datetime.datetime
    live_url: None | str | Unset = UNSET
    cdp_url: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    proxy_used_mb: str | Unset = "0"
    proxy_cost: str | Unset = "0"
    browser_cost: str | Unset = "0"
    agent_session_id: None | Unset | UUID = UNSET
    recording_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        timeout_at = self.timeout_at.isoformat()

        started_at = self.started_at.isoformat()

        live_url: None | str | Unset
        if isinstance(self.live_url, Unset):
            live_url = UNSET
        else:
            live_url = self.live_url

        cdp_url: None | str | Unset
        if isinstance(self.cdp_url, Unset):
            cdp_url = UNSET
        else:
            cdp_url = self.cdp_url

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        proxy_used_mb = self.proxy_used_mb

        proxy_cost = self.proxy_cost

        browser_cost = self.browser_cost

        agent_session_id: None | str | Unset
        if isinstance(self.agent_session_id, Unset):
            agent_session_id = UNSET
        elif isinstance(self.agent_session_id, UUID):
            agent_session_id = str(self.agent_session_id)
        else:
            agent_session_id = self.agent_session_id

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "timeoutAt": timeout_at,
                "startedAt": started_at,
            }
        )
        if live_url is not UNSET:
            field_dict["liveUrl"] = live_url
        if cdp_url is not UNSET:
            field_dict["cdpUrl"] = cdp_url
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if proxy_used_mb is not UNSET:
            field_dict["proxyUsedMb"] = proxy_used_mb
        if proxy_cost is not UNSET:
            field_dict["proxyCost"] = proxy_cost
        if browser_cost is not UNSET:
            field_dict["browserCost"] = browser_cost
        if agent_session_id is not UNSET:
            field_dict["agentSessionId"] = agent_session_id
        if recording_url is not UNSET:
            field_dict["recordingUrl"] = recording_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = BrowserSessionStatus(d.pop("status"))

        timeout_at = datetime.datetime.fromisoformat(d.pop("timeoutAt"))

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        def _parse_live_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        live_url = _parse_live_url(d.pop("liveUrl", UNSET))

        def _parse_cdp_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cdp_url = _parse_cdp_url(d.pop("cdpUrl", UNSET))

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

        browser_cost = d.pop("browserCost", UNSET)

        def _parse_agent_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_session_id_type_0 = UUID(data)

                return agent_session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agent_session_id = _parse_agent_session_id(d.pop("agentSessionId", UNSET))

        def _parse_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_url = _parse_recording_url(d.pop("recordingUrl", UNSET))

        browser_session_view = cls(
            id=id,
            status=status,
            timeout_at=timeout_at,
            started_at=started_at,
            live_url=live_url,
            cdp_url=cdp_url,
            finished_at=finished_at,
            proxy_used_mb=proxy_used_mb,
            proxy_cost=proxy_cost,
            browser_cost=browser_cost,
            agent_session_id=agent_session_id,
            recording_url=recording_url,
        )

        browser_session_view.additional_properties = d
        return browser_session_view

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
