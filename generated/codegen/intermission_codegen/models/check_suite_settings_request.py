from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_suite_settings_request_check_retry_counts_type_0 import (
        CheckSuiteSettingsRequestCheckRetryCountsType0,
    )
    from ..models.check_suite_settings_request_custom_prompts_type_0 import CheckSuiteSettingsRequestCustomPromptsType0


T = TypeVar("T", bound="CheckSuiteSettingsRequest")


@_attrs_define
class CheckSuiteSettingsRequest:
    """Request model for updating check suite settings.

    Attributes:
        check_retry_count (int | None | Unset): Global retry count for failed checks
        ignored_checks (list[str] | None | Unset): List of check names to ignore
        check_retry_counts (CheckSuiteSettingsRequestCheckRetryCountsType0 | None | Unset): Per-check retry counts
        custom_prompts (CheckSuiteSettingsRequestCustomPromptsType0 | None | Unset): Custom prompts per check
        high_priority_apps (list[str] | None | Unset): Apps that trigger immediate processing on failure
    """

    check_retry_count: int | None | Unset = UNSET
    ignored_checks: list[str] | None | Unset = UNSET
    check_retry_counts: CheckSuiteSettingsRequestCheckRetryCountsType0 | None | Unset = UNSET
    custom_prompts: CheckSuiteSettingsRequestCustomPromptsType0 | None | Unset = UNSET
    high_priority_apps: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.check_suite_settings_request_check_retry_counts_type_0 import (
            CheckSuiteSettingsRequestCheckRetryCountsType0,  # noqa: PLC0415
        )
        from ..models.check_suite_settings_request_custom_prompts_type_0 import (
            CheckSuiteSettingsRequestCustomPromptsType0,  # noqa: PLC0415
        )

        check_retry_count: int | None | Unset
        if isinstance(self.check_retry_count, Unset):
            check_retry_count = UNSET
        else:
            check_retry_count = self.check_retry_count

        ignored_checks: list[str] | None | Unset
        if isinstance(self.ignored_checks, Unset):
            ignored_checks = UNSET
        elif isinstance(self.ignored_checks, list):
            ignored_checks = self.ignored_checks

        else:
            ignored_checks = self.ignored_checks

        check_retry_counts: dict[str, Any] | None | Unset
        if isinstance(self.check_retry_counts, Unset):
            check_retry_counts = UNSET
        elif isinstance(self.check_retry_counts, CheckSuiteSettingsRequestCheckRetryCountsType0):
            check_retry_counts = self.check_retry_counts.to_dict()
        else:
            check_retry_counts = self.check_retry_counts

        custom_prompts: dict[str, Any] | None | Unset
        if isinstance(self.custom_prompts, Unset):
            custom_prompts = UNSET
        elif isinstance(self.custom_prompts, CheckSuiteSettingsRequestCustomPromptsType0):
            custom_prompts = self.custom_prompts.to_dict()
        else:
            custom_prompts = self.custom_prompts

        high_priority_apps: list[str] | None | Unset
        if isinstance(self.high_priority_apps, Unset):
            high_priority_apps = UNSET
        elif isinstance(self.high_priority_apps, list):
            high_priority_apps = self.high_priority_apps

        else:
            high_priority_apps = self.high_priority_apps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_retry_count is not UNSET:
            field_dict["check_retry_count"] = check_retry_count
        if ignored_checks is not UNSET:
            field_dict["ignored_checks"] = ignored_checks
        if check_retry_counts is not UNSET:
            field_dict["check_retry_counts"] = check_retry_counts
        if custom_prompts is not UNSET:
            field_dict["custom_prompts"] = custom_prompts
        if high_priority_apps is not UNSET:
            field_dict["high_priority_apps"] = high_priority_apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_suite_settings_request_check_retry_counts_type_0 import (
            CheckSuiteSettingsRequestCheckRetryCountsType0,  # noqa: PLC0415
        )
        from ..models.check_suite_settings_request_custom_prompts_type_0 import (
            CheckSuiteSettingsRequestCustomPromptsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_check_retry_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        check_retry_count = _parse_check_retry_count(d.pop("check_retry_count", UNSET))

        def _parse_ignored_checks(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignored_checks_type_0 = cast(list[str], data)

                return ignored_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ignored_checks = _parse_ignored_checks(d.pop("ignored_checks", UNSET))

        def _parse_check_retry_counts(data: object) -> CheckSuiteSettingsRequestCheckRetryCountsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                check_retry_counts_type_0 = CheckSuiteSettingsRequestCheckRetryCountsType0.from_dict(data)

                return check_retry_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckSuiteSettingsRequestCheckRetryCountsType0 | None | Unset, data)

        check_retry_counts = _parse_check_retry_counts(d.pop("check_retry_counts", UNSET))

        def _parse_custom_prompts(data: object) -> CheckSuiteSettingsRequestCustomPromptsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_prompts_type_0 = CheckSuiteSettingsRequestCustomPromptsType0.from_dict(data)

                return custom_prompts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckSuiteSettingsRequestCustomPromptsType0 | None | Unset, data)

        custom_prompts = _parse_custom_prompts(d.pop("custom_prompts", UNSET))

        def _parse_high_priority_apps(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                high_priority_apps_type_0 = cast(list[str], data)

                return high_priority_apps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        high_priority_apps = _parse_high_priority_apps(d.pop("high_priority_apps", UNSET))

        check_suite_settings_request = cls(
            check_retry_count=check_retry_count,
            ignored_checks=ignored_checks,
            check_retry_counts=check_retry_counts,
            custom_prompts=custom_prompts,
            high_priority_apps=high_priority_apps,
        )

        check_suite_settings_request.additional_properties = d
        return check_suite_settings_request

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
