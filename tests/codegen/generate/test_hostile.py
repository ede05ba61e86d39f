"""Names and descriptions that try to break out of strings, docstrings or comments stay data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.generate.outcome import REGENERATED
from codegen.generate.pipeline import generate

pytestmark = pytest.mark.slow

EVIL = "__import__('os').system('touch PWNED')"
NASTY = (
    "q\"uote 'single' \"\"\"triple\"\"\" '''tri''' back\\slash\\ \\n \\\" new\nline\r\n"
    f"{EVIL} {{x}} %s }}}}{{{{ */ # -->"
)
MANIFEST = """\
name: hostile
display_name: Hostile
base_url: https://api.hostile.test
auth:
  type: bearer
env:
  api_key: HOSTILE_API_KEY
client:
  package: intermission_hostile
pages:
  - file: api.json
    url: https://hostile.test/api.json
    format: openapi
"""


def _document() -> dict[str, object]:
    parameter = {"description": NASTY, "schema": {"type": "string", "description": NASTY}}
    operation = {
        "operationId": f"get\"'\\{EVIL}",
        "summary": NASTY,
        "description": NASTY,
        "parameters": [
            {"name": "thing_id", "in": "path", "required": True, **parameter},
            {"name": f"q\"'\\{EVIL}", "in": "query", "required": False, **parameter},
        ],
        "responses": {
            "200": {
                "description": NASTY,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}},
            }
        },
        "security": [{"bearer": []}],
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": NASTY, "version": "1", "description": NASTY},
        "servers": [{"url": "https://api.hostile.test"}],
        "paths": {f"/evil\"q'\\b/{{thing_id}}/{EVIL}": {"get": operation}},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": NASTY}},
            "schemas": {
                "Evil": {
                    "type": "object",
                    "description": NASTY,
                    "properties": {
                        EVIL: {"type": "string", "description": NASTY, "default": NASTY},
                        "a\"b'c\\d": {"type": "string", "description": NASTY, "enum": [NASTY, "plain"]},
                        "normal": {"type": "integer", "description": f'"""{EVIL}"""'},
                    },
                    "required": ["normal"],
                }
            },
        },
    }


# Imports the generated package in a fresh interpreter and reports what its strings became.
PROBE = """
import importlib, inspect, json, sys
import intermission_hostile_pydantic as pyd
from intermission_hostile.models import Evil

module, evil = sys.argv[1:]
op = importlib.import_module(f"intermission_hostile.api.default.{module}")
query_arg = next(a for a in inspect.signature(op.sync).parameters if a.startswith("q"))
print(json.dumps({
    "doc": op.sync.__doc__,
    "round_trip": Evil.from_dict({evil: "v", "normal": 1}).to_dict(),
    "pydantic": pyd.Evil.model_validate({evil: "v", "normal": 1}).model_dump(by_alias=True),
    "description": pyd.Evil.model_fields["normal"].description,
    "defaults": [
        Evil(normal=1).to_dict()[evil],
        pyd.Evil.model_validate({"normal": 1}).model_dump(by_alias=True)[evil],
    ],
    "params": op._get_kwargs("a/b", **{query_arg: "x"}),
}))
"""


def test_hostile_strings_stay_data(tmp_path: Path) -> None:
    provider = tmp_path / "specs" / "hostile"
    provider.mkdir(parents=True)
    (provider / "provider.yaml").write_text(MANIFEST)
    (provider / "api.json").write_text(json.dumps(_document(), indent=2))
    out = tmp_path / "generated"
    [outcome] = generate(tmp_path / "specs", out, jobs=1)
    assert outcome.status == REGENERATED, outcome

    package = out / "hostile" / "intermission_hostile"
    [module] = [p.stem for p in (package / "api" / "default").glob("*.py") if p.stem != "__init__"]
    run = tmp_path / "run"
    run.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", PROBE, module, EVIL],
        cwd=run,
        env={"PYTHONPATH": str(out / "hostile"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.rglob("PWNED")) and not Path("PWNED").exists()
    seen = json.loads(result.stdout)
    assert EVIL in seen["doc"] and "'''tri'''" in seen["doc"]
    assert seen["round_trip"] == {EVIL: "v", "normal": 1}
    assert seen["pydantic"][EVIL] == "v" and seen["pydantic"]["normal"] == 1
    assert seen["description"] == f'"""{EVIL}"""'
    attrs_default, pydantic_default = seen["defaults"]
    assert pydantic_default == NASTY
    # openapi-python-client 0.29.1 escapes a string default twice (q"uote arrives as q\"uote): a known
    # defect that changes the text but never runs it.
    assert EVIL in attrs_default and attrs_default != NASTY
    assert seen["params"]["url"] == f"/evil\"q'\\b/a%2Fb/{EVIL}"
    assert seen["params"]["params"] == {f"q\"'\\{EVIL}": "x"}
