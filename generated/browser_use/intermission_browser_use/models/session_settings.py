from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_country_code import ProxyCountryCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionSettings")


@_attrs_define
class SessionSettings:
    """Session configuration for auto-created sessions.
    These settings only apply when no session_id is provided.

        Attributes:
            profile_id (None | Unset | UUID): Browser profile ID for persistent browser state (cookies, local storage,
                etc.).
            proxy_country_code (None | ProxyCountryCode | Unset): Proxy country code for geo-targeted browsing. Defaults to
                US. Set to null to disable proxy. Default: ProxyCountryCode.US.
            browser_screen_width (int | None | Unset): Custom screen width in pixels for the browser.
            browser_screen_height (int | None | Unset): Custom screen height in pixels for the browser.
            enable_recording (bool | Unset): If True, enables session recording. Defaults to False. Default: False.
    """

    profile_id: None | Unset | UUID = UNSET
    proxy_country_code: None | ProxyCountryCode | Unset = ProxyCountryCode.US
    browser_screen_width: int | None | Unset = UNSET
    browser_screen_height: int | None | Unset = UNSET
    enable_recording: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        elif isinstance(self.profile_id, UUID):
            profile_id = str(self.profile_id)
        else:
            profile_id = self.profile_id

        proxy_country_code: None | str | Unset
        if isinstance(self.proxy_country_code, Unset):
            proxy_country_code = UNSET
        elif isinstance(self.proxy_country_code, ProxyCountryCode):
            proxy_country_code = self.proxy_country_code.value
        else:
            proxy_country_code = self.proxy_country_code

        browser_screen_width: int | None | Unset
        if isinstance(self.browser_screen_width, Unset):
            browser_screen_width = UNSET
        else:
            browser_screen_width = self.browser_screen_width

        browser_screen_height: int | None | Unset
        if isinstance(self.browser_screen_height, Unset):
            browser_screen_height = UNSET
        else:
            browser_screen_height = self.browser_screen_height

        enable_recording = self.enable_recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if proxy_country_code is not UNSET:
            field_dict["proxyCountryCode"] = proxy_country_code
        if browser_screen_width is not UNSET:
            field_dict["browserScreenWidth"] = browser_screen_width
        if browser_screen_height is not UNSET:
            field_dict["browserScreenHeight"] = browser_screen_height
        if enable_recording is not UNSET:
            field_dict["enableRecording"] = enable_recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_profile_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profile_id_type_0 = UUID(data)

                return profile_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        profile_id = _parse_profile_id(d.pop("profileId", UNSET))

        def _parse_proxy_country_code(data: object) -> None | ProxyCountryCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proxy_country_code_type_0 = ProxyCountryCode(data)

                return proxy_country_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProxyCountryCode | Unset, data)

        proxy_country_code = _parse_proxy_country_code(d.pop("proxyCountryCode", UNSET))

        def _parse_browser_screen_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        browser_screen_width = _parse_browser_screen_width(d.pop("browserScreenWidth", UNSET))

        def _parse_browser_screen_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        browser_screen_height = _parse_browser_screen_height(d.pop("browserScreenHeight", UNSET))

        enable_recording = d.pop("enableRecording", UNSET)

        session_settings = cls(
            profile_id=profile_id,
            proxy_country_code=proxy_country_code,
            browser_screen_width=browser_screen_width,
            browser_screen_height=browser_screen_height,
            enable_recording=enable_recording,
        )

        session_settings.additional_properties = d
        return session_settings

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
