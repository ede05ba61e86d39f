"""``/_fake/...``: seed and inspect a fake over HTTP. Not part of any vendor API, and never faulted."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from intermission.fakes.faults import Fault
from intermission.fakes.state import Resource, UnknownResource
from intermission.fakes.transitions import Transitions

if TYPE_CHECKING:
    from intermission.fakes.app import ProviderFake


def _resource(resource: Resource) -> dict[str, Any]:
    return {"id": resource.id, "status": resource.status, "created_at": resource.created_at}


def _problem(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status)


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def build_admin(fake: ProviderFake) -> Starlette:
    async def create(request: Request) -> Response:
        data = await _json_object(request)
        return JSONResponse(_resource(fake.store.create(data.get("status"))), 201)

    async def seed(request: Request) -> Response:
        counts = await _json_object(request)
        return JSONResponse([_resource(r) for r in fake.store.seed(counts)], 201)

    async def remove(request: Request) -> Response:
        data = await _json_object(request)
        unknown = sorted(set(data) - {"code", "operations"})
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(unknown)}")
        operations = data.get("operations")
        if operations is not None and not (
            isinstance(operations, list) and all(isinstance(op, str) for op in operations)
        ):
            raise ValueError("operations must be a list of operationIds")
        code = data.get("code", 404)
        if not isinstance(code, int):
            raise ValueError("code must be 404 or 410")
        return JSONResponse({"removed": list(fake.remove(operations, code)), "code": code}, 201)

    async def show(request: Request) -> Response:
        resource = fake.store.peek(request.path_params["resource_id"])
        return JSONResponse({**_resource(resource), "pending": fake.store.pending(resource.id)})

    async def update(request: Request) -> Response:
        status = (await _json_object(request)).get("status")
        if not isinstance(status, str):
            raise ValueError('the body must be {"status": "..."}')
        return JSONResponse(_resource(fake.store.set_status(request.path_params["resource_id"], status)))

    async def listing(_request: Request) -> Response:
        return JSONResponse([_resource(r) for r in fake.store.all()])

    async def requests(_request: Request) -> Response:
        return JSONResponse(
            [
                {
                    "method": r.method,
                    "path": r.path,
                    "query": r.query,
                    "headers": r.redacted_headers(),
                    "body": r.body.decode("utf-8", "replace"),
                    "operation": r.operation,
                }
                for r in fake.journal.requests()
            ]
        )

    async def add_fault(request: Request) -> Response:
        data = await _json_object(request)
        operation = data.pop("operation", None)
        if operation is not None and not isinstance(operation, str):
            raise ValueError("operation must be an operationId of the document")
        fault = Fault.from_json(data)
        fake.arm(fault, operation)
        return JSONResponse({**fault.to_json(), "operation": operation}, 201)

    async def bugs(_request: Request) -> Response:
        found = fake.journal.bugs()
        return JSONResponse(
            [{"operation": b.operation, "status": b.status, "message": b.message} for b in found]
        )

    async def show_transitions(_request: Request) -> Response:
        return JSONResponse(fake.store.transitions.to_json())

    async def set_transitions(request: Request) -> Response:
        transitions = Transitions.from_json(await _json_object(request))
        fake.store.set_transitions(transitions)
        return JSONResponse(transitions.to_json())

    async def advance(request: Request) -> Response:
        resource_id = (await _json_object(request)).get("id")
        if resource_id is not None and not isinstance(resource_id, str):
            raise ValueError('the body must be {} or {"id": "..."}')
        return JSONResponse([_resource(r) for r in fake.store.advance(resource_id)])

    async def reset(_request: Request) -> Response:
        fake.reset()
        return Response(status_code=204)

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return _problem(404, "no such admin route")

    async def unknown(_request: Request, exc: Exception) -> Response:
        return _problem(404, str(exc))

    async def bad(_request: Request, exc: Exception) -> Response:
        return _problem(400, str(exc))

    prefix = "/_fake"
    return Starlette(
        routes=[
            Route(f"{prefix}/resources", create, methods=["POST"]),
            Route(f"{prefix}/seed", seed, methods=["POST"]),
            Route(f"{prefix}/removed", remove, methods=["POST"]),
            Route(f"{prefix}/resources", listing, methods=["GET"]),
            Route(f"{prefix}/resources/{{resource_id:path}}", show, methods=["GET"]),
            Route(f"{prefix}/resources/{{resource_id:path}}", update, methods=["PUT"]),
            Route(f"{prefix}/requests", requests, methods=["GET"]),
            Route(f"{prefix}/faults", add_fault, methods=["POST"]),
            Route(f"{prefix}/bugs", bugs, methods=["GET"]),
            Route(f"{prefix}/transitions", show_transitions, methods=["GET"]),
            Route(f"{prefix}/transitions", set_transitions, methods=["PUT"]),
            Route(f"{prefix}/advance", advance, methods=["POST"]),
            Route(f"{prefix}/reset", reset, methods=["POST"]),
        ],
        exception_handlers={
            404: not_found,
            UnknownResource: unknown,
            ValueError: bad,  # also json.JSONDecodeError
            TypeError: bad,
        },
    )
