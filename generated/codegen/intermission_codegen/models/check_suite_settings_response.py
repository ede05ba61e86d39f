from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.check_suite_settings_response_check_retry_counts import CheckSuiteSettingsResponseCheckRetryCounts
    from ..models.check_suite_settings_response_custom_prompts import CheckSuiteSettingsResponseCustomPrompts


T = TypeVar("T", bound="CheckSuiteSettingsResponse")


@_attrs_define
class CheckSuiteSettingsResponse:
    """Response model for check suite settings.

    Attributes:
        check_retry_count (int):
        ignored_checks (list[str]):
        check_retry_counts (CheckSuiteSettingsResponseCheckRetryCounts):
        custom_prompts (CheckSuiteSettingsResponseCustomPrompts):
        high_priority_apps (list[str]):
        available_check_suite_names (list[str]):
    """

    check_retry_count: int
    ignored_checks: list[str]
    check_retry_counts: CheckSuiteSettingsResponseCheckRetryCounts
    custom_prompts: CheckSuiteSettingsResponseCustomPrompts
    high_priority_apps: list[str]
    available_check_suite_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_retry_count = self.check_retry_count

        ignored_checks = self.ignored_checks

        check_retry_counts = self.check_retry_counts.to_dict()

        custom_prompts = self.custom_prompts.to_dict()

        high_priority_apps = self.high_priority_apps

        available_check_suite_names = self.available_check_suite_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check_retry_count": check_retry_count,
                "ignored_checks": ignored_checks,
                "check_retry_counts": check_retry_counts,
                "custom_prompts": custom_prompts,
                "high_priority_apps": high_priority_apps,
                "available_check_suite_names": available_check_suite_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_suite_settings_response_check_retry_counts import CheckSuiteSettingsResponseCheckRetryCounts  # noqa: PLC0415
        from ..models.check_suite_settings_response_custom_prompts import CheckSuiteSettingsResponseCustomPrompts  # noqa: PLC0415

        d = dict(src_dict)
        check_retry_count = d.pop("check_retry_count")

        ignored_checks = cast(list[str], d.pop("ignored_checks"))

        check_retry_counts = CheckSuiteSettingsResponseCheckRetryCounts.from_dict(d.pop("check_retry_counts"))

        custom_prompts = CheckSuiteSettingsResponseCustomPrompts.from_dict(d.pop("custom_prompts"))

        high_priority_apps = cast(list[str], d.pop("high_priority_apps"))

        available_check_suite_names = cast(list[str], d.pop("available_check_suite_names"))

        check_suite_settings_response = cls(
            check_retry_count=check_retry_count,
            ignored_checks=ignored_checks,
            check_retry_counts=check_retry_counts,
            custom_prompts=custom_prompts,
            high_priority_apps=high_priority_apps,
            available_check_suite_names=available_check_suite_names,
        )

        check_suite_settings_response.additional_properties = d
        return check_suite_settings_response

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
