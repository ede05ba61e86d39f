from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor_proxy import AnchorProxy
    from ..models.custom_proxy import CustomProxy
    from ..models.session_config_live_view import SessionConfigLiveView
    from ..models.session_config_recording import SessionConfigRecording
    from ..models.session_config_timeout import SessionConfigTimeout


T = TypeVar("T", bound="SessionConfig")


@_attrs_define
class SessionConfig:
    """Session-related configurations.

    Attributes:
        initial_url (str | Unset): The URL to navigate to when the browser session starts. If not provided, the browser
            will load an empty page.
        tags (list[str] | Unset): Custom labels to categorize and identify browser sessions. Useful for filtering,
            organizing, and tracking sessions across your workflows. Example: ['production', 'scraping', 'customer-123'].
        recording (SessionConfigRecording | Unset): Configuration for session recording.
        proxy (AnchorProxy | CustomProxy | Unset): Proxy Documentation available at [Proxy
            Documentation](/advanced/proxy)
        timeout (SessionConfigTimeout | Unset): Timeout configurations for the browser session.
        live_view (SessionConfigLiveView | Unset): Configuration for live viewing the browser session.
    """

    initial_url: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    recording: SessionConfigRecording | Unset = UNSET
    proxy: AnchorProxy | CustomProxy | Unset = UNSET
    timeout: SessionConfigTimeout | Unset = UNSET
    live_view: SessionConfigLiveView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anchor_proxy import AnchorProxy  # noqa: PLC0415

        initial_url = self.initial_url

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recording: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording, Unset):
            recording = self.recording.to_dict()

        proxy: dict[str, Any] | Unset
        if isinstance(self.proxy, Unset):
            proxy = UNSET
        elif isinstance(self.proxy, AnchorProxy):
            proxy = self.proxy.to_dict()
        else:
            proxy = self.proxy.to_dict()

        timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout.to_dict()

        live_view: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_view, Unset):
            live_view = self.live_view.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if initial_url is not UNSET:
            field_dict["initial_url"] = initial_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if recording is not UNSET:
            field_dict["recording"] = recording
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if live_view is not UNSET:
            field_dict["live_view"] = live_view

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anchor_proxy import AnchorProxy  # noqa: PLC0415
        from ..models.custom_proxy import CustomProxy  # noqa: PLC0415
        from ..models.session_config_live_view import SessionConfigLiveView  # noqa: PLC0415
        from ..models.session_config_recording import SessionConfigRecording  # noqa: PLC0415
        from ..models.session_config_timeout import SessionConfigTimeout  # noqa: PLC0415

        d = dict(src_dict)
        initial_url = d.pop("initial_url", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _recording = d.pop("recording", UNSET)
        recording: SessionConfigRecording | Unset
        if isinstance(_recording, Unset):
            recording = UNSET
        else:
            recording = SessionConfigRecording.from_dict(_recording)

        def _parse_proxy(data: object) -> AnchorProxy | CustomProxy | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_proxy_config_type_0 = AnchorProxy.from_dict(data)

                return componentsschemas_proxy_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_proxy_config_type_1 = CustomProxy.from_dict(data)

            return componentsschemas_proxy_config_type_1

        proxy = _parse_proxy(d.pop("proxy", UNSET))

        _timeout = d.pop("timeout", UNSET)
        timeout: SessionConfigTimeout | Unset
        if isinstance(_timeout, Unset):
            timeout = UNSET
        else:
            timeout = SessionConfigTimeout.from_dict(_timeout)

        _live_view = d.pop("live_view", UNSET)
        live_view: SessionConfigLiveView | Unset
        if isinstance(_live_view, Unset):
            live_view = UNSET
        else:
            live_view = SessionConfigLiveView.from_dict(_live_view)

        session_config = cls(
            initial_url=initial_url,
            tags=tags,
            recording=recording,
            proxy=proxy,
            timeout=timeout,
            live_view=live_view,
        )

        session_config.additional_properties = d
        return session_config

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
