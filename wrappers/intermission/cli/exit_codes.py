"""The command's exit statuses: one per error class, stable so that scripts may branch on them."""

from __future__ import annotations

from intermission import errors

# One code per error class, most specific first; 1 is any other intermission error, 2 is bad usage.
EXIT_CODES: tuple[tuple[type[errors.IntermissionError], int, str], ...] = (
    (errors.MissingCredentials, 6, "no API key: set the provider's env var or pass one"),
    (errors.ConfigurationError, 13, "bad configuration (e.g. a key over plain http to a non-loopback host)"),
    (errors.EndpointRemoved, 14, "the vendor removed the (legacy) endpoint behind the operation"),
    (errors.Unsupported, 3, "the provider has no such operation"),
    (errors.NotFound, 4, "no session/task/run with that id"),
    (errors.InvalidState, 5, "the session is in a state that refuses the operation"),
    (errors.AuthenticationError, 6, "missing or rejected API key"),
    (errors.PermissionDenied, 7, "the key may not act on that resource"),
    (errors.RateLimited, 8, "rate limited; retries ran out"),
    (errors.RequestInvalid, 9, "the request was refused as invalid (bad id, missing message)"),
    (errors.Timeout, 10, "no answer within the deadline"),
    (errors.ConnectionFailed, 11, "could not reach the provider"),
    (errors.ProviderError, 12, "the provider failed (5xx or an unexpected answer)"),
)
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def exit_code_for(error: BaseException) -> int:
    """The exit status for ``error``: its class's code, or 1."""
    for cls, code, _ in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return EXIT_ERROR


def epilog() -> str:
    """The exit-code table of ``--help``."""
    lines = [
        "exit codes (with several ids: 0 when every id succeeded, else the code of the first that failed):",
        f"  {EXIT_OK}  success",
        f"  {EXIT_ERROR}  any other error",
        f"  {EXIT_USAGE}  bad usage",
    ]
    listed = sorted((code, cls.__name__, meaning) for cls, code, meaning in EXIT_CODES)
    lines += [f"  {code:<2} {name}: {meaning}" for code, name, meaning in listed]
    lines.append(f"  {EXIT_INTERRUPTED} interrupted (Ctrl-C)")
    return "\n".join(lines)
