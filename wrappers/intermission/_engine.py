"""What ``Client`` and ``AsyncClient`` share: settings, checks before any request, and each facade operation
written once as a flow (``intermission.transport`` runs it with blocking I/O or on asyncio).

The flow of ``pause`` / ``resume`` / ``stop`` (``Engine.flow``):

1. refuse, before any request: an operation the provider lacks (``Unsupported``), a bad id (``InvalidId``),
   a missing Codegen message (``RequestInvalid``);
2. send the generated call through ``transport.transition``: retried only when nothing was done, or when
   a status read (itself retried) shows the change has not happened; when no status can be read the call
   ends with ``OutcomeUnknown``, so a change that may have happened is never requested twice;
3. a 2xx whose answer says the change worked is the result; any other 2xx (no body, ``success: false``,
   a body the generated client cannot read) is confirmed by a status read, or is not a success;
4. the provider's "wrong state" status triggers a status read: already in the target state -> that
   state is the result (idempotent pause/resume/stop); otherwise ``InvalidState`` with the current state;
5. a 410 from an operation the adapter keeps on a retired API version (``legacy``), or a 404 there for an
   agent whose status still reads, is ``EndpointRemoved`` naming the vendor's change;
6. anything else becomes the mapped error (``intermission.error_mapping``).

``status`` is one ``transport.read``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any, Final, TypedDict, Unpack

import httpx

from intermission import providers
from intermission.error_mapping import endpoint_removed, error_for, invalid_state, outcome_unknown
from intermission.errors import (
    ConfigurationError,
    IntermissionError,
    MissingCredentials,
    OutcomeUnknown,
    RequestInvalid,
    Unsupported,
)
from intermission.ids import check_id
from intermission.providers._base import Adapter, ResumeMessage
from intermission.result import Operation, Result, State
from intermission.transport import (
    Attempt,
    CallInfo,
    Confirmed,
    Credentials,
    Deadline,
    Flow,
    Policy,
    RetryPolicy,
    Timeouts,
    build_async_client,
    build_sync_client,
    check_url,
    read,
    transition,
)
from intermission.transport.settings import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_BYTES,
    positive_int,
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
    max_response_bytes: int


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
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        adapter_cls = providers.load(provider)
        self.adapter_cls = adapter_cls
        self.provider = adapter_cls.name
        key = self._key(adapter_cls, api_key, env)
        settings = self._settings(adapter_cls, {"org_id": org_id}, env)
        if base_url is not None and not isinstance(base_url, str):
            raise ConfigurationError(
                f"base_url must be a string, not {type(base_url).__name__}", provider=adapter_cls.name
            )
        if base_url is not None and not base_url.strip():
            raise ConfigurationError("base_url is empty", provider=adapter_cls.name)
        self.base_url = (base_url or adapter_cls.base_url_from(env)).rstrip("/")
        check_url(self.base_url)
        also = tuple((header, prefix + key) for header, prefix in adapter_cls.auth_also)
        self.credentials = Credentials(adapter_cls.auth_header, adapter_cls.auth_prefix + key, key, also=also)
        timeouts = Timeouts.coerce(timeout)
        if not isinstance(deadline, _Unset):
            timeouts = timeouts.with_deadline(deadline)
        limit = positive_int("max_response_bytes", max_response_bytes)
        self.policy = Policy(timeouts, RetryPolicy.coerce(retries), limit)
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
        return Policy(timeouts, self.policy.retry, self.policy.max_response_bytes)

    def flow(
        self,
        operation: Operation | str,
        ident: object,
        message: str | None = None,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Flow[Result]:
        """One facade call, from the checks before any request to its result or error."""
        if self.closed:
            raise ConfigurationError("the client is closed", provider=self.provider)
        op = operation if type(operation) is Operation else Operation(operation)
        adapter = self.adapter
        if op not in adapter.operations:
            raise Unsupported(
                f"{adapter.display_name} has no {op.value} operation",
                provider=self.provider,
                operation=op.value,
            )
        text = check_id(ident, adapter.id_kind, provider=self.provider, operation=op.value)
        if message is not None or op is Operation.RESUME:
            self._check_message(op, text, message)
        call = adapter.call(op, text, message)
        policy = self.policy_for(timeout, deadline)
        clock = Deadline(policy.timeouts.deadline)
        info = CallInfo(self.provider, op.value, call.vendor_operation, text)
        target = op.target
        if target is None:  # status
            result, last = yield from read(call, info, policy, clock, lambda a: self._reading(text, a))
            if result is None:
                raise error_for(last, self.credentials, clock)
            return result

        sent = message if adapter.resume_message is ResumeMessage.REQUIRED else None  # what went out

        def unknown(attempt: Attempt) -> OutcomeUnknown:
            why = "its answer was lost, and no status read answered within the deadline"
            return outcome_unknown(attempt, sent, why, credentials=self.credentials)

        has_status = Operation.STATUS in adapter.operations
        check = (lambda: self._current(text, policy, clock, op)) if has_status else None
        ended = yield from transition(
            call, info, policy, clock, check, lambda current: current.state is target, unknown
        )
        if isinstance(ended, Confirmed):
            return ended.value
        attempt = ended
        if attempt.answered_2xx:
            says = adapter.says_success(op, attempt.parsed) if attempt.ok else None
            if says:
                return self._changed(op, text, attempt)
            current = (yield from self._current(text, policy, clock, op)) if has_status else None
            if current is not None and current.state is target:
                return current
            if says is False:
                raise invalid_state(attempt, adapter.display_name, current, self.credentials)
            why = f"its answer (HTTP {attempt.status_code}) did not say it worked"
            why += (
                f"; the status read shows {current.state.value}" if current else "; no status read answered"
            )
            state = current.state if current else None
            raise outcome_unknown(attempt, sent, why, state, self.credentials)
        if attempt.answered and attempt.status_code == adapter.state_error_status:
            current = (yield from self._current(text, policy, clock, op)) if has_status else None
            if current is not None and current.state is target:
                log.info(
                    "%s %s id=%s: already %s (vendor status %r); nothing to do",
                    self.provider,
                    op.value,
                    text,
                    target.value,
                    current.raw_status,
                )
                return current
            raise invalid_state(attempt, adapter.display_name, current, self.credentials)
        if attempt.answered and attempt.status_code in (404, 410) and op in adapter.legacy:
            # a retired endpoint gone for good, or an agent that does not exist: the status (read through
            # the vendor's current API) tells them apart when the answer is a 404
            gone = attempt.status_code == 410
            if not gone and has_status:
                gone = (yield from self._current(text, policy, clock, Operation.STATUS)) is not None
            if gone:
                raise endpoint_removed(attempt, adapter.legacy[op], self.credentials)
        raise error_for(attempt, self.credentials, clock)

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

    def _current(
        self, ident: str, policy: Policy, deadline: Deadline, operation: Operation
    ) -> Flow[Result | None]:
        """The current state as the adapter reads it to confirm ``operation``, read (and retried) within the
        deadline; ``None`` when no read answered."""
        call = self.adapter.confirmation(operation, ident)
        info = CallInfo(self.provider, Operation.STATUS.value, call.vendor_operation, ident)
        result, _ = yield from read(call, info, policy, deadline, lambda a: self._reading(ident, a))
        return result

    def _reading(self, ident: str, attempt: Attempt) -> Result | None:
        """The state in a status answer, or ``None`` when it is not a 2xx that says one."""
        if not attempt.answered_2xx:
            return None
        adapter = self.adapter
        if attempt.ok:
            model = attempt.parsed
            raw = adapter.reported_status(Operation.STATUS, model)
        else:  # the generated parser refused the body (e.g. a status value added after generation)
            model = None
            raw = adapter.reported_status_json(Operation.STATUS, attempt.json())
        return None if raw is None else Result(self.provider, ident, adapter.state_of(raw), raw, model)

    def _changed(self, op: Operation, ident: str, attempt: Attempt) -> Result:
        """The result of a transition whose answer said it worked."""
        raw = self.adapter.reported_status(op, attempt.parsed)
        state = self.adapter.state_of(raw)
        if state is State.UNKNOWN:
            state = op.target or State.UNKNOWN
        return Result(self.provider, ident, state, raw, attempt.parsed)


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
        """``{"pause": bool, ..., "list": bool}`` for this provider (one key per ``Operation``)."""
        return self._engine.adapter_cls.capabilities()
