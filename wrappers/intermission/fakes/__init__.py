"""Local vendor servers: stateful fakes of every provider, exact to generated/<provider>/openapi.yaml.

    from intermission.fakes import run_fakes, Fault
    with run_fakes(seed=0) as fakes:
        sid = fakes.create("agi", status="running")
        fakes.inject("agi", Fault.status(503, times=2), operation="pause_session")
        fakes.set_transitions("agi", "polls", 2)   # a pause shows after the 2nd status poll

Without sockets: ``in_process_fakes()`` and ``fakes_client(fakes, "agi")`` (an ``httpx.Client``).

Needs the ``intermission[fakes]`` extra; nothing else in intermission imports this package.
"""

from intermission.fakes.faults import Fault
from intermission.fakes.handle import FakeVendors, run_fakes
from intermission.fakes.inprocess import async_fakes_client, fakes_client, in_process_fakes
from intermission.fakes.records import RecordedRequest, ServerBug
from intermission.fakes.spec import PROVIDERS, load_document

__all__ = [
    "PROVIDERS",
    "FakeVendors",
    "Fault",
    "RecordedRequest",
    "ServerBug",
    "async_fakes_client",
    "fakes_client",
    "in_process_fakes",
    "load_document",
    "run_fakes",
]
