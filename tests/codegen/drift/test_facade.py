"""Facade impact from the adapters' source and the documents' methods and paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from intermission import providers

from codegen.drift.documents import Document
from codegen.drift.facade import ADAPTERS, Facade, adapters
from codegen.drift.python_api import snake


@pytest.mark.parametrize("name", providers.names())
def test_reading_the_adapter_source_agrees_with_importing_it(name: str) -> None:
    adapter = providers.load(name)
    imported: dict[str, set[str]] = {}
    for table in (adapter.operations, adapter.confirmed_by):
        for operation, module in table.items():
            imported.setdefault(snake(module), set()).add(operation.value)
    assert adapters(ADAPTERS)[name] == imported


def test_a_confirming_read_serves_the_operations_it_confirms() -> None:
    # Browser Use confirms its v1 pause and resume through v1's status read, not through v2's get_task
    served = adapters(ADAPTERS)["browser_use"]
    assert served["get_task_status"] == {"pause", "resume"}
    assert served["get_task"] == {"status"}


def test_adapter_shapes(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from types import MappingProxyType\n"
        "class A(Adapter):\n"
        "    name = 'alpha'\n"
        "    operations = MappingProxyType({Operation.PAUSE: 'pauseSession', Operation.STOP: 'stop_it'})\n"
        "class Helper:\n"
        "    name = 'helper'\n",
        encoding="utf-8",
    )
    (tmp_path / "b.py").write_text(
        "class B:\n    name: str = 'beta'\n    operations = {Operation.STATUS: 'get_status', 'x': 'y'}\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.py").write_text("class (:\n", encoding="utf-8")
    assert adapters(tmp_path) == {
        "alpha": {"pause_session": {"pause"}, "stop_it": {"stop"}},
        "beta": {"get_status": {"status"}},
    }


def _doc(paths: dict[str, dict[str, object]]) -> Document:
    return Document({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths})


def test_any_document_is_matched_by_method_and_template(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "class A:\n    name = 'alpha'\n"
        "    operations = {Operation.PAUSE: 'pause_box', Operation.STATUS: 'get_box'}\n",
        encoding="utf-8",
    )
    ours = _doc(
        {
            "/api/v1/boxes/{box_id}/pause": {"post": {"operationId": "pauseBox"}},
            "/api/v1/boxes/{box_id}": {
                "get": {"operationId": "get_box"},
                "delete": {"operationId": "delete_box"},
            },
        }
    )
    facade = Facade.of("alpha", [ours], tmp_path)
    assert facade.operations(["POST /api/v1/boxes/{id}/pause"]) == ("pause",)  # renamed parameter
    assert facade.operations(["POST /v1/boxes/{x}/pause"]) == ("pause",)  # server URL holds /api
    assert facade.operations(["GET /v1/boxes/{x}", "POST /v1/boxes/{x}/pause"]) == ("pause", "status")
    assert facade.operations(["DELETE /api/v1/boxes/{box_id}"]) == ()
    assert facade.operations(["GET /boxes/{x}/pause"]) == ()  # another method
    assert facade.operations(["POST /{x}/pause"]) == ()  # too short to say
    assert Facade.of("nobody", [ours], tmp_path).operations(["POST /api/v1/boxes/{id}/pause"]) == ()
