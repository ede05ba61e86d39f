"""Each adapter's declared models, ``Adapter[Pause, Resume, Status, Stop]``, are what its calls parse on 2xx.

The declaration types ``Result.model`` for users (``Client[AGI].status(...)`` is a
``Result[SessionStatusResponse]``); mypy cannot check it against the generated code, so this does: once
against the generated ``_parse_response`` of each operation, once against what the calls return from the
fakes.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Never, Union, get_args, get_origin

import pytest
from intermission import Client, Operation, Result
from intermission.fakes import FakeVendors
from intermission.providers import load, names
from intermission.providers._base import Adapter

from tests.wrappers.conftest import PAUSED, RUNNING, options


def declared(adapter: type[Adapter]) -> dict[Operation, object]:
    """Operation -> the model type the adapter declares for it (``Never``: none)."""
    (base,) = [b for b in getattr(adapter, "__orig_bases__", ()) if get_origin(b) is Adapter]
    parameters = [Operation(p.__name__.lower()) for p in Adapter.__parameters__]
    return dict(zip(parameters, get_args(base), strict=True))


def classes(model: object) -> set[type]:
    """The classes a declared model type stands for: none for ``Never``, each member of a union
    (``NoneType`` for ``None``: no body)."""
    if model is Never:
        return set()
    if get_origin(model) is Union or type(model).__name__ == "UnionType":
        return {c for member in get_args(model) for c in classes(member)}
    assert isinstance(model, type), model
    return {model}


def generated_module(adapter: type[Adapter], operation_id: str) -> ModuleType:
    api = importlib.import_module(f"{adapter.package}.api")
    found = [
        m.name
        for m in pkgutil.walk_packages(api.__path__, f"{api.__name__}.")
        if m.name.rpartition(".")[2] == operation_id
    ]
    assert len(found) == 1, (operation_id, found)
    return importlib.import_module(found[0])


def _is_2xx(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Attribute)
        and test.left.attr == "status_code"
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and 200 <= int(test.comparators[0].value) < 300
    )


def parsed_on_2xx(module: ModuleType) -> set[type]:
    """The classes the generated ``_parse_response`` builds from a 2xx answer (``NoneType``: no body)."""
    tree = ast.parse(inspect.getsource(module))
    (function,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response"]
    found: set[type] = set()
    branches = [n for n in ast.walk(function) if isinstance(n, ast.If) and _is_2xx(n.test)]
    assert branches, f"{module.__name__}: no 2xx branch"
    for branch in branches:
        value = next(s.value for s in branch.body if isinstance(s, ast.Assign))
        assert isinstance(value, ast.Call), ast.unparse(value)
        text = ast.unparse(value)
        if text == "cast(Any, None)":
            found.add(type(None))  # a 2xx with no body
            continue
        if isinstance(value.func, ast.Attribute) and value.func.attr == "from_dict":
            name = ast.unparse(value.func.value)  # Model.from_dict(response.json())
        elif isinstance(value.func, ast.Name):
            name = value.func.id  # an enum: Model(response.json())
        else:
            raise AssertionError(f"{module.__name__}: a 2xx parsed as {text}, which this test cannot read")
        found.add(getattr(module, name))
    return found


@pytest.mark.parametrize("name", names())
def test_declared_models_are_what_the_generated_calls_parse_on_2xx(name: str) -> None:
    adapter = load(name)
    for operation, model in declared(adapter).items():
        if operation not in adapter.operations:
            assert model is Never, f"{name} {operation.value} is unsupported: its model is Never"
            continue
        module = generated_module(adapter, adapter.operations[operation])
        expected = parsed_on_2xx(module)
        if operation in adapter.confirmed_by:  # its result may be that read's (Browser Use: v1's status)
            expected |= parsed_on_2xx(generated_module(adapter, adapter.confirmed_by[operation]))
        assert classes(model) == expected, f"{name} {operation.value}: {model}"


def _check(adapter: type[Adapter], operation: Operation, result: Result) -> None:
    """A result's model is one the static type admits: the operation's model, or the status read's."""
    models = declared(adapter)
    admitted = classes(models[operation]) | classes(models[Operation.STATUS])  # confirmed_by's: in the first
    assert result.model is None or isinstance(result.model, tuple(admitted)), (operation, result.model)


@pytest.mark.parametrize("name", names())
def test_results_carry_the_declared_models(vendor_fakes: FakeVendors, name: str) -> None:
    adapter = load(name)
    ops = adapter.operations
    with Client(name, **options(vendor_fakes, name)) as client:
        ident = vendor_fakes.create(name, status=RUNNING[name] if Operation.PAUSE in ops else PAUSED[name])
        status = client.status(ident)
        assert isinstance(status.model, tuple(classes(declared(adapter)[Operation.STATUS])))
        if Operation.PAUSE in ops:
            _check(adapter, Operation.PAUSE, client.pause(ident))
            _check(adapter, Operation.PAUSE, client.pause(ident))  # already paused: the status read's
        _check(adapter, Operation.RESUME, client.resume(ident, message="carry on"))
        if Operation.STOP in ops:
            _check(adapter, Operation.STOP, client.stop(ident))
