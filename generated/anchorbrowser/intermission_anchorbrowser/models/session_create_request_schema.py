from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_config import BrowserConfig
    from ..models.one_password_integration import OnePasswordIntegration
    from ..models.session_config import SessionConfig
    from ..models.session_create_request_schema_identities_item import SessionCreateRequestSchemaIdentitiesItem


T = TypeVar("T", bound="SessionCreateRequestSchema")


@_attrs_define
class SessionCreateRequestSchema:
    """
    Attributes:
        session (SessionConfig | Unset): Session-related configurations.
        browser (BrowserConfig | Unset): Browser-specific configurations.
        integrations (list[OnePasswordIntegration] | Unset): Array of integrations to load in the browser session.
            Integrations must be previously created using the Integrations API. Example: [{'id':
            '550e8400-e29b-41d4-a716-446655440000', 'type': '1PASSWORD', 'configuration': {'load_mode': 'all'}}].
        identities (list[SessionCreateRequestSchemaIdentitiesItem] | Unset): Activates an authenticated session.
             Example: [{'id': '123e4567-e89b-12d3-a456-426614174000'}].
    """

    session: SessionConfig | Unset = UNSET
    browser: BrowserConfig | Unset = UNSET
    integrations: list[OnePasswordIntegration] | Unset = UNSET
    identities: list[SessionCreateRequestSchemaIdentitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        browser: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser, Unset):
            browser = self.browser.to_dict()

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if browser is not UNSET:
            field_dict["browser"] = browser
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if identities is not UNSET:
            field_dict["identities"] = identities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_config import BrowserConfig  # noqa: PLC0415
        from ..models.one_password_integration import OnePasswordIntegration  # noqa: PLC0415
        from ..models.session_config import SessionConfig  # noqa: PLC0415
        from ..models.session_create_request_schema_identities_item import SessionCreateRequestSchemaIdentitiesItem  # noqa: PLC0415

        d = dict(src_dict)
        _session = d.pop("session", UNSET)
        session: SessionConfig | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = SessionConfig.from_dict(_session)

        _browser = d.pop("browser", UNSET)
        browser: BrowserConfig | Unset
        if isinstance(_browser, Unset):
            browser = UNSET
        else:
            browser = BrowserConfig.from_dict(_browser)

        _integrations = d.pop("integrations", UNSET)
        integrations: list[OnePasswordIntegration] | Unset = UNSET
        if _integrations is not UNSET:
            integrations = []
            for integrations_item_data in _integrations:
                integrations_item = OnePasswordIntegration.from_dict(integrations_item_data)

                integrations.append(integrations_item)

        _identities = d.pop("identities", UNSET)
        identities: list[SessionCreateRequestSchemaIdentitiesItem] | Unset = UNSET
        if _identities is not UNSET:
            identities = []
            for identities_item_data in _identities:
                identities_item = SessionCreateRequestSchemaIdentitiesItem.from_dict(identities_item_data)

                identities.append(identities_item)

        session_create_request_schema = cls(
            session=session,
            browser=browser,
            integrations=integrations,
            identities=identities,
        )

        session_create_request_schema.additional_properties = d
        return session_create_request_schema

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
