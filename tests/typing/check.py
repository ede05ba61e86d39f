"""mypy --strict over each generated client's one-call script and its pydantic models."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.typing.one_call import script

PYDANTIC_SUFFIX = "_pydantic"


@dataclass(frozen=True)
class Client:
    """``generated/<provider>/``: the client package and the pydantic models beside it."""

    directory: Path
    package: Path
    models: Path

    @classmethod
    def find(cls, directory: Path) -> Client:
        packages = sorted(p for p in directory.iterdir() if (p / "api").is_dir())
        models = sorted(
            p for p in directory.iterdir() if p.name.removesuffix(".py").endswith(PYDANTIC_SUFFIX)
        )
        if len(packages) != 1 or len(models) != 1:
            raise ValueError(f"{directory}: expected one client package and one pydantic module")
        return cls(directory, packages[0], models[0])


def clients(generated: Path) -> list[Client]:
    return [Client.find(d) for d in sorted(generated.iterdir()) if d.is_dir() and not d.name.startswith(".")]


def typecheck(found: list[Client], cache_dir: Path | None = None) -> tuple[int, str]:
    """Write the one-call scripts into a temporary folder and run mypy --strict over them and the models."""
    with tempfile.TemporaryDirectory(prefix="intermission-typing-") as tmp:
        files: list[str] = []
        problems: list[str] = []
        for client in found:
            text = script(client.package)
            if text is None:
                problems.append(f"{client.package.name}: no generated function has argument types known here")
                continue
            path = Path(tmp) / f"one_call_{client.directory.name}.py"
            path.write_text(text, encoding="utf-8")
            files += [str(path), str(client.models)]
        if problems:
            return 1, "\n".join(problems)
        env = {**os.environ, "MYPYPATH": os.pathsep.join(str(c.directory) for c in found)}
        cache = ["--cache-dir", str(cache_dir)] if cache_dir else []
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *cache, *files],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        return result.returncode, (result.stdout + result.stderr).replace(f"{tmp}{os.sep}", "")
