"""One small document pair per rule: the base document, and a copy with one thing changed.

Each case names what the change should be reported as; where direction matters, the same pair read the
other way round (new -> old) is checked too.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from codegen.drift.catalog import RULES
from codegen.drift.model import Change

Doc = dict[str, Any]
Diff = Callable[[Doc, Doc], list[Change]]
Expected = tuple[str, str, str, str, tuple[str, ...]]  # rule, severity, direction, location, facade

ALL = ("pause", "resume", "status", "stop", "list")
RESUME = "PUT /tasks/{task_id}/resume"
PAUSE = "PUT /tasks/{task_id}/pause"
STOP = "PUT /tasks/{task_id}/stop"
TASK_VIEW = "#/components/schemas/TaskView"
RESUME_INPUT = "#/components/schemas/ResumeInput"


def _op(doc: Doc, path: str, method: str = "put") -> Doc:
    operation: Doc = doc["paths"][path][method]
    return operation


def _mode(doc: Doc) -> Doc:
    param: Doc = _op(doc, "/tasks/{task_id}/resume")["parameters"][1]
    return param


def _schema(doc: Doc, name: str) -> Doc:
    schema: Doc = doc["components"]["schemas"][name]
    return schema


def _add_resume_param(required: bool) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        param = {"name": "force", "in": "query", "required": required, "schema": {"type": "boolean"}}
        _op(doc, "/tasks/{task_id}/resume")["parameters"].append(param)

    return change


def _add_input_property(required: bool) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        schema = _schema(doc, "ResumeInput")
        schema["properties"]["reason"] = {"type": "string"}
        if required:
            schema["required"] = ["reason"]

    return change


def _move_path(doc: Doc) -> None:
    doc["paths"]["/tasks/{task_id}/halt"] = doc["paths"].pop("/tasks/{task_id}/stop")


def _change_method(doc: Doc) -> None:
    item = doc["paths"]["/tasks/{task_id}/pause"]
    item["post"] = item.pop("put")


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node: Any = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def _delete(path: tuple[Any, ...]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node: Any = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return change


def _remove_required(schema: str, name: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        _schema(doc, schema)["required"].remove(name)

    return change


def _deprecate_stop(doc: Doc) -> None:
    _op(doc, "/tasks/{task_id}/stop")["deprecated"] = True


def _nullable_output(doc: Doc) -> None:
    _schema(doc, "TaskView")["properties"]["output"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}


@dataclass(frozen=True)
class Case:
    name: str
    change: Callable[[Doc], None]
    forward: list[Expected]
    backward: list[Expected] | None = None  # the same pair read new -> old; None: not checked


MODE = f"{RESUME} query parameter mode"
SCHEMAS = ("components", "schemas")

CASES = [
    Case(
        "operation-removed",
        _delete(("paths", "/tasks/{task_id}/stop")),
        [("endpoint-removed", "breaking", "none", STOP, ("stop",))],
        [("endpoint-added", "info", "none", STOP, ("stop",))],
    ),
    Case(
        "path-changed",
        _move_path,
        [("endpoint-moved", "breaking", "none", "PUT /tasks/{task_id}/halt", ("stop",))],
        [("endpoint-moved", "breaking", "none", STOP, ("stop",))],
    ),
    Case(
        "method-changed",
        _change_method,
        [("endpoint-moved", "breaking", "none", "POST /tasks/{task_id}/pause", ("pause",))],
    ),
    Case(
        "operation-id-changed",
        _set(("paths", "/tasks/{task_id}/stop", "put", "operationId"), "halt_task"),
        [("operation-id-changed", "breaking", "none", STOP, ("stop",))],
    ),
    Case(
        "required-parameter-added",
        _add_resume_param(required=True),
        [
            (
                "new-required-request-parameter",
                "breaking",
                "request",
                f"{RESUME} query parameter force",
                ("resume",),
            )
        ],
        [
            (
                "request-parameter-removed",
                "breaking",
                "request",
                f"{RESUME} query parameter force",
                ("resume",),
            )
        ],
    ),
    Case(
        "optional-parameter-added",
        _add_resume_param(required=False),
        [
            (
                "new-optional-request-parameter",
                "info",
                "request",
                f"{RESUME} query parameter force",
                ("resume",),
            )
        ],
        [
            (
                "request-parameter-removed",
                "breaking",
                "request",
                f"{RESUME} query parameter force",
                ("resume",),
            )
        ],
    ),
    Case(
        "parameter-moved",
        lambda doc: _mode(doc).update({"in": "header"}),
        [("request-parameter-moved", "breaking", "request", f"{RESUME} parameter mode", ("resume",))],
    ),
    Case(
        "parameter-type-changed",
        _set(("components", "parameters", "TaskId", "schema"), {"type": "integer"}),
        [
            (
                "request-parameter-type-changed",
                "breaking",
                "request",
                f"{verb} path parameter task_id",
                facade,
            )
            for verb, facade in (
                ("GET /tasks/{task_id}", ("status",)),
                (PAUSE, ("pause",)),
                (RESUME, ("resume",)),
            )
        ],
    ),
    Case(
        "parameter-format-removed",
        _delete(("components", "parameters", "TaskId", "schema", "format")),
        [
            (
                "request-parameter-type-generalized",
                "info",
                "request",
                f"{PAUSE} path parameter task_id",
                ("pause",),
            ),
            (
                "request-parameter-type-generalized",
                "info",
                "request",
                f"{RESUME} path parameter task_id",
                ("resume",),
            ),
            (
                "request-parameter-type-generalized",
                "info",
                "request",
                "GET /tasks/{task_id} path parameter task_id",
                ("status",),
            ),
        ],
        [
            (
                "request-parameter-type-changed",
                "breaking",
                "request",
                f"{PAUSE} path parameter task_id",
                ("pause",),
            ),
            (
                "request-parameter-type-changed",
                "breaking",
                "request",
                f"{RESUME} path parameter task_id",
                ("resume",),
            ),
            (
                "request-parameter-type-changed",
                "breaking",
                "request",
                "GET /tasks/{task_id} path parameter task_id",
                ("status",),
            ),
        ],
    ),
    Case(
        "parameter-made-required",
        lambda doc: _mode(doc).update({"required": True}),
        [("request-parameter-became-required", "breaking", "request", MODE, ("resume",))],
        [("request-parameter-became-optional", "info", "request", MODE, ("resume",))],
    ),
    Case(
        "request-parameter-enum-value-removed",
        lambda doc: _mode(doc)["schema"]["enum"].remove("hard"),
        [("request-parameter-enum-value-removed", "breaking", "request", MODE, ("resume",))],
        [("request-parameter-enum-value-added", "info", "request", MODE, ("resume",))],
    ),
    Case(
        "parameter-deprecated",
        lambda doc: _mode(doc).update({"deprecated": True}),
        [("request-parameter-deprecated", "info", "request", MODE, ("resume",))],
    ),
    Case(
        "required-request-property-added",
        _add_input_property(required=True),
        [("new-required-request-property", "breaking", "request", f"{RESUME_INPUT} $.reason", ("resume",))],
        [("request-property-removed", "breaking", "request", f"{RESUME_INPUT} $.reason", ("resume",))],
    ),
    Case(
        "optional-request-property-added",
        _add_input_property(required=False),
        [("new-optional-request-property", "info", "request", f"{RESUME_INPUT} $.reason", ("resume",))],
        [("request-property-removed", "breaking", "request", f"{RESUME_INPUT} $.reason", ("resume",))],
    ),
    Case(
        "request-property-type-changed",
        _set((*SCHEMAS, "ResumeInput", "properties", "note", "type"), "integer"),
        [("request-property-type-changed", "breaking", "request", f"{RESUME_INPUT} $.note", ("resume",))],
        [("request-property-type-changed", "breaking", "request", f"{RESUME_INPUT} $.note", ("resume",))],
    ),
    Case(
        "request-property-made-required",
        _set((*SCHEMAS, "ResumeInput", "required"), ["note"]),
        [("request-property-became-required", "breaking", "request", f"{RESUME_INPUT} $.note", ("resume",))],
        [("request-property-became-optional", "info", "request", f"{RESUME_INPUT} $.note", ("resume",))],
    ),
    Case(
        "request-property-enum-value-removed",
        _set((*SCHEMAS, "ResumeInput", "properties", "priority", "enum"), ["low"]),
        [
            (
                "request-property-enum-value-removed",
                "breaking",
                "request",
                f"{RESUME_INPUT} $.priority",
                ("resume",),
            )
        ],
        [("request-property-enum-value-added", "info", "request", f"{RESUME_INPUT} $.priority", ("resume",))],
    ),
    Case(
        # TaskStatus is sent (ResumeInput.after) and received (TaskView.status): one change, two directions.
        "shared-enum-value-added",
        _set((*SCHEMAS, "TaskStatus", "enum"), ["running", "paused", "stopped", "failed"]),
        [
            (
                "response-property-enum-value-added",
                "warning",
                "response",
                "#/components/schemas/TaskStatus",
                ALL,
            ),
            (
                "request-property-enum-value-added",
                "info",
                "request",
                "#/components/schemas/TaskStatus",
                ("resume",),
            ),
        ],
        [
            (
                "request-property-enum-value-removed",
                "breaking",
                "request",
                "#/components/schemas/TaskStatus",
                ("resume",),
            ),
            (
                "response-property-enum-value-removed",
                "warning",
                "response",
                "#/components/schemas/TaskStatus",
                ALL,
            ),
        ],
    ),
    Case(
        "response-optional-property-removed",
        _delete((*SCHEMAS, "TaskView", "properties", "output")),
        [("response-optional-property-removed", "warning", "response", f"{TASK_VIEW} $.output", ALL)],
        [("response-optional-property-added", "info", "response", f"{TASK_VIEW} $.output", ALL)],
    ),
    Case(
        "response-required-property-removed",
        lambda doc: (
            _schema(doc, "TaskView")["properties"].pop("id"),
            _schema(doc, "TaskView")["required"].remove("id"),
        ),
        [("response-required-property-removed", "breaking", "response", f"{TASK_VIEW} $.id", ALL)],
        [("response-required-property-added", "info", "response", f"{TASK_VIEW} $.id", ALL)],
    ),
    Case(
        "response-property-type-changed",
        _set((*SCHEMAS, "TaskView", "properties", "id", "type"), "integer"),
        [("response-property-type-changed", "breaking", "response", f"{TASK_VIEW} $.id", ALL)],
    ),
    Case(
        "response-property-became-nullable",
        _nullable_output,
        [("response-property-type-changed", "breaking", "response", f"{TASK_VIEW} $.output", ALL)],
        [("response-property-type-narrowed", "info", "response", f"{TASK_VIEW} $.output", ALL)],
    ),
    Case(
        "response-property-made-optional",
        _remove_required("TaskView", "status"),
        [("response-property-became-optional", "breaking", "response", f"{TASK_VIEW} $.status", ALL)],
        [("response-property-became-required", "info", "response", f"{TASK_VIEW} $.status", ALL)],
    ),
    Case(
        "shared-error-schema-changed",
        _set((*SCHEMAS, "Error", "properties", "code", "type"), "string"),
        [
            (
                "response-property-type-changed",
                "breaking",
                "response",
                "#/components/schemas/Error $.code",
                ("pause", "resume", "status"),
            )
        ],
    ),
    Case(
        "success-status-removed",
        _delete(("paths", "/tasks/{task_id}/pause", "put", "responses", "200")),
        [("response-success-status-removed", "breaking", "response", f"{PAUSE} response 200", ("pause",))],
        [("response-success-status-added", "warning", "response", f"{PAUSE} response 200", ("pause",))],
    ),
    Case(
        "error-status-removed",
        _delete(("paths", "/tasks/{task_id}/pause", "put", "responses", "404")),
        [("response-non-success-status-removed", "info", "response", f"{PAUSE} response 404", ("pause",))],
    ),
    Case(
        "response-media-type-removed",
        lambda doc: _op(doc, "/tasks/{task_id}/stop")["responses"]["200"].update(
            {"content": {"text/plain": {"schema": {"type": "string"}}}}
        ),
        [
            ("response-mediatype-removed", "breaking", "response", f"{STOP} response 200", ("stop",)),
            ("response-mediatype-added", "warning", "response", f"{STOP} response 200", ("stop",)),
        ],
    ),
    Case(
        "request-body-became-optional",
        _set(("paths", "/tasks/{task_id}/resume", "put", "requestBody", "required"), False),
        [("request-body-became-optional", "info", "request", f"{RESUME} request body", ("resume",))],
        [("request-body-became-required", "breaking", "request", f"{RESUME} request body", ("resume",))],
    ),
    Case(
        "request-body-removed",
        _delete(("paths", "/tasks/{task_id}/resume", "put", "requestBody")),
        [("request-body-removed", "breaking", "request", f"{RESUME} request body", ("resume",))],
        [("request-body-added-required", "breaking", "request", f"{RESUME} request body", ("resume",))],
    ),
    Case(
        "auth-header-name-changed",
        _set(("components", "securitySchemes", "api_key", "name"), "x-api-token"),
        [("api-key-header-name-changed", "breaking", "request", "#/components/securitySchemes/api_key", ALL)],
    ),
    Case(
        "security-scheme-changed",
        _set(("components", "securitySchemes", "api_key"), {"type": "http", "scheme": "bearer"}),
        [("api-security-scheme-changed", "breaking", "request", "#/components/securitySchemes/api_key", ALL)],
    ),
    Case(
        "security-removed",
        _set(("security",), []),
        [
            ("api-security-removed", "info", "request", f"{verb} security", facade)
            for verb, facade in (
                ("GET /tasks", ("list",)),
                ("GET /tasks/{task_id}", ("status",)),
                (PAUSE, ("pause",)),
                (RESUME, ("resume",)),
                (STOP, ("stop",)),
            )
        ],
        [
            ("api-security-added", "warning", "request", f"{verb} security", facade)
            for verb, facade in (
                ("GET /tasks", ("list",)),
                ("GET /tasks/{task_id}", ("status",)),
                (PAUSE, ("pause",)),
                (RESUME, ("resume",)),
                (STOP, ("stop",)),
            )
        ],
    ),
    Case(
        "server-url-changed",
        _set(("servers",), [{"url": "https://api2.example.test"}]),
        [("server-url-changed", "warning", "none", "servers", ALL)],
    ),
    Case(
        "server-added",
        _set(("servers",), [{"url": "https://api.example.test"}, {"url": "https://eu.example.test"}]),
        [("server-added", "info", "none", "servers", ALL)],
        [("server-url-changed", "warning", "none", "servers", ALL)],
    ),
    Case(
        "operation-deprecated",
        _deprecate_stop,
        [("endpoint-deprecated", "warning", "none", STOP, ("stop",))],
        [("endpoint-reactivated", "info", "none", STOP, ("stop",))],
    ),
]


def _summary(changes: list[Any]) -> list[Expected]:
    return [(c.rule, c.severity, c.direction, c.location, c.facade) for c in changes]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule(case: Case, base: Doc, diff: Diff) -> None:
    changed = copy.deepcopy(base)
    case.change(changed)
    assert sorted(_summary(diff(base, changed))) == sorted(case.forward)


@pytest.mark.parametrize("case", [c for c in CASES if c.backward], ids=[c.name for c in CASES if c.backward])
def test_rule_read_backwards(case: Case, base: Doc, diff: Diff) -> None:
    changed = copy.deepcopy(base)
    case.change(changed)
    assert case.backward is not None
    assert sorted(_summary(diff(changed, base))) == sorted(case.backward)


def test_every_expected_rule_is_in_the_catalog_with_that_severity_and_direction() -> None:
    for case in CASES:
        for rule, severity, direction, _, _ in case.forward + (case.backward or []):
            assert (RULES[rule].severity, RULES[rule].direction) == (severity, direction), rule


def test_message_names_provider_and_facade_operation(base: Doc, diff: Diff) -> None:
    changed = copy.deepcopy(base)
    _mode(changed)["schema"]["enum"].remove("hard")
    (change,) = diff(base, changed)
    assert change.message == (
        'browser_use: resume — request enum value removed: "hard"'
        " (values the client sends today may be refused)"
    )
    assert change.operations == (RESUME,)


def test_an_operation_outside_the_facade_touches_none(base: Doc, diff: Diff) -> None:
    base = copy.deepcopy(base)
    base["paths"]["/tasks"]["get"]["operationId"] = "search_tasks"  # no adapter calls it
    changed = copy.deepcopy(base)
    changed["paths"]["/tasks"]["get"]["parameters"][0]["required"] = True
    (change,) = diff(base, changed)
    assert change.facade == ()
    assert change.message.startswith("browser_use: no facade operation — ")


def test_a_removed_operation_still_names_the_facade_operation_it_served(base: Doc, diff: Diff) -> None:
    changed = copy.deepcopy(base)
    _op(changed, "/tasks/{task_id}/pause")["operationId"] = "suspend_task"
    (change,) = diff(base, changed)
    assert (change.rule, change.facade) == ("operation-id-changed", ("pause",))
    assert "pause_task -> suspend_task" in change.message
