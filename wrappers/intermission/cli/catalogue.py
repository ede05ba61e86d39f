"""``intermission providers``: what each provider supports and the env vars it reads (the README's tables)."""

from __future__ import annotations

import argparse

from intermission import providers
from intermission.cli.exit_codes import EXIT_OK
from intermission.cli.output import Output
from intermission.providers._tables import provider_table
from intermission.result import Operation

OPERATIONS = tuple(op.value for op in Operation)


def capability_table(matrix: dict[str, dict[str, bool]]) -> str:
    """The capability matrix as a Markdown table (the README embeds this text)."""
    lines = ["| provider | " + " | ".join(OPERATIONS) + " |", "|---|" + "---|" * len(OPERATIONS)]
    for provider in sorted(matrix):
        cells = ["yes" if matrix[provider].get(op) else "no" for op in OPERATIONS]
        lines.append(f"| {provider} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def env_vars(provider: str) -> dict[str, list[str]]:
    """``{"API key": [...], <setting>: [...], "base URL": [...]}``: the env vars ``provider`` reads, in the
    order it reads them, as its adapter declares them."""
    adapter = providers.load(provider)
    found: dict[str, list[str]] = {"API key": list(adapter.key_envs)}
    for setting, var in adapter.setting_envs.items():
        found[setting] = [var]
    if adapter.base_url_envs:
        found["base URL"] = list(adapter.base_url_envs)
    return found


def run(args: argparse.Namespace, out: Output) -> int:
    matrix = providers.capabilities()
    if out.as_json:
        out.json({name: {**ops, "env": env_vars(name)} for name, ops in matrix.items()})
        return EXIT_OK
    out.line(capability_table(matrix))
    out.line("")
    out.line(provider_table())
    return EXIT_OK
