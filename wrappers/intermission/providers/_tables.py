"""The README's provider table, rendered from the manifests and adapters (a test keeps the README equal)."""

from __future__ import annotations

from intermission.ids import IdKind
from intermission.providers import load, names
from intermission.providers._base import ResumeMessage

_IDS = {IdKind.TEXT: "text", IdKind.UUID: "UUID", IdKind.INTEGER: "integer"}


def provider_table() -> str:
    """One row per provider (env vars, auth, ids, resume message, legacy operations), as Markdown."""
    lines = [
        "| provider | key env vars | other env vars | auth | ids | resume message | legacy |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in names():
        adapter = load(name)
        keys = ", ".join(f"`{env}`" for env in adapter.key_envs)
        others = [f"`{env}` ({setting}, required)" for setting, env in adapter.setting_envs.items()]
        others += [f"`{env}` (base URL)" for env in adapter.base_url_envs]
        schemes = ((adapter.auth_header, adapter.auth_prefix), *adapter.auth_also)
        auth = " and ".join(f"`{header}: {prefix}<key>`" for header, prefix in schemes)
        message = "required" if adapter.resume_message is ResumeMessage.REQUIRED else "ignored"
        kept = "; ".join(f"{op.value}: {note}" for op, note in adapter.legacy.items()) or "-"
        row = [f"`{name}`", keys, ", ".join(others) or "-", auth, _IDS[adapter.id_kind], message, kept]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)
