"""The one type the subcommand modules share with ``codegen.cli``: how they add their parsers."""

from __future__ import annotations

import argparse
from collections.abc import Callable

# ``add_subparsers().add_parser``, bound: argparse names no public type for the object it belongs to.
AddParser = Callable[..., argparse.ArgumentParser]
