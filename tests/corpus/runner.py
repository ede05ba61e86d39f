"""``make corpus``: every complete OpenAPI document under ``tests/corpus/openapi/`` becomes a working client.

Each document is a provider of its own in a scratch specs tree (``<work>/specs/<name>/``, the document as its
one page), so it goes through the same steps as a real provider: the documents step (merge and
normalization), both generators, the operation check. Then, per document: the client and its models
import, the function count equals the operation count, and a one-call script and the models pass
``mypy --strict``. ``<work>`` is kept between runs: an unchanged document is not generated again and
mypy reuses its cache.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.generate.operations import count_operations, generated_modules
from codegen.generate.outcome import FAILED
from codegen.generate.pipeline import default_jobs, generate
from codegen.paths import SPEC_FILE
from codegen.yamlio import load_yaml
from tests.typing.check import Client, typecheck

CORPUS = Path(__file__).resolve().parent / "openapi"
KNOWN_FAILURES = Path(__file__).resolve().parent / "known_failures.yaml"
SUFFIXES = (".json", ".yaml", ".yml")
PLACEHOLDER_SERVER = "https://api.example.test"
_IMPORT_ALL = """\
import importlib, json, pkgutil, sys
failures = {}
for name in sys.argv[1:]:
    try:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, name + "."):
            importlib.import_module(module.name)
    except Exception as exc:
        failures[name] = f"{type(exc).__name__}: {exc}"
print(json.dumps(failures))
"""


@dataclass(frozen=True)
class Document:
    name: str  # provider name in the scratch tree
    path: Path


@dataclass
class Result:
    name: str
    source: str
    problems: list[str]
    operations: int = 0
    functions: int = 0

    def line(self) -> str:
        counts = f"{self.operations} operations, {self.functions} functions"
        if not self.problems:
            return f"ok      {self.name:<36} {counts}"
        return "\n".join([f"FAILED  {self.name:<36} {counts}", *(f"        {p}" for p in self.problems)])


def known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """Document name -> why it does not build yet."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(k): str(v) for k, v in (data or {}).items()}


def documents(corpus: Path = CORPUS) -> list[Document]:
    found = []
    for path in sorted(corpus.glob("*/*")):
        if path.suffix in SUFFIXES:
            vendor, stem = path.parent.name, path.stem
            label = vendor if len(list(path.parent.iterdir())) == 1 else f"{vendor}_{stem}"
            found.append(Document(re.sub(r"\W+", "_", label).strip("_").lower(), path))
    return found


def _first_server(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    data: Any = json.loads(text) if text.lstrip().startswith("{") else load_yaml(text, path)
    servers = data.get("servers") if isinstance(data, dict) else None
    if isinstance(servers, list) and servers and isinstance(servers[0], dict) and servers[0].get("url"):
        return str(servers[0]["url"])
    return None


def write_provider(specs: Path, document: Document) -> None:
    """``specs/<name>/``: the document as the one page; an overlay adds a server where it names none."""
    folder = specs / document.name
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"document{document.path.suffix}"
    data = document.path.read_bytes()
    if not page.is_file() or page.read_bytes() != data:
        page.write_bytes(data)
    server = _first_server(document.path)
    manifest = {
        "name": document.name,
        "display_name": document.name,
        "base_url": server or PLACEHOLDER_SERVER,
        "auth": {"type": "bearer"},
        "env": {"api_key": f"{document.name.upper()}_API_KEY"},
        "client": {"package": f"corpus_{document.name}"},
        "pages": [{"file": page.name, "url": f"https://corpus.test/{document.name}", "format": "openapi"}],
    }
    _write_if_changed(folder / "provider.yaml", yaml.safe_dump(manifest, sort_keys=False))
    overlay = folder / "overlay.yaml"
    if server is None:
        action = {"target": "$", "description": "corpus: the document names no server", "update": {}}
        action["update"] = {"servers": [{"url": PLACEHOLDER_SERVER}]}
        text = yaml.safe_dump(
            {"overlay": "1.0.0", "info": {"title": "corpus", "version": "1"}, "actions": [action]}
        )
        _write_if_changed(overlay, text)
    elif overlay.exists():
        overlay.unlink()


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _import_failures(out: Path, clients: list[Client]) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(c.directory) for c in clients)}
    modules = [m for c in clients for m in (c.package.name, c.models.name.removesuffix(".py"))]
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, *modules],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return {m: result.stderr.strip() for m in modules}
    failures: dict[str, str] = json.loads(result.stdout)
    return failures


def run(corpus: Path, work: Path, names: list[str] | None = None, jobs: int | None = None) -> list[Result]:
    """Generate, import and type-check every document of ``corpus`` (or the ``names``) under ``work``."""
    wanted = [d for d in documents(corpus) if not names or d.name in names]
    specs, out = work / "specs", work / "generated"
    for document in wanted:
        write_provider(specs, document)
    outcomes = generate(specs, out, [d.name for d in wanted], jobs=jobs)
    results = {d.name: Result(d.name, d.path.relative_to(corpus).as_posix(), []) for d in wanted}
    generated: list[Client] = []
    for outcome in outcomes:
        result = results[outcome.provider]
        if outcome.status == FAILED:
            result.problems.append(f"generate: {outcome.step}: {outcome.reason}")
            continue
        client = Client.find(out / outcome.provider)
        document = load_yaml((client.directory / SPEC_FILE).read_text(encoding="utf-8"), SPEC_FILE)
        result.operations = count_operations(document)
        result.functions = len(generated_modules(client.package))
        if result.operations != result.functions:
            result.problems.append("the function count differs from the operation count")
        generated.append(client)
    if generated:
        for module, failure in _import_failures(out, generated).items():
            name = module.removeprefix("corpus_").removesuffix("_pydantic")
            results[name].problems.append(f"import {module}: {failure}")

    def check_types(client: Client) -> tuple[str, int, str]:
        cache = work / "mypy-cache" / client.directory.name
        code, output = typecheck([client], cache)
        return client.directory.name, code, output

    with ThreadPoolExecutor(max_workers=jobs or default_jobs()) as pool:
        for name, code, output in pool.map(check_types, generated):
            if code:
                results[name].problems.append(f"mypy --strict:\n{output.strip()}")
    return [results[d.name] for d in wanted]
