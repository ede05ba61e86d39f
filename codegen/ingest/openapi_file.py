"""Plain OpenAPI 3.0/3.1 files (JSON or YAML), upgraded to 3.1 on the way in."""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.ingest.page import Page
from codegen.vocabulary import HTTP_METHODS, Fragment
from codegen.yamlio import load_yaml, unshare

_VERSION = re.compile(r"^[\s{]*[\"']?openapi[\"']?\s*:\s*[\"']?3\.[01]", re.M)


def looks_like(page: Page) -> bool:
    return _VERSION.search(page.text[:4096]) is not None


def import_page(page: Page) -> Fragment:
    text = page.text.lstrip()
    data: Any
    if text.startswith("{"):
        try:
            data = unshare(json.loads(text))
        except json.JSONDecodeError as exc:
            raise page.fail(f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from None
        except ValueError as exc:  # an integer past Python's digit limit
            raise page.fail(f"invalid JSON value: {exc}") from None
    else:
        data = load_yaml(page.text, page.source)
    if not isinstance(data, dict):
        raise page.fail("an OpenAPI document must be a mapping")
    return fragment_from_openapi(data, page)


def fragment_from_openapi(data: dict[str, Any], page: Page) -> Fragment:
    version = str(data.get("openapi", ""))
    if version.startswith("3.0"):
        data = upgrade_to_31(data)
    elif not version.startswith("3.1"):
        raise page.fail(f"unsupported OpenAPI version {version or '(missing)'!r}; expected 3.0 or 3.1")
    fragment: Fragment = {}
    paths = data.get("paths") or {}
    if not isinstance(paths, dict):
        raise page.fail("'paths' must be a mapping")
    top_security = data.get("security")
    for item in paths.values():
        if not isinstance(item, dict):
            raise page.fail("every path item must be a mapping")
        for method, operation in item.items():
            if (
                method in HTTP_METHODS
                and isinstance(operation, dict)
                and top_security is not None
                and "security" not in operation
            ):
                operation["security"] = top_security
    if paths:
        fragment["paths"] = paths
    for key in ("servers", "components"):
        if data.get(key):
            fragment[key] = data[key]
    return fragment


def upgrade_to_31(node: Any) -> Any:
    """Rewrite the 3.0-only constructs of a document as their 3.1 spelling."""
    if isinstance(node, list):
        return [upgrade_to_31(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = upgrade_keywords({k: upgrade_to_31(v) for k, v in node.items()})
    if isinstance(out.get("openapi"), str) and out["openapi"].startswith("3.0"):
        out["openapi"] = "3.1.0"
    return out


def upgrade_keywords(node: dict[str, Any]) -> dict[str, Any]:
    """One schema object's 3.0 keywords (``nullable``, boolean ``exclusiveMinimum``...) in 3.1 spelling."""
    out = dict(node)
    nullable = out.get("nullable")
    if isinstance(nullable, bool):  # a property *named* "nullable" holds a dict
        del out["nullable"]
    if nullable is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        elif "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        elif "type" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    for bound in ("Minimum", "Maximum"):
        flag = out.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            del out[f"exclusive{bound}"]
            limit = bound.lower()
            if flag and limit in out:
                out[f"exclusive{bound}"] = out.pop(limit)
    return out
