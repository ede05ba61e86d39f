"""Which facade operation (pause, resume, status, stop, list) each provider operation serves, derived from the
adapters and the documents' methods and paths.

Each adapter (``wrappers/intermission/providers/<p>.py``) declares ``operations = {Operation.PAUSE:
"pause_session", ...}``, naming the generated module it calls, and ``confirmed_by`` the reads that confirm
an operation where that is not the status read (Browser Use's v1 status for pause and resume);
openapi-python-client names each module after the operationId (snake case). The adapters are read as
source (``ast``): nothing is imported, so neither the runtime nor the generated clients need to import for
a report. A document's operationIds (old, new, and our generated document of the provider) tie each module
to a method and a path template; any document is then matched by method and template, so a vendor document
without our operationIds (or without any) still names the facade operations it touches.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from codegen.drift.documents import Document, template
from codegen.drift.model import FACADE_OPERATIONS
from codegen.drift.python_api import snake
from codegen.paths import GENERATED_DIR, ROOT, SPEC_FILE

ADAPTERS = ROOT / "wrappers" / "intermission" / "providers"

Endpoint = tuple[str, str]  # (METHOD, path template)


Served = dict[str, set[str]]  # generated module -> the facade operations it serves


def _declared(tree: ast.Module, module: str) -> dict[str, Served]:
    """``{provider name: {generated module: facade operations}}`` of the adapter classes in one module.

    An adapter is named after its module (``providers/<name>.py``) unless its class sets ``name``.
    """
    found: dict[str, Served] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        name: str | None = module
        served: Served = {}
        for statement in node.body:
            if not isinstance(statement, (ast.Assign, ast.AnnAssign)) or statement.value is None:
                continue
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            value = statement.value
            if "name" in names and isinstance(value, ast.Constant) and isinstance(value.value, str):
                name = value.value
            elif names & {"operations", "confirmed_by"}:
                for generated, operation in _operations(value):
                    served.setdefault(generated, set()).add(operation)
        if name is not None and served:
            found[name] = served
    return found


def _operations(value: ast.expr) -> list[tuple[str, str]]:
    """The ``(module, operation)`` pairs of an ``{Operation.X: "module"}`` mapping, also inside
    ``MappingProxyType(...)``."""
    mapping = next((n for n in ast.walk(value) if isinstance(n, ast.Dict)), None)
    served: list[tuple[str, str]] = []
    if mapping is None:
        return served
    for key, module in zip(mapping.keys, mapping.values, strict=True):
        if (
            isinstance(key, ast.Attribute)
            and key.attr.lower() in FACADE_OPERATIONS
            and isinstance(module, ast.Constant)
            and isinstance(module.value, str)
        ):
            served.append((snake(module.value), key.attr.lower()))
    return served


@functools.cache
def adapters(folder: Path = ADAPTERS) -> dict[str, Served]:
    """Every adapter's ``{generated module: facade operations}``, by provider name."""
    found: dict[str, Served] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except (OSError, SyntaxError, ValueError):
            continue  # a broken adapter is the facade verdict's to report, not the map's
        found.update(_declared(tree, path.stem))
    return found


def endpoint(key: str) -> Endpoint:
    """``"POST /v1/x/{id}"`` -> ``("POST", "/v1/x/{}")``."""
    method, _, path = key.partition(" ")
    return method, template(path)


@dataclass
class Facade:
    """Facade operations by endpoint, for one provider."""

    provider: str
    served: dict[Endpoint, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, provider: str, documents: Iterable[Document], folder: Path = ADAPTERS) -> Facade:
        modules = adapters(folder).get(provider, {})
        facade = cls(provider)
        if not modules:
            return facade  # no adapter: no operation of any document serves the facade
        for document in documents:
            for key, operation in document.operations.items():
                op_id = operation.operation_id
                served = modules.get(snake(op_id)) if op_id is not None else None
                if served:
                    facade.served.setdefault(endpoint(key), set()).update(served)
        return facade

    def operations(self, keys: Iterable[str]) -> tuple[str, ...]:
        """The facade operations the given operation keys serve, in facade order."""
        touched: set[str] = set()
        for key in keys:
            touched |= self._lookup(endpoint(key))
        return tuple(name for name in FACADE_OPERATIONS if name in touched)

    def _lookup(self, wanted: Endpoint) -> set[str]:
        exact = self.served.get(wanted)
        if exact is not None:
            return exact
        # a server URL with a path prefix moves it into the paths of another document (/v1/x vs /x);
        # the shorter path must still name two literal segments to say which operation it is
        method, path = wanted
        found: set[str] = set()
        for (known_method, known_path), names in self.served.items():
            if known_method == method and (known_path.endswith(path) or path.endswith(known_path)):
                shorter = min(known_path, path, key=len)
                longer = max(known_path, path, key=len)
                literal = [part for part in shorter.split("/") if part and part != "{}"]
                if len(literal) >= 2 and longer[: len(longer) - len(shorter)].startswith("/"):
                    found |= names
        return found


def reference(provider: str, root: Path = ROOT) -> list[Document]:
    """Our generated document of ``provider`` (it carries the operationIds the adapters name), if any."""
    from codegen.drift.documents import read_document
    from codegen.drift.model import DriftError

    path = root / GENERATED_DIR.name / provider / SPEC_FILE
    if not path.is_file():
        return []
    try:
        return [read_document(path)]
    except DriftError:
        return []
