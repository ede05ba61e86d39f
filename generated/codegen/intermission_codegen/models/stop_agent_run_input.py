from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopAgentRunInput")


@_attrs_define
class StopAgentRunInput:
    """
    Attributes:
        agent_run_id (int):
        before_card_order_id (None | str | Unset): Kanban order key of the card that should come before this agent run
            in the CANCELLED column
        after_card_order_id (None | str | Unset): Kanban order key of the card that should come after this agent run in
            the CANCELLED column
    """

    agent_run_id: int
    before_card_order_id: None | str | Unset = UNSET
    after_card_order_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_run_id = self.agent_run_id

        before_card_order_id: None | str | Unset
        if isinstance(self.before_card_order_id, Unset):
            before_card_order_id = UNSET
        else:
            before_card_order_id = self.before_card_order_id

        after_card_order_id: None | str | Unset
        if isinstance(self.after_card_order_id, Unset):
            after_card_order_id = UNSET
        else:
            after_card_order_id = self.after_card_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_run_id": agent_run_id,
            }
        )
        if before_card_order_id is not UNSET:
            field_dict["before_card_order_id"] = before_card_order_id
        if after_card_order_id is not UNSET:
            field_dict["after_card_order_id"] = after_card_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_run_id = d.pop("agent_run_id")

        def _parse_before_card_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        before_card_order_id = _parse_before_card_order_id(d.pop("before_card_order_id", UNSET))

        def _parse_after_card_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after_card_order_id = _parse_after_card_order_id(d.pop("after_card_order_id", UNSET))

        stop_agent_run_input = cls(
            agent_run_id=agent_run_id,
            before_card_order_id=before_card_order_id,
            after_card_order_id=after_card_order_id,
        )

        stop_agent_run_input.additional_properties = d
        return stop_agent_run_input

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
