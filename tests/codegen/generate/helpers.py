"""What the generate tests share besides fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
PROVIDERS = sorted(d.name for d in SPECS.iterdir() if (d / "provider.yaml").is_file())


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (caches aside), by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def leftovers(out: Path) -> list[str]:
    """Hidden entries of an output folder: temporary folders a run failed to remove."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))


def write_provider(specs: Path, name: str, document: dict[str, object]) -> Path:
    """``specs/<name>/`` whose one page is the complete OpenAPI ``document``; returns the folder."""
    folder = specs / name
    folder.mkdir(parents=True)
    (folder / "api.json").write_text(json.dumps(document), encoding="utf-8")
    servers = document.get("servers")
    base_url = servers[0]["url"] if isinstance(servers, list) else "https://api.example.test"
    manifest = {
        "name": name,
        "display_name": name,
        "base_url": base_url,
        "auth": {"type": "bearer"},
        "env": {"api_key": f"{name.upper()}_API_KEY"},
        "client": {"package": f"intermission_{name}"},
        "pages": [{"file": "api.json", "url": f"https://{name}.test/api.json", "format": "openapi"}],
    }
    (folder / "provider.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False), encoding="utf-8")
    return folder


def operation(operation_id: str | None = None, *, tags: list[str] | None = None) -> dict[str, object]:
    """A small operation answering a JSON object, optionally with an operationId and tags."""
    found: dict[str, object] = {
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"type": "object", "properties": {}}}},
            }
        },
        "security": [{"bearer": []}],
    }
    if operation_id is not None:
        found["operationId"] = operation_id
    if tags is not None:
        found["tags"] = tags
    return found


def document(paths: dict[str, dict[str, object]]) -> dict[str, object]:
    """A complete OpenAPI 3.1 document of ``paths`` with a bearer scheme."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": paths,
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
