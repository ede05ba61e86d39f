"""The adapter protocol: what differs between vendors, as a table plus a few small methods.

An adapter module ``providers/<name>.py`` defines one ``Adapter`` subclass; its name, display name, base URL,
env vars, auth header and client package come from ``specs/<name>/provider.yaml`` when the class is defined
(never repeated in the adapter). The adapter declares the rest as class attributes: what its ids look like,
which facade operations it has and the vendor operationId behind each, its status vocabulary mapped to
``State``, the HTTP status it uses for "wrong state", and whether ``resume`` takes a message. Its methods bind
arguments to the generated ``sync_detailed`` / ``asyncio_detailed`` functions (``Call``) and read the vendor's
status out of a generated model, or out of raw JSON when the generated parser gave up.

Adapters hold no policy: no retries, no timeouts, no error mapping beyond the table. That is
``intermission.transport`` and ``intermission._engine``.

Model types. ``Adapter[Pause, Resume, Status, Stop]`` declares, once, the model each facade operation's
generated function parses from a 2xx answer (``None`` when that answer has no body, ``typing.Never`` when
the provider lacks the operation), e.g. ``class AGI(Adapter[SessionActionResponse, SessionActionResponse,
SessionStatusResponse, Never])``. The parameters are for type checkers only (the calls stay ``Call`` at
runtime and the models ``object``): ``Client[AGI]`` reads them to type its results (``intermission.client``),
and ``tests/wrappers/providers/test_models.py`` checks each against the generated ``_parse_response`` and the
fakes' answers, so the declaration cannot drift from the code it describes. They default to ``object``: a
bare ``Adapter`` is any provider.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

import httpx

from intermission.errors import Unsupported
from intermission.ids import IdKind
from intermission.listing import Cursor, ListPage
from intermission.providers import _manifest
from intermission.result import Operation, State
from intermission.transport import Call, GeneratedResponse

# What the generated AuthenticatedClient is given as its token. The key never goes there: it is added to
# each request by intermission.transport, so the generated client's repr (which prints the token) is safe.
TOKEN_PLACEHOLDER = "<sent by intermission.transport>"


class ResumeMessage(enum.Enum):
    """What ``resume(id, message=...)`` does with the message at a provider."""

    REQUIRED = "required"  # sent to the vendor; resume without one is refused before any request
    IGNORED = "ignored"  # the vendor's resume takes no message; a given one is logged and dropped


class GeneratedClient(Protocol):
    """The part of a generated ``AuthenticatedClient`` the adapters use."""

    def set_httpx_client(self, client: httpx.Client) -> Self: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...


C = TypeVar("C", bound=GeneratedClient)


def attach(client: C, sync_http: httpx.Client | None, async_http: httpx.AsyncClient | None) -> C:
    """Give a generated client the httpx clients built by ``intermission.transport``."""
    if sync_http is not None:
        client.set_httpx_client(sync_http)
    if async_http is not None:
        client.set_async_httpx_client(async_http)
    return client


def call(
    module: ModuleType,
    sync: Callable[[], GeneratedResponse[object]],
    aio: Callable[[], Awaitable[GeneratedResponse[object]]],
) -> Call:
    """A ``Call`` named after the generated module, i.e. the vendor's operationId.

    Adapters spell out both lambdas, ``sync_detailed(...)`` and ``asyncio_detailed(...)``, on purpose: written
    as calls, mypy checks every argument against the generated signature; one shared argument tuple would not.
    """
    return Call(module.__name__.rpartition(".")[2], sync, aio)


def dig(data: object, *path: str) -> str | None:
    """``data[path[0]][path[1]]...`` when every step is a mapping and the end is a string."""
    for key in path:
        if not isinstance(data, Mapping):
            return None
        data = data.get(key)
    return data if isinstance(data, str) else None


if TYPE_CHECKING:  # typing.TypeVar takes a default from Python 3.13; type checkers read typing_extensions'
    import typing_extensions

    Pause = typing_extensions.TypeVar("Pause", covariant=True, default=object)
    Resume = typing_extensions.TypeVar("Resume", covariant=True, default=object)
    Status = typing_extensions.TypeVar("Status", covariant=True, default=object)
    Stop = typing_extensions.TypeVar("Stop", covariant=True, default=object)
else:
    Pause = TypeVar("Pause", covariant=True)
    Resume = TypeVar("Resume", covariant=True)
    Status = TypeVar("Status", covariant=True)
    Stop = TypeVar("Stop", covariant=True)


class Adapter(Generic[Pause, Resume, Status, Stop]):
    """Base of the provider adapters. Subclasses fill in the table and the ``Call`` builders, and declare
    the 2xx model of each operation as the parameters ``[Pause, Resume, Status, Stop]``."""

    # ---- from the manifest (set when the subclass is defined) -------------------------------------
    name: ClassVar[str]
    display_name: ClassVar[str]
    package: ClassVar[str]  # the generated client package
    default_base_url: ClassVar[str]
    key_envs: ClassVar[tuple[str, ...]]  # env vars with the API key, in the order they are read
    key_env: ClassVar[str]  # the first of them: the one error messages name
    base_url_envs: ClassVar[tuple[str, ...]] = ()
    setting_envs: ClassVar[Mapping[str, str]] = {}  # extra required settings -> env var (Codegen: org_id)
    auth_header: ClassVar[str] = "Authorization"
    auth_prefix: ClassVar[str] = "Bearer "
    auth_also: ClassVar[tuple[tuple[str, str], ...]] = ()  # more (header, prefix) pairs for the key
    manifest: ClassVar[_manifest.Manifest]

    # ---- the table of differences ---------------------------------------------------------------
    id_kind: ClassVar[IdKind] = IdKind.TEXT
    operations: ClassVar[Mapping[Operation, str]]  # supported facade operation -> vendor operationId
    statuses: ClassVar[Mapping[str, State]]  # vendor status -> uniform state (case-insensitive)
    state_error_status: ClassVar[int] = 400  # the documented "wrong state" answer of pause/resume/stop
    resume_message: ClassVar[ResumeMessage] = ResumeMessage.IGNORED
    # Operations kept through an API version the vendor has retired, with what changed (README, CLI).
    legacy: ClassVar[Mapping[Operation, str]] = {}
    # Listing: the vendor's own status filter value for each state it can filter on (the rest is filtered
    # by intermission.listing), and the cursor of the first page when the vendor echoes it (page 1, offset 0).
    list_filters: ClassVar[Mapping[State, str]] = MappingProxyType({})
    # The vendor operationId of the read that confirms an operation, where it is not the status operation
    # (``confirmation`` builds it; its model joins the operation's in the declared models).
    confirmed_by: ClassVar[Mapping[Operation, str]] = MappingProxyType({})
    first_cursor: ClassVar[Cursor | None] = None

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        manifest = _manifest.load(cls.__module__.rpartition(".")[2])
        cls.manifest = manifest
        cls.name = manifest.name
        cls.display_name = manifest.display_name
        cls.package = manifest.package
        cls.default_base_url = manifest.base_url
        cls.key_envs = manifest.key_envs
        cls.key_env = manifest.key_envs[0]
        cls.base_url_envs = manifest.base_url_envs
        cls.setting_envs = manifest.setting_envs
        cls.auth_header = manifest.auth_header
        cls.auth_prefix = manifest.auth_prefix
        cls.auth_also = manifest.auth_also

    def __init__(self, settings: Mapping[str, str]) -> None:
        self.settings = dict(settings)
        self._lowered = {key.lower(): value for key, value in self.statuses.items()}

    # ---- declarations ---------------------------------------------------------------------------
    @classmethod
    def capabilities(cls) -> dict[str, bool]:
        return {op.value: op in cls.operations for op in Operation}

    @classmethod
    def key_from(cls, env: Mapping[str, str]) -> str | None:
        """The key from the first of ``key_envs`` that is set."""
        return next((env[name] for name in cls.key_envs if env.get(name)), None)

    @classmethod
    def base_url_from(cls, env: Mapping[str, str]) -> str:
        """The base URL from the first of ``base_url_envs`` that is set, else the manifest's."""
        return next((env[name] for name in cls.base_url_envs if env.get(name)), cls.default_base_url)

    @classmethod
    def check_settings(cls, settings: Mapping[str, str]) -> dict[str, str]:
        """Validate the extra settings (already taken from arguments or env). Override to check types."""
        return dict(settings)

    def state_of(self, raw: str | None) -> State:
        if raw is None:
            return State.UNKNOWN
        return self._lowered.get(raw.lower(), State.UNKNOWN)

    # ---- binding --------------------------------------------------------------------------------
    # The generated package's ``AuthenticatedClient``; each adapter narrows ``_client`` to its own.
    client_class: ClassVar[Callable[..., GeneratedClient]]
    _client: Any

    def bind(
        self, base_url: str, sync_http: httpx.Client | None, async_http: httpx.AsyncClient | None
    ) -> None:
        """Build the generated client for ``base_url`` on the given httpx clients.

        The key travels in the transport's headers, never in the generated client (hence the placeholder).
        """
        client = self.client_class(base_url=base_url, token=TOKEN_PLACEHOLDER, prefix="")
        self._client = attach(client, sync_http, async_http)

    # ---- calls ----------------------------------------------------------------------------------
    def call(self, operation: Operation, ident: str, message: str | None) -> Call:
        if operation not in self.operations:
            raise Unsupported(
                f"{self.display_name} has no {operation.value} operation",
                provider=self.name,
                operation=operation.value,
                id=ident,
            )
        if operation is Operation.PAUSE:
            return self.pause(ident)
        if operation is Operation.RESUME:
            return self.resume(ident, message)
        if operation is Operation.STOP:
            return self.stop(ident)
        if operation is Operation.STATUS:
            return self.status(ident)
        raise Unsupported(
            f"{operation.value} takes no id; use Client.list", provider=self.name, operation=operation.value
        )

    def pause(self, ident: str) -> Call:
        raise Unsupported(
            f"{self.display_name} has no pause", provider=self.name, operation="pause", id=ident
        )

    def resume(self, ident: str, message: str | None) -> Call:
        raise Unsupported(
            f"{self.display_name} has no resume", provider=self.name, operation="resume", id=ident
        )

    def stop(self, ident: str) -> Call:
        raise Unsupported(f"{self.display_name} has no stop", provider=self.name, operation="stop", id=ident)

    def status(self, ident: str) -> Call:
        raise Unsupported(
            f"{self.display_name} has no status", provider=self.name, operation="status", id=ident
        )

    def confirmation(self, operation: Operation, ident: str) -> Call:
        """The status read that confirms (or refutes) ``operation`` after an unclear or refused answer:
        ``status``, unless ``confirmed_by`` names a read that sees that operation's result better."""
        return self.status(ident)

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        """The request for one page: ``cursor`` from the previous ``ListPage`` (``None``: the first page),
        ``status``: the vendor's filter value from ``list_filters``, or ``None`` for no filter."""
        raise Unsupported(f"{self.display_name} has no list", provider=self.name, operation="list")

    def read_page(
        self, cursor: Cursor | None, parsed: object | None, data: object, headers: Mapping[str, str]
    ) -> ListPage | None:
        """The page asked for with ``cursor``, from its JSON ``data`` and headers (``parsed``: the generated
        client's model, ``None`` when it refused the body); ``None`` (or ``ValueError``) when it is not of the
        documented shape."""
        return None

    # ---- reading answers ------------------------------------------------------------------------
    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        """The vendor's status string in a parsed 2xx body, if it carries one."""
        return None

    def says_success(self, operation: Operation, parsed: object) -> bool | None:
        """Whether a parsed 2xx answer to a pause/resume/stop says it worked: ``None`` when it does not say
        (no body, or one the generated client does not know), ``False`` when it says it failed."""
        return None if parsed is None else True

    def reported_status_json(self, operation: Operation, data: object) -> str | None:
        """The same, from raw JSON, for bodies the generated parser refused (e.g. an unknown enum value)."""
        return dig(data, "status")


# The type parameter of ``Client`` and ``AsyncClient``: the adapter of their provider, whose declared models
# type their results. Defaults to ``Adapter`` (any provider, models typed ``object``).
if TYPE_CHECKING:
    Provider = typing_extensions.TypeVar("Provider", bound=Adapter, covariant=True, default=Adapter)
else:
    Provider = TypeVar("Provider", bound=Adapter, covariant=True)
