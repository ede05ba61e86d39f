"""``Result`` is generic over the generated model: ``reveal_type(result.model)`` names it (mypy --strict)."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import get_origin

import pytest
from intermission import Result, State
from intermission.providers import load, names

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MODEL = r"intermission_agi\.models\.session_status_response\.SessionStatusResponse"

# A user's script: a Result parametrized with AGI's status model, and one from the client itself.
SCRIPT = """
import intermission
from intermission import Result
from intermission_agi.models import SessionStatusResponse


def given(result: Result[SessionStatusResponse]) -> None:
    reveal_type(result.model)


with intermission.Client("agi", api_key="k") as agi:
    reveal_type(agi.status("9f1c").model)
"""


def mypy_strict(tmp_path: Path, text: str) -> str:
    """mypy --strict's output on ``text``, a user's script."""
    script = tmp_path / "user.py"
    script.write_text(text)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            script,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc.stdout


def revealed(tmp_path: Path) -> tuple[list[str], str]:
    output = mypy_strict(tmp_path, SCRIPT)
    return re.findall(r'note: Revealed type is "(.*)"', output), output


def test_result_model_reveals_the_generated_model(tmp_path: Path) -> None:
    types, output = revealed(tmp_path)
    assert "error:" not in output, output
    assert len(types) == 2, output
    for shown in types:
        assert re.fullmatch(rf"{MODEL} \| None|Union\[{MODEL}, None\]", shown), shown


# Every provider's kind of answer, both clients, the aliases, and what a provider known only at runtime gets.
# ``# R: <type>`` is the type mypy must reveal on that line; ``provider.Model`` names a generated model.
SCRIPT_WIDE = """
import intermission
from intermission import AsyncClient, Client, Result
from intermission_agi.models import SessionStatusResponse


def given(result: Result[SessionStatusResponse], bare: Result) -> Result:
    reveal_type(bare.model)  # R: object
    widened: Result[object] = result
    return widened


with Client("agi", api_key="k") as agi:
    reveal_type(agi.pause("9f1c").model)  # R: agi.SessionActionResponse | agi.SessionStatusResponse | None
    reveal_type(agi.stop("9f1c").model)  # R: agi.SessionStatusResponse | None

with Client("e2b", api_key="k") as e2b:
    reveal_type(e2b.pause("sbx").model)  # R: None | e2b.SandboxDetail
    reveal_type(e2b.resume("sbx").model)  # R: e2b.Sandbox | e2b.SandboxDetail | None

with Client("anchor", api_key="k") as anchor:
    reveal_type(anchor.status("4c7d").model)  # R: anchorbrowser.GetBrowserSessionResponse200 | None

with Client("browser-use", api_key="k") as bu:
    reveal_type(bu.stop("t1").model)  # R: browser_use.TaskView | None


async def main() -> None:
    async with AsyncClient("agi.tech", api_key="k") as aagi:
        reveal_type((await aagi.status("9f1c")).model)  # R: agi.SessionStatusResponse | None
    async with AsyncClient("codegen", api_key="k", org_id=1) as cg:
        reveal_type((await cg.resume(7, "go on")).model)  # R: codegen.AgentRunResponse | None
    reveal_type((await intermission.aio.status("agi", "9f1c")).model)  # R: object


async def at_runtime(provider: str, client: Client, aclient: AsyncClient) -> None:
    with Client(provider) as named:
        reveal_type(named.status("x").model)  # R: object
    reveal_type(Client("AGI").pause("x").model)  # R: object
    reveal_type(client.resume("x").model)  # R: object
    reveal_type((await aclient.stop("x")).model)  # R: object
    reveal_type(intermission.pause(provider, "x").model)  # R: object
"""


def _qualified(text: str) -> str:
    """``agi.SessionStatusResponse`` -> its qualified name, as mypy shows it; other names stay."""

    def one(name: str) -> str:
        provider, _, model = name.partition(".")
        if provider not in names() or not model:
            return name
        models = importlib.import_module(f"{load(provider).package}.models")
        cls = getattr(models, model)
        return f"{cls.__module__}.{cls.__qualname__}"

    return " | ".join(one(part) for part in text.split(" | "))


def test_models_are_typed_per_provider_operation_client_and_alias(tmp_path: Path) -> None:
    output = mypy_strict(tmp_path, SCRIPT_WIDE)
    assert "error:" not in output, output
    shown = {int(n): t for n, t in re.findall(r':(\d+): note: Revealed type is "(.*)"', output)}
    expected = {
        number: _qualified(line.partition("# R: ")[2])
        for number, line in enumerate(SCRIPT_WIDE.splitlines(), start=1)
        if "# R: " in line
    }
    assert shown == expected


def test_result_is_a_plain_generic_dataclass_at_runtime() -> None:
    result = Result("agi", "9f1c", State.PAUSED, "paused", model=object())
    assert result == Result("agi", "9f1c", State.PAUSED, "paused")  # model is not compared, as before
    assert isinstance(result, Result) and get_origin(Result[int]) is Result  # subscriptable, for annotations
    assert not hasattr(result, "__dict__")  # still slotted
    with pytest.raises(AttributeError):
        result.state = State.RUNNING  # type: ignore[misc]
