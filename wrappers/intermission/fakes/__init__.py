"""Local vendor servers: stateful fakes of every provider, exact to generated/<provider>/openapi.yaml.

    from intermission.fakes import run_fakes, Fault
    with run_fakes(seed=0) as fakes:
        sid = fakes.create("agi", status="running")
        fakes.inject("agi", Fault.status(503, times=2), operation="pause_session")

Needs the ``intermission[fakes]`` extra; nothing else in intermission imports this package.
"""

from intermission.fakes.faults import Fault
from intermission.fakes.handle import FakeVendors, run_fakes
from intermission.fakes.records import RecordedRequest, ServerBug
from intermission.fakes.spec import PROVIDERS, load_document

__all__ = ["PROVIDERS", "FakeVendors", "Fault", "RecordedRequest", "ServerBug", "load_document", "run_fakes"]
