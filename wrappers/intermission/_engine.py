"""What ``Client`` and ``AsyncClient`` share: settings, checks before any request, and each facade operation
written once as a flow (``intermission.transport`` runs it with blocking I/O or on asyncio).

Most calls end with their first attempt, so the drivers send that attempt themselves (``Engine.begin``,
``Engine.settled``) and hand over to the flow (``Engine.rest``) only when it did not settle the call.

The flow of ``pause`` / ``resume`` / ``stop``:

1. refuse, before any request: an operation the provider lacks (``Unsupported``), a bad id (``InvalidId``),
   a missing Codegen message (``RequestInvalid``);
2. send the generated call through ``transport.attempts`` (retries; after an ambiguous failure a status
   check, so a transition that already happened is never requested twice);
3. a 2xx is the result (state from the vendor's answer, or the operation's target state);
4. the provider's "wrong state" status triggers one status check: already in the target state -> that
   state is the result (idempotent pause/resume/stop); otherwise ``InvalidState`` with the current state;
5. anything else becomes the mapped error.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypedDict, Unpack

import httpx

from intermission import providers
from intermission.errors import (
    ConfigurationError,
    IntermissionError,
    InvalidState,
    MissingCredentials,
    RequestInvalid,
)
from intermission.ids import check_id
from intermission.providers._base import Adapter, ResumeMessage
from intermission.result import Operation, Result, State
from intermission.transport import (
    Call,
    CallInfo,
    Confirm,
    Confirmed,
    Credentials,
    Deadline,
    Exchange,
    Flow,
    Policy,
    RetryPolicy,
    Send,
    Timeouts,
    attempts,
    build_async_client,
    build_sync_client,
    check_url,
    error_for,
    plan_attempt,
)

log = logging.getLogger("intermission")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


class ClientOptions(TypedDict, total=False):
    """Keyword options of ``Client`` / ``AsyncClient`` (and the module-level conveniences)."""

    api_key: str | None
    base_url: str | None
    timeout: float | Timeouts | None
    retries: int | RetryPolicy | None
    deadline: float | _Unset | None
    org_id: int | str | None
    max_connections: int


@dataclass(frozen=True, slots=True)
class Start:
    """A checked call with its first attempt planned (``send`` is ``None`` when the deadline leaves no time).

    The drivers send that attempt themselves; only when it does not settle the call does the flow
    (``Engine.rest``) take over, so the common call runs no generator at all.
    """

    op: Operation
    ident: str
    call: Call
    info: CallInfo
    policy: Policy
    deadline: Deadline
    send: Send | None


class Engine:
    """One provider's configuration, adapter and httpx client (sync or async, one of them)."""

    def __init__(
        self,
        provider: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | Timeouts | None = None,
        retries: int | RetryPolicy | None = None,
        deadline: float | _Unset | None = UNSET,
        org_id: int | str | None = None,
        max_connections: int = 100,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        adapter_cls = providers.load(provider)
        self.adapter_cls = adapter_cls
        self.provider = adapter_cls.name
        key = self._key(adapter_cls, api_key, env)
        settings = self._settings(adapter_cls, {"org_id": org_id}, env)
        self.base_url = (base_url or adapter_cls.base_url_from(env)).rstrip("/")
        check_url(self.base_url)
        self.credentials = Credentials(adapter_cls.auth_header, adapter_cls.auth_prefix + key)
        timeouts = Timeouts.coerce(timeout)
        if not isinstance(deadline, _Unset):
            timeouts = timeouts.with_deadline(deadline)
        self.policy = Policy(timeouts, RetryPolicy.coerce(retries))
        self.max_connections = positive_int("max_connections", max_connections)
        self.adapter: Adapter = adapter_cls(settings)
        self.sync_http: httpx.Client | None = None
        self.async_http: httpx.AsyncClient | None = None
        self.closed = False

    # ---- configuration --------------------------------------------------------------------------
    @staticmethod
    def _key(adapter: type[Adapter], api_key: str | None, env: Mapping[str, str]) -> str:
        key = api_key if api_key is not None else adapter.key_from(env)
        if key is not None and not isinstance(key, str):
            raise ConfigurationError(
                f"api_key must be a string, not {type(key).__name__}", provider=adapter.name
            )
        if key is None or not key.strip():
            raise MissingCredentials(
                f"no API key for {adapter.display_name}: pass api_key=... or set {adapter.key_env}",
                env_var=adapter.key_env,
                provider=adapter.name,
            )
        key = key.strip()
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in key):
            raise ConfigurationError("the API key contains control characters", provider=adapter.name)
        return key

    @staticmethod
    def _settings(
        adapter: type[Adapter], given: Mapping[str, object], env: Mapping[str, str]
    ) -> dict[str, str]:
        settings: dict[str, str] = {}
        for name, value in given.items():
            if value is not None and name not in adapter.setting_envs:
                raise ConfigurationError(
                    f"{name} does not apply to {adapter.display_name}", provider=adapter.name
                )
        for name, env_var in adapter.setting_envs.items():
            value = given.get(name)
            text = str(value) if value is not None else env.get(env_var)
            if text is None or not text.strip():
                raise MissingCredentials(
                    f"no {name} for {adapter.display_name}: pass {name}=... or set {env_var}",
                    env_var=env_var,
                    provider=adapter.name,
                )
            settings[name] = text.strip()
        return adapter.check_settings(settings)

    def open_sync(self) -> None:
        self.sync_http = build_sync_client(
            self.base_url, self.credentials, self.policy.timeouts, max_connections=self.max_connections
        )
        self.adapter.bind(self.base_url, self.sync_http, None)

    def open_async(self) -> None:
        self.async_http = build_async_client(
            self.base_url, self.credentials, self.policy.timeouts, max_connections=self.max_connections
        )
        self.adapter.bind(self.base_url, None, self.async_http)

    def close(self) -> None:
        self.closed = True
        if self.sync_http is not None:
            self.sync_http.close()

    async def aclose(self) -> None:
        self.closed = True
        if self.async_http is not None:
            await self.async_http.aclose()

    def describe(self, kind: str) -> str:
        state = ", closed" if self.closed else ""
        return f"{kind}(provider={self.provider!r}, base_url={self.base_url!r}{state})"

    # ---- operations -----------------------------------------------------------------------------
    def policy_for(self, timeout: float | Timeouts | None, deadline: float | _Unset | None) -> Policy:
        if timeout is None and isinstance(deadline, _Unset):
            return self.policy
        timeouts = Timeouts.coerce(timeout, self.policy.timeouts)
        if not isinstance(deadline, _Unset):
            timeouts = timeouts.with_deadline(deadline)
        return Policy(timeouts, self.policy.retry)

    def begin(
        self,
        operation: Operation | str,
        ident: object,
        message: str | None = None,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Start:
        """Check everything that can be checked without a request (raising here); plan the first attempt."""
        if self.closed:
            raise ConfigurationError("the client is closed", provider=self.provider)
        op = operation if type(operation) is Operation else Operation(operation)
        adapter = self.adapter
        if op not in adapter.operations:
            adapter.call(op, str(ident), message)  # raises Unsupported
        text = check_id(ident, adapter.id_kind, provider=self.provider, operation=op.value)
        if message is not None or op is Operation.RESUME:
            self._check_message(op, text, message)
        call = adapter.call(op, text, message)
        policy = self.policy_for(timeout, deadline)
        clock = Deadline(policy.timeouts.deadline)
        info = self._info(op, text, call)
        return Start(op, text, call, info, policy, clock, plan_attempt(call, info, policy, clock))

    def settled(self, start: Start, first: Exchange | None) -> Result | None:
        """The result when the first attempt settles the call by itself (a 2xx the generated layer read)."""
        return self._read(start.op, start.ident, first) if first is not None and first.ok else None

    def _check_message(self, op: Operation, ident: str, message: str | None) -> None:
        context: dict[str, Any] = {"provider": self.provider, "operation": op.value, "id": ident}
        if message is not None and not isinstance(message, str):
            raise RequestInvalid(f"message must be a string, not {type(message).__name__}", **context)
        if op is not Operation.RESUME:
            if message is not None:
                raise RequestInvalid(f"{op.value} takes no message", **context)
            return
        if self.adapter.resume_message is ResumeMessage.REQUIRED and (message is None or not message.strip()):
            raise RequestInvalid(
                f"{self.adapter.display_name} resume needs a message (it is sent as the prompt)", **context
            )
        if self.adapter.resume_message is ResumeMessage.IGNORED and message:
            log.info(
                "%s resume id=%s: %s takes no message on resume; the message is not sent",
                self.provider,
                ident,
                self.adapter.display_name,
            )

    def _info(self, op: Operation, ident: str, call: Call) -> CallInfo:
        return CallInfo(self.provider, op.value, call.vendor_operation, ident)

    def rest(self, start: Start, first: Exchange | None) -> Flow[Result]:
        """The call after its first attempt (``first``, or ``None`` if it was not sent): retries, status
        checks, the idempotent answers and the mapping to errors."""
        op, ident, policy, deadline = start.op, start.ident, start.policy, start.deadline
        target = op.target
        confirm: Confirm[Result] | None = None
        if target is not None and Operation.STATUS in self.adapter.operations:
            confirm = Confirm(
                lambda: self._status_call(ident),
                lambda exchange: self._reached(exchange, ident, target),
            )
        outcome = yield from attempts(start.call, start.info, policy, deadline, confirm, first)
        if isinstance(outcome, Confirmed):
            return outcome.value
        exchange = outcome
        status = exchange.status_code if exchange.answered else None
        if status is not None and 200 <= status < 300:
            result = self._read(op, ident, exchange)
            if result is not None:
                return result
            if target is not None:  # a 2xx whose body the generated layer refused: did it happen?
                current = yield from self._current(ident, policy, deadline)
                if current is not None and current.state is target:
                    return current
            raise error_for(exchange, self.credentials, deadline)
        if target is not None and status == self.adapter.state_error_status:
            current = yield from self._current(ident, policy, deadline)
            if current is not None and current.state is target:
                log.info(
                    "%s %s id=%s: already %s (vendor status %r); nothing to do",
                    self.provider,
                    op.value,
                    ident,
                    target.value,
                    current.raw_status,
                )
                return current
            raise self._invalid_state(op, exchange, current, deadline)
        raise error_for(exchange, self.credentials, deadline)

    def _invalid_state(
        self, op: Operation, exchange: Exchange, current: Result | None, deadline: Deadline
    ) -> InvalidState:
        refused = error_for(exchange, self.credentials, deadline)
        where = f" in state {current.state.value} (vendor status {current.raw_status!r})" if current else ""
        body = getattr(refused, "message", "").removeprefix("request refused")
        error = InvalidState(
            f"{self.adapter.display_name} refused to {op.value}{where}{body}",
            current_state=current.state if current else None,
            raw_status=current.raw_status if current else None,
            provider=refused.provider,
            operation=refused.operation,
            vendor_operation=refused.vendor_operation,
            id=refused.id,
            http_status=refused.http_status,
            request_id=refused.request_id,
        )
        error.__cause__ = refused.__cause__
        return error

    def _status_call(self, ident: str) -> tuple[Call, CallInfo]:
        call = self.adapter.status(ident)
        return call, self._info(Operation.STATUS, ident, call)

    def _current(self, ident: str, policy: Policy, deadline: Deadline) -> Flow[Result | None]:
        """The current state, or ``None`` when the status check failed."""
        outcome: Exchange | Confirmed[Result] = yield from attempts(
            *self._status_call(ident), policy, deadline
        )
        if isinstance(outcome, Confirmed):  # pragma: no cover - no confirm was given
            return None
        status = outcome.status_code if outcome.answered else None
        if status is None or not 200 <= status < 300:
            return None
        return self._read(Operation.STATUS, ident, outcome)

    def _reached(self, exchange: Exchange, ident: str, target: State) -> Result | None:
        status = exchange.status_code if exchange.answered else None
        if status is None or not 200 <= status < 300:
            return None
        result = self._read(Operation.STATUS, ident, exchange)
        return result if result is not None and result.state is target else None

    def _read(self, op: Operation, ident: str, exchange: Exchange) -> Result | None:
        """The result of a 2xx exchange, or ``None`` when its body cannot be read."""
        adapter = self.adapter
        if exchange.ok:
            model = exchange.parsed
            raw = adapter.reported_status(op, model)
        else:
            if op is not Operation.STATUS:
                return None
            # The generated parser refused the body (e.g. a status value added after generation).
            model = None
            raw = adapter.reported_status_json(op, exchange.json())
        if op is Operation.STATUS:
            return None if raw is None else Result(self.provider, ident, adapter.state_of(raw), raw, model)
        state = adapter.state_of(raw)
        if state is State.UNKNOWN:
            state = op.target or State.UNKNOWN
        return Result(self.provider, ident, state, raw, model)


def positive_int(name: str, value: object) -> int:
    """``value`` when it is an integer of at least 1 (``True`` is not one), else ``ConfigurationError``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be a positive integer, not {value!r}")
    return value


def as_error(
    error: BaseException, provider: str | None = None, operation: str | None = None, ident: str | None = None
) -> IntermissionError:
    """Any exception as an ``IntermissionError`` (bulk results never lose an item to a bug)."""
    if isinstance(error, IntermissionError):
        return error
    wrapped = IntermissionError(
        f"unexpected {type(error).__name__}: {error}", provider=provider, operation=operation, id=ident
    )
    wrapped.__cause__ = error
    return wrapped


class ClientBase:
    """What ``Client`` and ``AsyncClient`` share: their arguments, the engine, the read-only facts."""

    def __init__(self, provider: str, **options: Unpack[ClientOptions]) -> None:
        self._engine = Engine(provider, **options)
        self._open()

    def _open(self) -> None:
        raise NotImplementedError

    @property
    def provider(self) -> str:
        return self._engine.provider

    @property
    def base_url(self) -> str:
        return self._engine.base_url

    def capabilities(self) -> dict[str, bool]:
        """``{"pause": bool, "resume": bool, "status": bool, "stop": bool}`` for this provider."""
        return self._engine.adapter_cls.capabilities()
