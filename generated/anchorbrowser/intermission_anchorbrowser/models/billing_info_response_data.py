from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingInfoResponseData")


@_attrs_define
class BillingInfoResponseData:
    """
    Attributes:
        credits_ (float): Available credit balance for the authenticated project.
        credits_used (float): Credits used in the current billing period.
        included_credits (float): Credits included in the current tier before overage.
        billing_period (str): Current billing period in YYYY-MM format.
        tier (str): Billing tier for the project.
        gifts_balance (float | Unset): Available gift or prepaid credit balance before applicable overage.
        max_concurrent_browsers (float | Unset): Maximum concurrent browser sessions allowed for the project. `-1` means
            unlimited.
        cost_limit (float | None | Unset): Optional configured credit spend limit for the project.
    """

    credits_: float
    credits_used: float
    included_credits: float
    billing_period: str
    tier: str
    gifts_balance: float | Unset = UNSET
    max_concurrent_browsers: float | Unset = UNSET
    cost_limit: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        credits_used = self.credits_used

        included_credits = self.included_credits

        billing_period = self.billing_period

        tier = self.tier

        gifts_balance = self.gifts_balance

        max_concurrent_browsers = self.max_concurrent_browsers

        cost_limit: float | None | Unset
        if isinstance(self.cost_limit, Unset):
            cost_limit = UNSET
        else:
            cost_limit = self.cost_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
                "credits_used": credits_used,
                "included_credits": included_credits,
                "billing_period": billing_period,
                "tier": tier,
            }
        )
        if gifts_balance is not UNSET:
            field_dict["gifts_balance"] = gifts_balance
        if max_concurrent_browsers is not UNSET:
            field_dict["max_concurrent_browsers"] = max_concurrent_browsers
        if cost_limit is not UNSET:
            field_dict["cost_limit"] = cost_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits")

        credits_used = d.pop("credits_used")

        included_credits = d.pop("included_credits")

        billing_period = d.pop("billing_period")

        tier = d.pop("tier")

        gifts_balance = d.pop("gifts_balance", UNSET)

        max_concurrent_browsers = d.pop("max_concurrent_browsers", UNSET)

        def _parse_cost_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_limit = _parse_cost_limit(d.pop("cost_limit", UNSET))

        billing_info_response_data = cls(
            credits_=credits_,
            credits_used=credits_used,
            included_credits=included_credits,
            billing_period=billing_period,
            tier=tier,
            gifts_balance=gifts_balance,
            max_concurrent_browsers=max_concurrent_browsers,
            cost_limit=cost_limit,
        )

        billing_info_response_data.additional_properties = d
        return billing_info_response_data

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
