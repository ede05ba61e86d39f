from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_category import SkillCategory
from ..models.skills_generation_status import SkillsGenerationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_schema import ParameterSchema
    from ..models.skill_response_output_schema import SkillResponseOutputSchema


T = TypeVar("T", bound="SkillResponse")


@_attrs_define
class SkillResponse:
    """Skill information returned by the API.

    Attributes:
        id (UUID): Unique identifier for the skill
        title (str): Title of the skill (shows up in the public view)
        description (str): Description of the skill (shows up in the public view)
        categories (list[SkillCategory]): Categories of the skill
        domains (list[str]): Domains/websites this skill interacts with
        status (SkillsGenerationStatus): Status of skill generation.
        parameters (list[ParameterSchema]): Input parameters of the skill
        output_schema (SkillResponseOutputSchema): Output schema of the skill
        is_enabled (bool): Whether the skill is enabled
        is_public (bool): Whether the skill is publicly available
        current_version (int | None): Current version of the skill
        created_at (datetime.datetime): Creation timestamp
        updated_at (datetime.datetime): Last update timestamp
        slug (None | str | Unset): URL-friendly slug for the skill
        goal (None | str | Unset): Goal of the skill (not shown in the public view)
        agent_prompt (None | str | Unset): Prompt for the agent to use when generating the skill automatically (not
            shown in the public view)
        icon_url (None | str | Unset): URL of the custom skill icon
        first_published_at (datetime.datetime | None | Unset): When the skill was first published
        last_published_at (datetime.datetime | None | Unset): When the skill was last published
        current_version_started_at (datetime.datetime | None | Unset): When the current version started generating
        current_version_finished_at (datetime.datetime | None | Unset): When the current version finished generating
        code (None | str | Unset): Base64 encoded generated code (contact support@browser-use.com to get access) -
            ENTERPRISE ONLY
        cloned_from_skill_id (None | Unset | UUID): Unique identifier for the skill this skill was cloned from
    """

    id: UUID
    title: str
    description: str
    categories: list[SkillCategory]
    domains: list[str]
    status: SkillsGenerationStatus
    parameters: list[ParameterSchema]
    output_schema: SkillResponseOutputSchema
    is_enabled: bool
    is_public: bool
    current_version: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    slug: None | str | Unset = UNSET
    goal: None | str | Unset = UNSET
    agent_prompt: None | str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    first_published_at: datetime.datetime | None | Unset = UNSET
    last_published_at: datetime.datetime | None | Unset = UNSET
    current_version_started_at: datetime.datetime | None | Unset = UNSET
    current_version_finished_at: datetime.datetime | None | Unset = UNSET
    code: None | str | Unset = UNSET
    cloned_from_skill_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description = self.description

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        domains = self.domains

        status = self.status.value

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        output_schema = self.output_schema.to_dict()

        is_enabled = self.is_enabled

        is_public = self.is_public

        current_version: int | None
        current_version = self.current_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        goal: None | str | Unset
        if isinstance(self.goal, Unset):
            goal = UNSET
        else:
            goal = self.goal

        agent_prompt: None | str | Unset
        if isinstance(self.agent_prompt, Unset):
            agent_prompt = UNSET
        else:
            agent_prompt = self.agent_prompt

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        first_published_at: None | str | Unset
        if isinstance(self.first_published_at, Unset):
            first_published_at = UNSET
        elif isinstance(self.first_published_at, datetime.datetime):
            first_published_at = self.first_published_at.isoformat()
        else:
            first_published_at = self.first_published_at

        last_published_at: None | str | Unset
        if isinstance(self.last_published_at, Unset):
            last_published_at = UNSET
        elif isinstance(self.last_published_at, datetime.datetime):
            last_published_at = self.last_published_at.isoformat()
        else:
            last_published_at = self.last_published_at

        current_version_started_at: None | str | Unset
        if isinstance(self.current_version_started_at, Unset):
            current_version_started_at = UNSET
        elif isinstance(self.current_version_started_at, datetime.datetime):
            current_version_started_at = self.current_version_started_at.isoformat()
        else:
            current_version_started_at = self.current_version_started_at

        current_version_finished_at: None | str | Unset
        if isinstance(self.current_version_finished_at, Unset):
            current_version_finished_at = UNSET
        elif isinstance(self.current_version_finished_at, datetime.datetime):
            current_version_finished_at = self.current_version_finished_at.isoformat()
        else:
            current_version_finished_at = self.current_version_finished_at

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        cloned_from_skill_id: None | str | Unset
        if isinstance(self.cloned_from_skill_id, Unset):
            cloned_from_skill_id = UNSET
        elif isinstance(self.cloned_from_skill_id, UUID):
            cloned_from_skill_id = str(self.cloned_from_skill_id)
        else:
            cloned_from_skill_id = self.cloned_from_skill_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "categories": categories,
                "domains": domains,
                "status": status,
                "parameters": parameters,
                "outputSchema": output_schema,
                "isEnabled": is_enabled,
                "isPublic": is_public,
                "currentVersion": current_version,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if goal is not UNSET:
            field_dict["goal"] = goal
        if agent_prompt is not UNSET:
            field_dict["agentPrompt"] = agent_prompt
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if first_published_at is not UNSET:
            field_dict["firstPublishedAt"] = first_published_at
        if last_published_at is not UNSET:
            field_dict["lastPublishedAt"] = last_published_at
        if current_version_started_at is not UNSET:
            field_dict["currentVersionStartedAt"] = current_version_started_at
        if current_version_finished_at is not UNSET:
            field_dict["currentVersionFinishedAt"] = current_version_finished_at
        if code is not UNSET:
            field_dict["code"] = code
        if cloned_from_skill_id is not UNSET:
            field_dict["clonedFromSkillId"] = cloned_from_skill_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_schema import ParameterSchema  # noqa: PLC0415
        from ..models.skill_response_output_schema import SkillResponseOutputSchema  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        description = d.pop("description")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = SkillCategory(categories_item_data)

            categories.append(categories_item)

        domains = cast(list[str], d.pop("domains"))

        status = SkillsGenerationStatus(d.pop("status"))

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = ParameterSchema.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        output_schema = SkillResponseOutputSchema.from_dict(d.pop("outputSchema"))

        is_enabled = d.pop("isEnabled")

        is_public = d.pop("isPublic")

        def _parse_current_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_version = _parse_current_version(d.pop("currentVersion"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goal = _parse_goal(d.pop("goal", UNSET))

        def _parse_agent_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_prompt = _parse_agent_prompt(d.pop("agentPrompt", UNSET))

        def _parse_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_url = _parse_icon_url(d.pop("iconUrl", UNSET))

        def _parse_first_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_published_at = _parse_first_published_at(d.pop("firstPublishedAt", UNSET))

        def _parse_last_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_published_at = _parse_last_published_at(d.pop("lastPublishedAt", UNSET))

        def _parse_current_version_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_version_started_at_type_0 = datetime.datetime.fromisoformat(data)

                return current_version_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        current_version_started_at = _parse_current_version_started_at(d.pop("currentVersionStartedAt", UNSET))

        def _parse_current_version_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_version_finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return current_version_finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        current_version_finished_at = _parse_current_version_finished_at(d.pop("currentVersionFinishedAt", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_cloned_from_skill_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cloned_from_skill_id_type_0 = UUID(data)

                return cloned_from_skill_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cloned_from_skill_id = _parse_cloned_from_skill_id(d.pop("clonedFromSkillId", UNSET))

        skill_response = cls(
            id=id,
            title=title,
            description=description,
            categories=categories,
            domains=domains,
            status=status,
            parameters=parameters,
            output_schema=output_schema,
            is_enabled=is_enabled,
            is_public=is_public,
            current_version=current_version,
            created_at=created_at,
            updated_at=updated_at,
            slug=slug,
            goal=goal,
            agent_prompt=agent_prompt,
            icon_url=icon_url,
            first_published_at=first_published_at,
            last_published_at=last_published_at,
            current_version_started_at=current_version_started_at,
            current_version_finished_at=current_version_finished_at,
            code=code,
            cloned_from_skill_id=cloned_from_skill_id,
        )

        skill_response.additional_properties = d
        return skill_response

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
