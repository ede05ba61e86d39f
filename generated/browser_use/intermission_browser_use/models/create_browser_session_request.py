from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_country_code import ProxyCountryCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_proxy import CustomProxy


T = TypeVar("T", bound="CreateBrowserSessionRequest")


@_attrs_define
class CreateBrowserSessionRequest:
    """Request model for creating a browser session.

    Attributes:
        profile_id (None | Unset | UUID): The ID of the profile to use for the session
        proxy_country_code (None | ProxyCountryCode | Unset): Country code for proxy location. Defaults to US. Set to
            null to disable proxy. Default: ProxyCountryCode.US.
        timeout (int | Unset): The timeout for the session in minutes. All users can use up to 240 minutes (4 hours).
            Browser sessions are charged $0.02/hour. Default: 60.
        browser_screen_width (int | None | Unset): Custom screen width in pixels for the browser.
        browser_screen_height (int | None | Unset): Custom screen height in pixels for the browser.
        allow_resizing (bool | Unset): Whether to allow the browser to be resized during the session (not recommended
            since it reduces stealthiness). Default: False.
        custom_proxy (CustomProxy | None | Unset): Custom proxy settings to use for the session. If not provided, our
            proxies will be used. Custom proxies are available on any active subscription.
        enable_recording (bool | Unset): If True, enables session recording. Defaults to False. Default: False.
    """

    profile_id: None | Unset | UUID = UNSET
    proxy_country_code: None | ProxyCountryCode | Unset = ProxyCountryCode.US
    timeout: int | Unset = 60
    browser_screen_width: int | None | Unset = UNSET
    browser_screen_height: int | None | Unset = UNSET
    allow_resizing: bool | Unset = False
    custom_proxy: CustomProxy | None | Unset = UNSET
    enable_recording: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_proxy import CustomProxy  # noqa: PLC0415

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

        timeout = self.timeout

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

        allow_resizing = self.allow_resizing

        custom_proxy: dict[str, Any] | None | Unset
        if isinstance(self.custom_proxy, Unset):
            custom_proxy = UNSET
        elif isinstance(self.custom_proxy, CustomProxy):
            custom_proxy = self.custom_proxy.to_dict()
        else:
            custom_proxy = self.custom_proxy

        enable_recording = self.enable_recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if proxy_country_code is not UNSET:
            field_dict["proxyCountryCode"] = proxy_country_code
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if browser_screen_width is not UNSET:
            field_dict["browserScreenWidth"] = browser_screen_width
        if browser_screen_height is not UNSET:
            field_dict["browserScreenHeight"] = browser_screen_height
        if allow_resizing is not UNSET:
            field_dict["allowResizing"] = allow_resizing
        if custom_proxy is not UNSET:
            field_dict["customProxy"] = custom_proxy
        if enable_recording is not UNSET:
            field_dict["enableRecording"] = enable_recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_proxy import CustomProxy  # noqa: PLC0415

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

        timeout = d.pop("timeout", UNSET)

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

        allow_resizing = d.pop("allowResizing", UNSET)

        def _parse_custom_proxy(data: object) -> CustomProxy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_proxy_type_0 = CustomProxy.from_dict(data)

                return custom_proxy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomProxy | None | Unset, data)

        custom_proxy = _parse_custom_proxy(d.pop("customProxy", UNSET))

        enable_recording = d.pop("enableRecording", UNSET)

        create_browser_session_request = cls(
            profile_id=profile_id,
            proxy_country_code=proxy_country_code,
            timeout=timeout,
            browser_screen_width=browser_screen_width,
            browser_screen_height=browser_screen_height,
            allow_resizing=allow_resizing,
            custom_proxy=custom_proxy,
            enable_recording=enable_recording,
        )

        create_browser_session_request.additional_properties = d
        return create_browser_session_request

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
