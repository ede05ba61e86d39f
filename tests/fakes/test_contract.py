"""Schemathesis against each fake, from the fake's own openapi.yaml: documented statuses and bodies only."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from intermission.fakes import PROVIDERS, FakeVendors, load_document
from intermission.fakes.inprocess import auth_headers
from intermission.fakes.vendors import wire_for
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import ignored_auth, status_code_conformance

from tests.support.fakes import org_id

EXAMPLES = 25  # per stateful operation (the vendor table's) and mode
GENERIC_EXAMPLES = 4  # per operation served from the document alone: they share one code path
# Schema-valid requests may meet a resource in the wrong state; three vendors document 400 for that.
ACCEPTED = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]
# Negative cases still run (every answer must match the document, and no fake bug may be recorded), but
# their rejection is not required: like the vendors' servers, the fakes ignore query parameters they do not
# know. What the fakes refuse is tested one case at a time in test_bad_input.py.
CONFIG = {
    "checks": {
        "positive_data_acceptance": {"expected-statuses": ACCEPTED},
        "negative_data_rejection": {"enabled": False},
    }
}


def existing_ids(fakes: FakeVendors, provider: str) -> dict[str, Any]:
    """Path and query values naming a real resource, so that generated cases also reach the 200s."""
    resource = fakes.create(provider, status="PAUSED" if provider == "codegen" else "running")
    if provider == "codegen":
        return {"path_parameters": {"org_id": org_id(fakes), "agent_run_id": int(resource)}}
    if provider == "browser_use":
        return {"query": {"task_id": resource}, "path_parameters": {"task_id": resource}}
    return {"path_parameters": {"session_id": resource}}


def _run(strategy: Any, examples: int, base_url: str, headers: dict[str, str], excluded: list[Any]) -> None:
    @given(case=strategy)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=base_url, headers=headers, excluded_checks=excluded)

    try:
        check()
    except Unsatisfiable:  # no request of this mode exists (e.g. nothing to make invalid): nothing to send
        return


@pytest.mark.parametrize("provider", PROVIDERS)
def test_fake_conforms_to_its_document(vendor_fakes: FakeVendors, provider: str) -> None:
    schema = schemathesis.openapi.from_dict(
        load_document(provider), config=SchemathesisConfig.from_dict(CONFIG)
    )
    base_url, headers = vendor_fakes.base_url(provider), auth_headers(vendor_fakes, provider)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations
    stateful = set(wire_for(provider).routes)
    for operation in operations:
        is_stateful = f"{operation.method.upper()} {operation.path}" in stateful
        fixed = {
            k: {n: v for n, v in values.items() if n in {p.name for p in operation.iter_parameters()}}
            for k, values in existing_ids(vendor_fakes, provider).items()
        }
        strategies = [
            (GenerationMode.POSITIVE, operation.as_strategy(generation_mode=GenerationMode.POSITIVE)),
            (GenerationMode.NEGATIVE, operation.as_strategy(generation_mode=GenerationMode.NEGATIVE)),
            (
                GenerationMode.POSITIVE,
                operation.as_strategy(generation_mode=GenerationMode.POSITIVE, **fixed),
            ),
        ][: 3 if is_stateful else 2]
        for mode, strategy in strategies:
            # A request without its key meets a 401 that few documents list, at the fake as at the vendor.
            # The key goes in every header the facade uses (headers=...), so a mangled other scheme still
            # meets a valid key: "ignored auth" cannot be judged here (test_bad_input checks refusals).
            excluded = [ignored_auth]
            if mode is GenerationMode.NEGATIVE:
                excluded.append(status_code_conformance)
            examples = EXAMPLES if is_stateful else GENERIC_EXAMPLES
            _run(strategy, examples, base_url, headers, excluded)
    assert vendor_fakes.bugs() == []
    statuses = {r.operation for r in vendor_fakes.requests(provider)}
    assert statuses >= {op.definition.raw["operationId"] for op in operations}
