from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.perform_web_task_request_schema_agent import PerformWebTaskRequestSchemaAgent
from ..models.perform_web_task_request_schema_provider import PerformWebTaskRequestSchemaProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.perform_web_task_request_schema_output_schema import PerformWebTaskRequestSchemaOutputSchema
    from ..models.perform_web_task_request_schema_secret_values import PerformWebTaskRequestSchemaSecretValues


T = TypeVar("T", bound="PerformWebTaskRequestSchema")


@_attrs_define
class PerformWebTaskRequestSchema:
    """
    Attributes:
        prompt (str): The task to be autonomously completed.
        url (str | Unset): The URL of the webpage. If not provided, the tool will use the current page in the session.
        agent (PerformWebTaskRequestSchemaAgent | Unset): The AI agent to use for task completion. Defaults to browser-
            use.
        provider (PerformWebTaskRequestSchemaProvider | Unset): The AI provider to use for task completion.
        model (str | Unset): The specific model to use for task completion. see our [models](/agentic-browser-
            control/ai-task-completion#available-models) page for more information.
        detect_elements (bool | Unset): Enable element detection for better interaction accuracy. Improves the agent's
            ability to identify and interact with UI elements.
        human_intervention (bool | Unset): Allow human intervention during task execution. When enabled, the agent can
            request human input for ambiguous situations.
        max_steps (int | Unset): Maximum number of steps the agent can take to complete the task. Defaults to 200.
        secret_values (PerformWebTaskRequestSchemaSecretValues | Unset): Secret values to pass to the agent for secure
            credential handling. Keys and values are passed as environment variables to the agent.
        highlight_elements (bool | Unset): Whether to highlight elements during task execution for better visibility.
        output_schema (PerformWebTaskRequestSchemaOutputSchema | Unset): JSON Schema defining the expected structure of
            the output data.
        async_ (bool | Unset): Whether to run the task asynchronously. If true, the task will be run asynchronously and
            the response will include a workflow ID. Default: False.
    """

    prompt: str
    url: str | Unset = UNSET
    agent: PerformWebTaskRequestSchemaAgent | Unset = UNSET
    provider: PerformWebTaskRequestSchemaProvider | Unset = UNSET
    model: str | Unset = UNSET
    detect_elements: bool | Unset = UNSET
    human_intervention: bool | Unset = UNSET
    max_steps: int | Unset = UNSET
    secret_values: PerformWebTaskRequestSchemaSecretValues | Unset = UNSET
    highlight_elements: bool | Unset = UNSET
    output_schema: PerformWebTaskRequestSchemaOutputSchema | Unset = UNSET
    async_: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        url = self.url

        agent: str | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.value

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        model = self.model

        detect_elements = self.detect_elements

        human_intervention = self.human_intervention

        max_steps = self.max_steps

        secret_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_values, Unset):
            secret_values = self.secret_values.to_dict()

        highlight_elements = self.highlight_elements

        output_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_schema, Unset):
            output_schema = self.output_schema.to_dict()

        async_ = self.async_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if agent is not UNSET:
            field_dict["agent"] = agent
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if detect_elements is not UNSET:
            field_dict["detect_elements"] = detect_elements
        if human_intervention is not UNSET:
            field_dict["human_intervention"] = human_intervention
        if max_steps is not UNSET:
            field_dict["max_steps"] = max_steps
        if secret_values is not UNSET:
            field_dict["secret_values"] = secret_values
        if highlight_elements is not UNSET:
            field_dict["highlight_elements"] = highlight_elements
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.perform_web_task_request_schema_output_schema import PerformWebTaskRequestSchemaOutputSchema  # noqa: PLC0415
        from ..models.perform_web_task_request_schema_secret_values import PerformWebTaskRequestSchemaSecretValues  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        url = d.pop("url", UNSET)

        _agent = d.pop("agent", UNSET)
        agent: PerformWebTaskRequestSchemaAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = PerformWebTaskRequestSchemaAgent(_agent)

        _provider = d.pop("provider", UNSET)
        provider: PerformWebTaskRequestSchemaProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = PerformWebTaskRequestSchemaProvider(_provider)

        model = d.pop("model", UNSET)

        detect_elements = d.pop("detect_elements", UNSET)

        human_intervention = d.pop("human_intervention", UNSET)

        max_steps = d.pop("max_steps", UNSET)

        _secret_values = d.pop("secret_values", UNSET)
        secret_values: PerformWebTaskRequestSchemaSecretValues | Unset
        if isinstance(_secret_values, Unset):
            secret_values = UNSET
        else:
            secret_values = PerformWebTaskRequestSchemaSecretValues.from_dict(_secret_values)

        highlight_elements = d.pop("highlight_elements", UNSET)

        _output_schema = d.pop("output_schema", UNSET)
        output_schema: PerformWebTaskRequestSchemaOutputSchema | Unset
        if isinstance(_output_schema, Unset):
            output_schema = UNSET
        else:
            output_schema = PerformWebTaskRequestSchemaOutputSchema.from_dict(_output_schema)

        async_ = d.pop("async", UNSET)

        perform_web_task_request_schema = cls(
            prompt=prompt,
            url=url,
            agent=agent,
            provider=provider,
            model=model,
            detect_elements=detect_elements,
            human_intervention=human_intervention,
            max_steps=max_steps,
            secret_values=secret_values,
            highlight_elements=highlight_elements,
            output_schema=output_schema,
            async_=async_,
        )

        perform_web_task_request_schema.additional_properties = d
        return perform_web_task_request_schema

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
