from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_info import PlanInfo


T = TypeVar("T", bound="AccountView")


@_attrs_define
class AccountView:
    """View model for account information.

    Attributes:
        total_credits_balance_usd (float): The total credits balance in USD
        monthly_credits_balance_usd (float): Monthly subscription credits balance in USD
        additional_credits_balance_usd (float): Additional top-up credits balance in USD
        rate_limit (int): The rate limit for the account
        plan_info (PlanInfo): View model for plan information
        project_id (UUID): The ID of the project
        name (None | str | Unset): The name of the user
        is_free_tier (bool | Unset): Whether the account is on the free tier Default: False.
    """

    total_credits_balance_usd: float
    monthly_credits_balance_usd: float
    additional_credits_balance_usd: float
    rate_limit: int
    plan_info: PlanInfo
    project_id: UUID
    name: None | str | Unset = UNSET
    is_free_tier: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_credits_balance_usd = self.total_credits_balance_usd

        monthly_credits_balance_usd = self.monthly_credits_balance_usd

        additional_credits_balance_usd = self.additional_credits_balance_usd

        rate_limit = self.rate_limit

        plan_info = self.plan_info.to_dict()

        project_id = str(self.project_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_free_tier = self.is_free_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCreditsBalanceUsd": total_credits_balance_usd,
                "monthlyCreditsBalanceUsd": monthly_credits_balance_usd,
                "additionalCreditsBalanceUsd": additional_credits_balance_usd,
                "rateLimit": rate_limit,
                "planInfo": plan_info,
                "projectId": project_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_free_tier is not UNSET:
            field_dict["isFreeTier"] = is_free_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_info import PlanInfo  # noqa: PLC0415

        d = dict(src_dict)
        total_credits_balance_usd = d.pop("totalCreditsBalanceUsd")

        monthly_credits_balance_usd = d.pop("monthlyCreditsBalanceUsd")

        additional_credits_balance_usd = d.pop("additionalCreditsBalanceUsd")

        rate_limit = d.pop("rateLimit")

        plan_info = PlanInfo.from_dict(d.pop("planInfo"))

        project_id = UUID(d.pop("projectId"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        is_free_tier = d.pop("isFreeTier", UNSET)

        account_view = cls(
            total_credits_balance_usd=total_credits_balance_usd,
            monthly_credits_balance_usd=monthly_credits_balance_usd,
            additional_credits_balance_usd=additional_credits_balance_usd,
            rate_limit=rate_limit,
            plan_info=plan_info,
            project_id=project_id,
            name=name,
            is_free_tier=is_free_tier,
        )

        account_view.additional_properties = d
        return account_view

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
