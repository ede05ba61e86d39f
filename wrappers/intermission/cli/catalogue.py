"""``intermission providers``: what each provider supports, and the env vars it reads, from the registry."""

from __future__ import annotations

import argparse

from intermission import providers
from intermission.cli.exit_codes import EXIT_OK
from intermission.cli.output import Output

OPERATIONS = ("pause", "resume", "status", "stop")


def capability_table(matrix: dict[str, dict[str, bool]]) -> str:
    """The capability matrix as a Markdown table (the README embeds this text)."""
    lines = ["| provider | " + " | ".join(OPERATIONS) + " |", "|---|" + "---|" * len(OPERATIONS)]
    for provider in sorted(matrix):
        cells = ["yes" if matrix[provider].get(op) else "no" for op in OPERATIONS]
        lines.append(f"| {provider} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def env_vars(provider: str) -> dict[str, list[str]]:
    """``{"API key": [...], "base URL": [...], <setting>: [...]}``: the env vars ``provider`` reads, first
    name first, as its adapter declares them."""
    adapter = providers.load(provider)
    found: dict[str, list[str]] = {"API key": [adapter.key_env, *getattr(adapter, "key_env_aliases", ())]}
    for setting, var in adapter.setting_envs.items():
        found[setting] = [var]
    base_url_env = getattr(adapter, "base_url_env", None)
    if base_url_env:
        found["base URL"] = [base_url_env]
    return found


def env_table() -> str:
    """One Markdown row per provider: each env var it reads and what for."""
    lines = ["| provider | env vars |", "|---|---|"]
    for provider in sorted(providers.names()):
        cells = [f"{' or '.join(names)} ({what})" for what, names in env_vars(provider).items()]
        lines.append(f"| {provider} | {'; '.join(cells)} |")
    return "\n".join(lines)


def run(args: argparse.Namespace, out: Output) -> int:
    matrix = providers.capabilities()
    if out.as_json:
        out.json({name: {**ops, "env": env_vars(name)} for name, ops in matrix.items()})
        return EXIT_OK
    out.line(capability_table(matrix))
    out.line("")
    out.line(env_table())
    return EXIT_OK
