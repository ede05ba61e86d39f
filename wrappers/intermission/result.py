"""What every facade call returns: a uniform state next to the vendor's own words.

Standard library only, so ``import intermission`` stays cheap.

``Result`` is generic in the type of ``model``, the generated client's parsed answer. The type is a static
declaration only (at runtime ``Result`` is a plain ``Generic`` dataclass and ``model`` is whatever the
generated layer parsed): ``Client("agi").status(id)`` is typed ``Result[SessionStatusResponse]`` from the
adapter's declaration (see ``intermission.client``), and tests check that declaration against the generated
code. The parameter defaults to ``object`` (PEP 696), so a bare ``Result``, in a user's annotations or ours,
still type-checks under ``mypy --strict`` and means "a result of any provider". Build one as ``Result(...)``
(the checker infers the parameter from ``model``): ``Result[M](...)`` fails at runtime on Python 3.11 and
3.12, where a frozen slotted dataclass refuses the ``__orig_class__`` that ``typing`` sets (fixed in 3.13).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:  # typing.TypeVar takes a default from Python 3.13; type checkers read typing_extensions'
    import typing_extensions

    Model = typing_extensions.TypeVar("Model", covariant=True, default=object)
else:
    Model = TypeVar("Model", covariant=True)


class State(StrEnum):
    """The uniform lifecycle of an agent, whatever the vendor calls it.

    Each adapter maps its vendor's statuses onto these (see ``statuses`` in ``intermission.providers``);
    a status the adapter does not know, for example one the vendor added last week, is ``UNKNOWN``.
    """

    RUNNING = "running"
    PAUSED = "paused"
    WAITING_FOR_INPUT = "waiting_for_input"
    FINISHED = "finished"
    STOPPED = "stopped"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        """True once the agent can no longer be paused, resumed or stopped."""
        return self in (State.FINISHED, State.STOPPED, State.FAILED)


class Operation(StrEnum):
    """The facade's operations; ``capabilities()`` says which each provider supports."""

    PAUSE = "pause"
    RESUME = "resume"
    STATUS = "status"
    STOP = "stop"
    LIST = "list"

    @property
    def target(self) -> State | None:
        """The state a successful call leaves the agent in (``None`` for ``status`` and ``list``)."""
        return _TARGETS.get(self)


_TARGETS = {Operation.PAUSE: State.PAUSED, Operation.RESUME: State.RUNNING, Operation.STOP: State.STOPPED}


@dataclass(frozen=True, slots=True)
class Result(Generic[Model]):
    """The outcome of ``pause``, ``resume``, ``status`` or ``stop``.

    ``raw_status`` is the vendor's status string when the vendor reported one (``None`` when the answer
    carried none, e.g. AGI's ``{"success": true}``); ``model`` is the generated client's parsed body
    (``None`` when there was none, e.g. E2B's 204, or when the generated layer could not parse it, e.g. an
    unknown enum value). ``Result[M]``: ``model`` is an ``M`` or ``None``.
    """

    provider: str
    id: str
    state: State
    raw_status: str | None = None
    model: Model | None = field(default=None, compare=False)
