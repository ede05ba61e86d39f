"""``python -m intermission.fakes [provider ...] [--port N]``: serve the fakes until Ctrl-C."""

from __future__ import annotations

import argparse

from intermission.fakes.foreground import serve_forever
from intermission.fakes.spec import PROVIDERS


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m intermission.fakes",
        description="Serve stateful local fakes of the vendor APIs until Ctrl-C.",
    )
    parser.add_argument("providers", nargs="*", help=f"any of {', '.join(PROVIDERS)} (default: all)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="first port (default: ephemeral ports)")
    args = parser.parse_args()
    unknown = sorted(set(args.providers) - set(PROVIDERS))
    if unknown:
        parser.error(f"unknown providers: {', '.join(unknown)} (known: {', '.join(PROVIDERS)})")
    serve_forever(providers=args.providers or None, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
