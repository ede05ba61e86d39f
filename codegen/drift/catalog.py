"""Every rule a drift report can name: a stable kebab-case id, a severity and what it means.

Ids and severities follow oasdiff's published checks where oasdiff has one. Where a generated Python client
breaks although oasdiff only warns (a request parameter or property removed: the generated function or model
loses the argument), the severity is raised to breaking and ``why`` says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.drift.model import Direction, Severity


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    direction: Direction
    title: str
    why: str = ""


_ARG_GONE = "the generated function loses the argument; callers passing it fail"
_FIELD_GONE = "the generated model loses the field; code constructing it with the field fails"
_PARSER = "the generated parser rejects values it does not know"
_MEMBER = "code naming the enum member breaks"

_RULES: tuple[Rule, ...] = (
    # operations
    Rule("endpoint-removed", "breaking", "none", "operation removed"),
    Rule("endpoint-added", "info", "none", "operation added"),
    Rule(
        "endpoint-moved",
        "breaking",
        "none",
        "path or method changed",
        "clients generated before the change call the old URL",
    ),
    Rule(
        "operation-id-changed",
        "breaking",
        "none",
        "operationId changed",
        "the generated function is renamed and codegen/drift/facade_map.py names the old one",
    ),
    Rule("endpoint-deprecated", "warning", "none", "operation deprecated"),
    Rule("endpoint-reactivated", "info", "none", "operation no longer deprecated"),
    # parameters
    Rule("new-required-request-parameter", "breaking", "request", "required request parameter added"),
    Rule("new-optional-request-parameter", "info", "request", "optional request parameter added"),
    Rule("request-parameter-removed", "breaking", "request", "request parameter removed", _ARG_GONE),
    Rule(
        "request-parameter-moved",
        "breaking",
        "request",
        "request parameter moved to another location",
        "the generated client sends it where the server no longer reads it",
    ),
    Rule("request-parameter-became-required", "breaking", "request", "request parameter made required"),
    Rule("request-parameter-became-optional", "info", "request", "request parameter made optional"),
    Rule("request-parameter-type-changed", "breaking", "request", "request parameter type or format changed"),
    Rule("request-parameter-type-generalized", "info", "request", "request parameter type widened"),
    Rule("request-parameter-enum-value-removed", "breaking", "request", "request enum value removed"),
    Rule("request-parameter-enum-value-added", "info", "request", "request enum value added"),
    Rule("request-parameter-deprecated", "info", "request", "request parameter deprecated"),
    # request bodies
    Rule("request-body-added-required", "breaking", "request", "required request body added"),
    Rule("request-body-added-optional", "info", "request", "optional request body added"),
    Rule("request-body-removed", "breaking", "request", "request body removed", _ARG_GONE),
    Rule("request-body-became-required", "breaking", "request", "request body made required"),
    Rule("request-body-became-optional", "info", "request", "request body made optional"),
    Rule("request-body-media-type-removed", "breaking", "request", "request media type removed"),
    Rule("request-body-media-type-added", "info", "request", "request media type added"),
    Rule("request-body-type-changed", "breaking", "request", "request body type or format changed"),
    Rule("request-body-type-generalized", "info", "request", "request body type widened"),
    Rule("new-required-request-property", "breaking", "request", "required request property added"),
    Rule("new-optional-request-property", "info", "request", "optional request property added"),
    Rule("request-property-removed", "breaking", "request", "request property removed", _FIELD_GONE),
    Rule("request-property-became-required", "breaking", "request", "request property made required"),
    Rule("request-property-became-optional", "info", "request", "request property made optional"),
    Rule("request-property-type-changed", "breaking", "request", "request property type or format changed"),
    Rule("request-property-type-generalized", "info", "request", "request property type widened"),
    Rule("request-property-enum-value-removed", "breaking", "request", "request enum value removed"),
    Rule("request-property-enum-value-added", "info", "request", "request enum value added"),
    Rule("request-property-deprecated", "info", "request", "request property deprecated"),
    # responses
    Rule("response-success-status-removed", "breaking", "response", "success status removed"),
    Rule("response-success-status-added", "info", "response", "success status added"),
    Rule("response-non-success-status-removed", "info", "response", "error status removed"),
    Rule("response-non-success-status-added", "info", "response", "error status added"),
    Rule("response-mediatype-removed", "breaking", "response", "response media type removed"),
    Rule("response-mediatype-added", "info", "response", "response media type added"),
    Rule("response-body-type-changed", "breaking", "response", "response body type or format changed"),
    Rule("response-body-type-narrowed", "info", "response", "response body type narrowed"),
    Rule("response-required-property-removed", "breaking", "response", "required response property removed"),
    Rule(
        "response-optional-property-removed",
        "warning",
        "response",
        "optional response property removed",
        "code reading it always gets Unset",
    ),
    Rule("response-required-property-added", "info", "response", "required response property added"),
    Rule("response-optional-property-added", "info", "response", "optional response property added"),
    Rule(
        "response-property-became-optional",
        "breaking",
        "response",
        "response property made optional",
        "the generated parser requires it",
    ),
    Rule("response-property-became-required", "info", "response", "response property made required"),
    Rule(
        "response-property-type-changed", "breaking", "response", "response property type or format changed"
    ),
    Rule("response-property-type-narrowed", "info", "response", "response property type narrowed"),
    Rule("response-property-enum-value-added", "warning", "response", "response enum value added", _PARSER),
    Rule(
        "response-property-enum-value-removed", "warning", "response", "response enum value removed", _MEMBER
    ),
    Rule("response-property-deprecated", "info", "response", "response property deprecated"),
    # security and servers
    Rule(
        "api-key-header-name-changed",
        "breaking",
        "request",
        "auth header name changed",
        "the generated client and the facade send the old header",
    ),
    Rule(
        "api-security-scheme-changed",
        "breaking",
        "request",
        "security scheme changed",
        "the generated client sends the old credentials",
    ),
    Rule("api-security-added", "warning", "request", "authentication now required"),
    Rule("api-security-removed", "info", "request", "authentication no longer required"),
    Rule("api-security-alternatives-changed", "info", "request", "ways to authenticate changed"),
    Rule(
        "server-url-changed",
        "warning",
        "none",
        "server URL changed",
        "clients built with the old base URL keep calling it; check specs/<provider>/provider.yaml",
    ),
    Rule("server-added", "info", "none", "server added"),
    # the generated Python client (griffe's breakage kinds, plus annotation checks of our own)
    Rule("python-api-object-removed", "breaking", "none", "public object removed"),
    Rule("python-api-object-changed-kind", "breaking", "none", "public object changed kind"),
    Rule("python-api-parameter-removed", "breaking", "none", "parameter removed"),
    Rule("python-api-parameter-moved", "breaking", "none", "positional parameter moved"),
    Rule("python-api-parameter-changed-kind", "breaking", "none", "parameter kind changed"),
    Rule("python-api-parameter-changed-required", "breaking", "none", "parameter made required"),
    Rule("python-api-parameter-added-required", "breaking", "none", "required parameter added"),
    Rule("python-api-parameter-changed-default", "warning", "none", "parameter default changed"),
    Rule("python-api-return-changed-type", "breaking", "none", "return type removed"),
    Rule("python-api-attribute-changed-type", "breaking", "none", "attribute type changed"),
    Rule("python-api-attribute-changed-value", "warning", "none", "attribute value changed"),
    Rule("python-api-class-removed-base", "breaking", "none", "base class removed"),
    Rule("python-api-parameter-annotation-changed", "warning", "none", "parameter annotation changed"),
    Rule("python-api-return-annotation-changed", "warning", "none", "return annotation changed"),
    Rule("python-api-attribute-annotation-changed", "warning", "none", "field annotation changed"),
    Rule("python-api-package-removed", "breaking", "none", "generated client package removed"),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}
