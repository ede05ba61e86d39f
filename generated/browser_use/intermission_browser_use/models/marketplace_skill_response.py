from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_category import SkillCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketplace_skill_response_output_schema import MarketplaceSkillResponseOutputSchema
    from ..models.parameter_schema import ParameterSchema


T = TypeVar("T", bound="MarketplaceSkillResponse")


@_attrs_define
class MarketplaceSkillResponse:
    """Skill information returned by the API.

    Attributes:
        id (UUID): Unique identifier for the skill
        slug (str): URL-friendly slug for the skill
        title (str): Title of the skill (shows up in the public view)
        description (str): Description of the skill (shows up in the public view)
        categories (list[SkillCategory]): Categories of the skill
        domains (list[str]): Domains/websites this skill interacts with
        parameters (list[ParameterSchema]): Input parameters of the skill
        output_schema (MarketplaceSkillResponseOutputSchema): Output schema of the skill
        current_version (int | None): Current version of the skill
        is_official (bool): Whether the skill is official (verified by Browser Use)
        clone_count (int): Number of times this skill has been cloned
        first_published_at (datetime.datetime): When the skill was first published
        last_published_at (datetime.datetime): When the skill was last published
        created_at (datetime.datetime): Creation timestamp
        updated_at (datetime.datetime): Last update timestamp
        icon_url (None | str | Unset): URL of the custom skill icon
    """

    id: UUID
    slug: str
    title: str
    description: str
    categories: list[SkillCategory]
    domains: list[str]
    parameters: list[ParameterSchema]
    output_schema: MarketplaceSkillResponseOutputSchema
    current_version: int | None
    is_official: bool
    clone_count: int
    first_published_at: datetime.datetime
    last_published_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    icon_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        slug = self.slug

        title = self.title

        description = self.description

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        domains = self.domains

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        output_schema = self.output_schema.to_dict()

        current_version: int | None
        current_version = self.current_version

        is_official = self.is_official

        clone_count = self.clone_count

        first_published_at = self.first_published_at.isoformat()

        last_published_at = self.last_published_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "title": title,
                "description": description,
                "categories": categories,
                "domains": domains,
                "parameters": parameters,
                "outputSchema": output_schema,
                "currentVersion": current_version,
                "isOfficial": is_official,
                "cloneCount": clone_count,
                "firstPublishedAt": first_published_at,
                "lastPublishedAt": last_published_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_skill_response_output_schema import MarketplaceSkillResponseOutputSchema  # noqa: PLC0415
        from ..models.parameter_schema import ParameterSchema  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        slug = d.pop("slug")

        title = d.pop("title")

        description = d.pop("description")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = SkillCategory(categories_item_data)

            categories.append(categories_item)

        domains = cast(list[str], d.pop("domains"))

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = ParameterSchema.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        output_schema = MarketplaceSkillResponseOutputSchema.from_dict(d.pop("outputSchema"))

        def _parse_current_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_version = _parse_current_version(d.pop("currentVersion"))

        is_official = d.pop("isOfficial")

        clone_count = d.pop("cloneCount")

        first_published_at = datetime.datetime.fromisoformat(d.pop("firstPublishedAt"))

        last_published_at = datetime.datetime.fromisoformat(d.pop("lastPublishedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_url = _parse_icon_url(d.pop("iconUrl", UNSET))

        marketplace_skill_response = cls(
            id=id,
            slug=slug,
            title=title,
            description=description,
            categories=categories,
            domains=domains,
            parameters=parameters,
            output_schema=output_schema,
            current_version=current_version,
            is_official=is_official,
            clone_count=clone_count,
            first_published_at=first_published_at,
            last_published_at=last_published_at,
            created_at=created_at,
            updated_at=updated_at,
            icon_url=icon_url,
        )

        marketplace_skill_response.additional_properties = d
        return marketplace_skill_response

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
