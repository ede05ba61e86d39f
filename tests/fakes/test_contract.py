"""Schemathesis against each fake, from the fake's own openapi.yaml: documented statuses and bodies only."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from intermission.fakes import PROVIDERS, FakeVendors, load_document
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from tests.support.fakes import org_id

from .conftest import auth

EXAMPLES = 25  # per operation and mode: about two seconds per provider
# Schema-valid requests may meet a resource in the wrong state; three vendors document 400 for that.
ACCEPTED = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]
CONFIG = {"checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}}}


def existing_ids(fakes: FakeVendors, provider: str) -> dict[str, Any]:
    """Path and query values naming a real resource, so that generated cases also reach the 200s."""
    resource = fakes.create(provider, status="PAUSED" if provider == "codegen" else "running")
    if provider == "codegen":
        return {"path_parameters": {"org_id": org_id(fakes), "agent_run_id": int(resource)}}
    if provider == "browser_use":
        return {"query": {"task_id": resource}, "path_parameters": {"task_id": resource}}
    return {"path_parameters": {"session_id": resource}}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_fake_conforms_to_its_document(vendor_fakes: FakeVendors, provider: str) -> None:
    schema = schemathesis.openapi.from_dict(
        load_document(provider), config=SchemathesisConfig.from_dict(CONFIG)
    )
    base_url, headers = vendor_fakes.base_url(provider), auth(vendor_fakes, provider)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations
    for operation in operations:
        fixed = {
            k: {n: v for n, v in values.items() if n in {p.name for p in operation.iter_parameters()}}
            for k, values in existing_ids(vendor_fakes, provider).items()
        }
        strategies = [
            operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
            operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
            operation.as_strategy(generation_mode=GenerationMode.POSITIVE, **fixed),
        ]
        for strategy in strategies:

            @given(case=strategy)
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def check(case: schemathesis.Case) -> None:
                case.call_and_validate(base_url=base_url, headers=headers)

            check()
    assert vendor_fakes.bugs() == []
    statuses = {r.operation for r in vendor_fakes.requests(provider)}
    assert statuses >= {op.definition.raw["operationId"] for op in operations}
