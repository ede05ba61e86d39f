"""Normalization: the defects real vendor documents commonly carry, fixed before generation.

Each rule is a function that fixes one kind of defect in place and yields a ``Notice`` (rule id, location,
what was done) per fix, so the user sees every change in the output of ``specs`` and ``generate``.
Overlays stay for facts about a vendor; these rules hold for every document.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from codegen.openapi.normalize import (
    formats,
    headers,
    keywords,
    media,
    names,
    nullable_models,
    operation_ids,
    path_parameters,
    patterns,
    titles,
    unions,
)
from codegen.openapi.notice import Notice


@dataclass(frozen=True)
class NormalizationRule:
    """One kind of defect; ``ids`` are the rule ids its notices carry."""

    ids: tuple[str, ...]
    summary: str
    fix: Callable[[dict[str, Any]], Iterator[Notice]]


# Applied in this order: later rules see the document the earlier ones fixed.
RULES: tuple[NormalizationRule, ...] = (
    NormalizationRule(
        (keywords.OPENAPI_30_KEYWORD,),
        "OpenAPI 3.0 keywords (nullable, boolean exclusive bounds) in 3.1 form",
        keywords.fix_30_keywords,
    ),
    NormalizationRule((names.DOTTED_SCHEMA_NAME,), "schema names without dots", names.fix),
    NormalizationRule(
        (
            path_parameters.UNNAMED,
            path_parameters.UNDECLARED,
            path_parameters.UNUSED,
            path_parameters.OPTIONAL,
        ),
        "path parameters matched to the path template",
        path_parameters.fix,
    ),
    NormalizationRule(
        (headers.AUTH_HEADER, headers.UNTYPED_HEADER),
        "untyped header parameters: removed when a security scheme sends them, else strings",
        headers.fix,
    ),
    NormalizationRule(
        (operation_ids.MISSING_OPERATION_ID,), "operation ids from summaries", operation_ids.fix
    ),
    NormalizationRule(
        (operation_ids.FASTAPI_OPERATION_ID,),
        "FastAPI's operation ids as the handler names",
        operation_ids.fix_fastapi,
    ),
    NormalizationRule((unions.NESTED_UNION,), "nested unions flattened", unions.fix),
    NormalizationRule(
        (nullable_models.NULLABLE_MODEL,), "nullable component objects as object + null", nullable_models.fix
    ),
    NormalizationRule(
        (keywords.ARRAY_WITHOUT_ITEMS,), "arrays without items hold anything", keywords.fix_array_items
    ),
    NormalizationRule(
        (keywords.UNION_OBJECT_DEFAULT,),
        "object defaults of unions left to the server",
        keywords.fix_union_object_defaults,
    ),
    NormalizationRule(
        (formats.UNKNOWN_FORMAT,), "formats no generator knows, as bounds or removed", formats.fix
    ),
    NormalizationRule((media.BINARY_RESPONSE,), "binary responses as application/octet-stream", media.fix),
    NormalizationRule(
        (media.SEVERAL_REQUEST_MEDIA_TYPES,),
        "request bodies in their JSON form only",
        media.fix_request_bodies,
    ),
    NormalizationRule((patterns.PATTERN,), "regex patterns in Python's spelling", patterns.fix),
    NormalizationRule((titles.DUPLICATE_TITLE,), "one class name per schema title", titles.fix),
    NormalizationRule(
        (titles.INLINE_NAME,), "inline schemas not named like components", titles.fix_inline_names
    ),
)


def normalize(document: dict[str, Any]) -> tuple[dict[str, Any], list[Notice]]:
    """A fixed copy of ``document`` and what was fixed, in rule order."""
    fixed = copy.deepcopy(document)
    notices: list[Notice] = []
    for rule in RULES:
        notices.extend(rule.fix(fixed))
    return fixed, notices
