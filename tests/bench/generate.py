"""``python -m codegen generate``: a no-op run, a full regeneration against the naive way, and scaling.

The naive baseline is what a user would type for each provider, one after the other: the two generators'
command lines with their default hooks and formatters (openapi-python-client runs ruff twice,
datamodel-codegen runs black and isort), after building the normalized documents.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from codegen.generate.build import build_provider
from codegen.generate.lock import compute_lock
from codegen.generate.outcome import BUILT
from codegen.generate.pipeline import provider_names
from codegen.providers import load_provider
from tests.bench.report import Row

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
BIN = Path(sys.executable).parent
NOOP_BUDGET = 0.5


def _timed(command: Sequence[str | Path], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run([str(c) for c in command], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _median(fn: Callable[[], float], repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def _generate(specs: Path, out: Path, *extra: str) -> list[str | Path]:
    return [sys.executable, "-m", "codegen", "generate", "--specs", specs, "--out", out, *extra]


def _naive(work: Path) -> float:
    """Documents, then each provider's two generator command lines with their defaults, in sequence."""
    shutil.rmtree(work, ignore_errors=True)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # an activated venv
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "codegen", "specs", "--out", str(work)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for name in provider_names(SPECS):
        provider = load_provider(SPECS / name)
        config = work / name / "config.yaml"
        config.write_text(yaml.safe_dump({"package_name_override": provider.client_package}))
        document = work / name / "openapi.yaml"
        package = work / name / provider.client_package
        opc = [BIN / "openapi-python-client", "generate", "--meta", "none", "--config", config]
        subprocess.run(
            [*opc, "--path", document, "--output-path", package],
            env=env,
            check=True,
            capture_output=True,
        )
        dmcg = [BIN / "datamodel-codegen", "--input-file-type", "openapi"]
        subprocess.run(
            [*dmcg, "--input", document, "--output", work / name / f"{provider.client_package}_pydantic.py"],
            env=env,
            check=True,
            capture_output=True,
        )
    return time.perf_counter() - start


def _synthetic(specs: Path, operations: int) -> None:
    """A provider of ``operations`` operations, each with a path and a query parameter, a body and a reply."""
    folder = specs / f"synthetic{operations}"
    folder.mkdir(parents=True)
    paths: dict[str, object] = {}
    schemas: dict[str, object] = {}
    for i in range(operations):
        schemas[f"Thing{i}"] = {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "size": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
            "required": ["id"],
        }
        ref = {"$ref": f"#/components/schemas/Thing{i}"}
        paths[f"/v1/things{i}/{{thing_id}}"] = {
            "post": {
                "operationId": f"update_thing{i}",
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": ref}}},
                    "404": {"description": "missing", "content": {"application/json": {"schema": ref}}},
                },
                "security": [{"bearer": []}],
            }
        }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "synthetic", "version": "1"},
        "servers": [{"url": "https://api.synthetic.test"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
    (folder / "api.json").write_text(json.dumps(document))
    (folder / "provider.yaml").write_text(
        yaml.safe_dump(
            {
                "name": folder.name,
                "display_name": folder.name,
                "base_url": "https://api.synthetic.test",
                "auth": {"type": "bearer"},
                "env": {"api_key": "SYNTHETIC_KEY"},
                "client": {"package": f"intermission_{folder.name}"},
                "pages": [
                    {"file": "api.json", "url": "https://synthetic.test/api.json", "format": "openapi"}
                ],
            }
        )
    )


def _warm_build(specs: Path, name: str, scratch: Path) -> float:
    provider = load_provider(specs / name)
    target = Path(tempfile.mkdtemp(dir=scratch))
    start = time.perf_counter()
    result = build_provider(provider, target, compute_lock(provider))
    assert result.status == BUILT, result
    return time.perf_counter() - start


def _largest(specs: Path, generated: Path) -> str:
    """The provider whose committed document has the most operations."""
    from codegen.generate.operations import count_operations
    from codegen.paths import SPEC_FILE

    def size(name: str) -> int:
        return count_operations(yaml.safe_load((generated / name / SPEC_FILE).read_text(encoding="utf-8")))

    return max(provider_names(specs), key=size)


def largest_against_bare(work: Path, repeat: int = 3) -> Row:
    """``generate --force`` of the largest provider against bare openapi-python-client on its document.

    The bare run is the generator's own command line on the normalized document that ``generate`` wrote
    (with its default post hooks: ruff check --fix and ruff format from the venv). The two take turns.
    """
    from codegen.generate.operations import count_operations
    from codegen.paths import GENERATED_DIR, SPEC_FILE

    name = _largest(SPECS, GENERATED_DIR)
    specs, out = work / "largest-specs", work / "largest-out"
    shutil.copytree(SPECS / name, specs / name)
    provider = load_provider(specs / name)
    config = work / "largest-config.yaml"
    config.write_text(yaml.safe_dump({"package_name_override": provider.client_package}))
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(repeat):
        ours.append(_timed(_generate(specs, out, "--force", name)))
        document = out / name / SPEC_FILE
        package = work / "largest-bare"
        shutil.rmtree(package, ignore_errors=True)
        opc = [BIN / "openapi-python-client", "generate", "--meta", "none", "--config", config]
        bare.append(_timed([*opc, "--path", document, "--output-path", package], env=env))
    operations = count_operations(yaml.safe_load((out / name / SPEC_FILE).read_text(encoding="utf-8")))
    mine, theirs = statistics.median(ours), statistics.median(bare)
    return Row(
        name=f"generate --force, largest document ({name}, {operations} operations)",
        measured=f"{mine:.2f} s",
        baseline=f"bare openapi-python-client on its document: {theirs:.2f} s",
        ratio=mine / theirs,
        target="<= 1.30x",
    )


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        work = Path(tmp)
        out = work / "generated"
        full = _median(lambda: _timed(_generate(SPECS, out, "--force")), repeat=3)
        noop = _median(lambda: _timed(_generate(SPECS, out)), repeat=7)
        naive = _median(lambda: _naive(work / "naive"), repeat=3)
        providers = len(provider_names(SPECS))

        synthetic = work / "synthetic"
        for operations in (10, 100):
            _synthetic(synthetic, operations)
        scale = {
            n: _median(
                lambda n=n: _timed(_generate(synthetic, work / "gen-synthetic", f"synthetic{n}", "--force")),
                3,
            )
            for n in (10, 100)
        }
        _warm_build(synthetic, "synthetic10", work)  # pays the generators' imports once
        warm = {n: _median(lambda n=n: _warm_build(synthetic, f"synthetic{n}", work), 3) for n in (10, 100)}
        largest = largest_against_bare(work)
    return [
        largest,
        Row(
            name="generate, nothing to do",
            measured=f"{noop:.2f} s",
            baseline=f"budget {NOOP_BUDGET} s",
            ratio=noop / NOOP_BUDGET,
            target="<= 1.00x of the budget",
        ),
        Row(
            name=f"generate --force, {providers} providers",
            measured=f"{full:.2f} s",
            baseline=f"both generator CLIs per provider, in turn: {naive:.2f} s",
            ratio=full / naive,
            target="<= 0.80x",
        ),
        Row(
            name="generate one provider: 100 vs 10 operations",
            measured=f"{scale[100]:.2f} s",
            baseline=f"10 operations: {scale[10]:.2f} s",
            ratio=scale[100] / scale[10],
            target="informational (fixed start-up cost)",
        ),
        Row(
            name="build in a warm worker: 100 vs 10 operations",
            measured=f"{warm[100]:.2f} s",
            baseline=f"10 operations: {warm[10]:.2f} s",
            ratio=warm[100] / warm[10],
            target="<= 10x (linear or better)",
        ),
    ]
