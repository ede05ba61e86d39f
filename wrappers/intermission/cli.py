"""The ``intermission`` command: pause, resume, stop and inspect agents from a shell.

Exit codes (stable; scripts may branch on them) are listed in ``EXIT_CODES``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from typing import Any

from intermission import errors

# One code per error class, most specific first; 1 is any other intermission error, 2 is bad usage.
EXIT_CODES: tuple[tuple[type[errors.IntermissionError], int, str], ...] = (
    (errors.MissingCredentials, 6, "no API key: set the provider's env var or pass one"),
    (errors.ConfigurationError, 13, "bad configuration (e.g. a key over plain http to a non-loopback host)"),
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


def exit_code_for(error: BaseException) -> int:
    for cls, code, _ in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return EXIT_ERROR


def _epilog() -> str:
    lines = ["exit codes:", "  0  success", "  1  any other error", "  2  bad usage"]
    listed = sorted((code, cls.__name__, meaning) for cls, code, meaning in EXIT_CODES)
    lines += [f"  {code:<2} {name}: {meaning}" for code, name, meaning in listed]
    return "\n".join(lines)


def _client(args: argparse.Namespace) -> Any:
    from intermission import Client

    options: dict[str, Any] = {}
    if args.base_url:
        options["base_url"] = args.base_url
    if args.timeout is not None:
        options["deadline"] = args.timeout
    if getattr(args, "org_id", None) is not None:
        options["org_id"] = args.org_id
    return Client(args.provider, **options)


def _result_dict(result: Any, operation: str, seconds: float) -> dict[str, Any]:
    return {
        "provider": result.provider,
        "id": result.id,
        "operation": operation,
        "state": result.state.value,
        "raw_status": result.raw_status,
        "latency_ms": round(seconds * 1000, 1),
    }


def _run_operation(args: argparse.Namespace) -> int:
    operation: str = args.command
    with _client(args) as client:
        started = time.perf_counter()
        if operation == "resume":
            result = client.resume(args.id, message=args.message)
        else:
            result = getattr(client, operation)(args.id)
        elapsed = time.perf_counter() - started
    row = _result_dict(result, operation, elapsed)
    if args.json:
        print(json.dumps(row, sort_keys=True))
    else:
        raw = f" ({row['raw_status']})" if row["raw_status"] is not None else ""
        print(f"{row['provider']} {row['id']}: {row['state']}{raw}")
    return EXIT_OK


def _run_providers(args: argparse.Namespace) -> int:
    from intermission import capabilities

    matrix = capabilities()
    if args.json:
        print(json.dumps(matrix, sort_keys=True))
        return EXIT_OK
    print(capability_table(matrix))
    return EXIT_OK


def capability_table(matrix: dict[str, dict[str, bool]]) -> str:
    """The capability matrix as a Markdown table (the README embeds this text)."""
    operations = ["pause", "resume", "status", "stop"]
    lines = ["| provider | " + " | ".join(operations) + " |", "|---|" + "---|" * len(operations)]
    for provider in sorted(matrix):
        cells = ["yes" if matrix[provider].get(op) else "no" for op in operations]
        lines.append(f"| {provider} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _run_fakes(args: argparse.Namespace) -> int:
    try:
        from intermission.fakes.foreground import serve_forever
    except ImportError as exc:  # the optional extra is not installed
        print(
            f"error: the local vendor servers need `pip install intermission[fakes]` ({exc})", file=sys.stderr
        )
        return EXIT_ERROR
    try:
        serve_forever(providers=args.providers or None, port=args.port)
    except ValueError as exc:  # an unknown provider name
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _run_demo(args: argparse.Namespace) -> int:
    from intermission.demo import run_demo

    return run_demo(as_json=args.json)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intermission",
        description="Pause, resume and stop AI agents at Anchor Browser, AGI, Codegen and Browser Use.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each HTTP attempt to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def operation(name: str, summary: str) -> argparse.ArgumentParser:
        command = sub.add_parser(
            name,
            help=summary,
            description=f"{summary}. Keys come from the provider's env var (see `intermission providers`).",
            epilog=_epilog(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument("provider", choices=["anchorbrowser", "agi", "codegen", "browser_use"])
        command.add_argument("id", help="the session, task or agent-run id")
        command.add_argument("--base-url", help="talk to this base URL instead of the vendor's")
        command.add_argument("--timeout", type=float, help="overall deadline in seconds")
        command.add_argument("--org-id", type=int, help="Codegen organization id (default: $CODEGEN_ORG_ID)")
        command.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
        command.set_defaults(run=_run_operation)
        return command

    operation("pause", "Pause the agent; pausing a paused agent returns its state")
    resume = operation("resume", "Resume the agent; resuming a running agent returns its state")
    resume.add_argument("--message", help="text for the agent on resume (required by Codegen)")
    operation("status", "Print the agent's uniform state and the vendor's raw status")
    operation("stop", "Stop the agent for good (where the vendor supports it)")

    providers = sub.add_parser("providers", help="show which operations each provider supports")
    providers.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    providers.set_defaults(run=_run_providers)

    fakes = sub.add_parser(
        "fakes",
        help="serve the local vendor servers until Ctrl-C",
        description="Serve stateful local fakes of the vendor APIs on 127.0.0.1 (needs intermission[fakes]).",
    )
    fakes.add_argument("providers", nargs="*", help="providers to serve (default: all)")
    fakes.add_argument("--port", type=int, default=0, help="first port (default: ephemeral ports)")
    fakes.set_defaults(run=_run_fakes)

    demo = sub.add_parser(
        "demo",
        help="pause/status/resume/status at every provider, against the local fakes",
        description="Start the local vendor servers; pause, status, resume, status at each provider.",
    )
    demo.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON rows")
    demo.set_defaults(run=_run_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        code: int = args.run(args)
    except errors.IntermissionError as exc:
        if args.json:
            print(json.dumps({"error": type(exc).__name__, "message": str(exc)}, sort_keys=True))
        print(f"error: {exc}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
