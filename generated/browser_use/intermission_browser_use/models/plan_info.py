from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanInfo")


@_attrs_define
class PlanInfo:
    """View model for plan information

    Attributes:
        plan_name (str): The name of the plan
        subscription_status (None | str): The status of the subscription
        subscription_id (None | str): The ID of the subscription
        subscription_current_period_end (None | str): The end of the current period
        subscription_canceled_at (None | str): The date the subscription was canceled
    """

    plan_name: str
    subscription_status: None | str
    subscription_id: None | str
    subscription_current_period_end: None | str
    subscription_canceled_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_name = self.plan_name

        subscription_status: None | str
        subscription_status = self.subscription_status

        subscription_id: None | str
        subscription_id = self.subscription_id

        subscription_current_period_end: None | str
        subscription_current_period_end = self.subscription_current_period_end

        subscription_canceled_at: None | str
        subscription_canceled_at = self.subscription_canceled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planName": plan_name,
                "subscriptionStatus": subscription_status,
                "subscriptionId": subscription_id,
                "subscriptionCurrentPeriodEnd": subscription_current_period_end,
                "subscriptionCanceledAt": subscription_canceled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_name = d.pop("planName")

        def _parse_subscription_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subscription_status = _parse_subscription_status(d.pop("subscriptionStatus"))

        def _parse_subscription_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subscription_id = _parse_subscription_id(d.pop("subscriptionId"))

        def _parse_subscription_current_period_end(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subscription_current_period_end = _parse_subscription_current_period_end(d.pop("subscriptionCurrentPeriodEnd"))

        def _parse_subscription_canceled_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subscription_canceled_at = _parse_subscription_canceled_at(d.pop("subscriptionCanceledAt"))

        plan_info = cls(
            plan_name=plan_name,
            subscription_status=subscription_status,
            subscription_id=subscription_id,
            subscription_current_period_end=subscription_current_period_end,
            subscription_canceled_at=subscription_canceled_at,
        )

        plan_info.additional_properties = d
        return plan_info

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
