"""One-call scripts: for a generated client, a script that calls one of its functions, for ``mypy --strict``.

The script is written from the generated code itself (the ``sync_detailed`` signatures under ``api/``), so
it exists for any provider and any document: the operation with the fewest required arguments whose
argument types are known here, with a value of the right type for each.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

_SCALARS = {
    "str": '"x"',
    "int": "0",
    "float": "0.0",
    "bool": "False",
    "UUID": "UUID(int=0)",
    "datetime.datetime": "datetime.datetime(2000, 1, 1)",
    "datetime.date": "datetime.date(2000, 1, 1)",
    "File": 'File(payload=io.BytesIO(b""))',
}
_SCALAR_IMPORTS = {
    "UUID": "from uuid import UUID",
    "datetime.datetime": "import datetime",
    "datetime.date": "import datetime",
    "File": "import io",
}


@dataclass(frozen=True)
class Call:
    module: str  # dotted, under the package: ``api.default.pause_agent``
    arguments: tuple[str, ...]  # ``value`` for a positional one, ``name=value`` for a keyword one
    imports: tuple[str, ...]


def _model_imports(tree: ast.Module) -> dict[str, str]:
    """Names imported from ``...models.<module>``: name -> module."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 3 and (node.module or "").startswith("models."):
            for alias in node.names:
                found[alias.asname or alias.name] = node.module or ""
    return found


def _is_enum(package: Path, module: str, name: str) -> bool:
    source = (package / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8")
    return any(
        isinstance(n, ast.ClassDef) and n.name == name and any("Enum" in ast.unparse(b) for b in n.bases)
        for n in ast.parse(source).body
    )


def _value(package: Path, annotation: ast.expr, models: dict[str, str], imports: set[str]) -> str | None:
    text = ast.unparse(annotation)
    if text in _SCALARS:
        if text in _SCALAR_IMPORTS:
            imports.add(_SCALAR_IMPORTS[text])
        if text == "File":
            imports.add(f"from {package.name}.types import File")
        return _SCALARS[text]
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _value(package, annotation.left, models, imports) or _value(
            package, annotation.right, models, imports
        )
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) in ("list", "dict"):
        return "[]" if ast.unparse(annotation.value) == "list" else "{}"
    if text in models:
        imports.add(f"from {package.name}.{models[text]} import {text}")
        return f"list({text})[0]" if _is_enum(package, models[text], text) else f"{text}.from_dict({{}})"
    return None


def _call(package: Path, path: Path) -> Call | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    function = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed"), None
    )
    if function is None:
        return None
    models = _model_imports(tree)
    imports: set[str] = set()
    arguments: list[str] = []
    for arg in function.args.args:  # path parameters: positional, all required
        value = _value(package, arg.annotation, models, imports) if arg.annotation else None
        if value is None:
            return None
        arguments.append(value)
    for arg, default in zip(function.args.kwonlyargs, function.args.kw_defaults, strict=True):
        if arg.arg == "client":
            arguments.append("client=client")
        elif default is None:
            value = _value(package, arg.annotation, models, imports) if arg.annotation else None
            if value is None:
                return None
            arguments.append(f"{arg.arg}={value}")
    module = ".".join(path.relative_to(package).with_suffix("").parts)
    return Call(module, tuple(arguments), tuple(sorted(imports)))


def choose_call(package: Path) -> Call | None:
    """The call with the fewest arguments (then the first module by name) whose types are known."""
    calls = [
        c
        for p in sorted((package / "api").glob("*/*.py"))
        if p.stem != "__init__" and (c := _call(package, p))
    ]
    return min(calls, key=lambda c: len(c.arguments), default=None)


def script(package: Path) -> str | None:
    """The one-call script of the client package ``package``, or None when no function can be called."""
    call = choose_call(package)
    if call is None:
        return None
    parent, _, name = call.module.rpartition(".")
    lines = [
        f'"""One call to {package.name}.{call.module}, for mypy --strict (tests/typing/one_call.py)."""',
        "",
        *call.imports,
        f"from {package.name}.client import AuthenticatedClient",
        f"from {package.name}.{parent} import {name}",
        "",
        "",
        "def call(client: AuthenticatedClient) -> int:",
        f"    response = {name}.sync_detailed({', '.join(call.arguments)})",
        "    return response.status_code.value",
        "",
    ]
    return "\n".join(lines)
