from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_task_request_language import DraftTaskRequestLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_config import SessionConfig


T = TypeVar("T", bound="DraftTaskRequest")


@_attrs_define
class DraftTaskRequest:
    """
    Attributes:
        code (str): Base64 encoded task code
        language (DraftTaskRequestLanguage | Unset): Programming language for the task
        description (str | Unset): Optional description of the version
        browser_configuration (SessionConfig | Unset): Session-related configurations.
    """

    code: str
    language: DraftTaskRequestLanguage | Unset = UNSET
    description: str | Unset = UNSET
    browser_configuration: SessionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        description = self.description

        browser_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_configuration, Unset):
            browser_configuration = self.browser_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description
        if browser_configuration is not UNSET:
            field_dict["browserConfiguration"] = browser_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_config import SessionConfig  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        _language = d.pop("language", UNSET)
        language: DraftTaskRequestLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DraftTaskRequestLanguage(_language)

        description = d.pop("description", UNSET)

        _browser_configuration = d.pop("browserConfiguration", UNSET)
        browser_configuration: SessionConfig | Unset
        if isinstance(_browser_configuration, Unset):
            browser_configuration = UNSET
        else:
            browser_configuration = SessionConfig.from_dict(_browser_configuration)

        draft_task_request = cls(
            code=code,
            language=language,
            description=description,
            browser_configuration=browser_configuration,
        )

        draft_task_request.additional_properties = d
        return draft_task_request

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
