"""The OpenAPI terms every stage of the pipeline shares (ingest, openapi, generate, drift)."""

from __future__ import annotations

from typing import Any

# The keys of a path item that are operations, in the order OpenAPI lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# A partial OpenAPI 3.1 document: what an importer makes of one page, before the merge.
Fragment = dict[str, Any]
