"""What reviewers decided about drift: per-rule severity overrides and accepted changes.

Overrides live in one config file (``specs/drift.yaml`` by default)::

    severity:
      response-mediatype-added: info

Accepted changes live beside each provider's sources, ``specs/<provider>/drift-accepted.yaml``::

    accepted:
      - rule: response-property-enum-value-added
        location: "#/components/schemas/TaskView $.status"
        reason: the adapter maps the new status
        by: jane
        expires: 2027-01-31   # optional; an expired entry accepts nothing

An accepted change stays in the report, marked accepted, and counts for no ``--fail-on``. A malformed
file is bad input (exit status 2) naming the file and the entry.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from codegen.drift.model import SEVERITIES, Acceptance, Change, DriftError, Severity

CONFIG_FILE = "drift.yaml"
ACCEPTED_FILE = "drift-accepted.yaml"


def _load(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DriftError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise DriftError(f"{path}: invalid YAML: {exc}") from None


def _known(rule: object, where: str) -> str:
    from codegen.drift.catalog import RULES

    if not isinstance(rule, str) or rule not in RULES:
        raise DriftError(f"{where}: unknown rule id {rule!r}")
    return rule


def read_overrides(path: Path | None) -> dict[str, Severity]:
    """``{rule id: severity}`` from a config file; none when ``path`` is None or missing."""
    if path is None or not path.is_file():
        return {}
    data = _load(path)
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("severity", {}), dict):
        raise DriftError(f"{path}: expected a mapping with a 'severity' mapping of rule id -> level")
    overrides: dict[str, Severity] = {}
    for rule, level in (data.get("severity") or {}).items():
        _known(rule, str(path))
        match = next((s for s in SEVERITIES if s == level), None)
        if match is None:
            raise DriftError(f"{path}: severity of {rule}: {level!r} is not one of {', '.join(SEVERITIES)}")
        overrides[rule] = match
    return overrides


@dataclass(frozen=True)
class AcceptedEntry:
    """One entry of a ``drift-accepted.yaml``: the change it names (rule, location) and who accepted it."""

    rule: str
    location: str
    acceptance: Acceptance


def read_accepted(path: Path) -> list[AcceptedEntry]:
    """The entries of a ``drift-accepted.yaml``; none when the file does not exist."""
    if not path.is_file():
        return []
    data = _load(path)
    if data is None:
        return []
    items = data.get("accepted") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise DriftError(f"{path}: expected a mapping with an 'accepted' list")
    entries = []
    for index, item in enumerate(items, 1):
        where = f"{path}: accepted entry {index}"
        if not isinstance(item, dict):
            raise DriftError(f"{where}: must be a mapping")
        missing = [
            k for k in ("rule", "location", "reason", "by") if not isinstance(item.get(k), str) or not item[k]
        ]
        if missing:
            raise DriftError(f"{where}: needs a non-empty {', '.join(missing)}")
        expires = item.get("expires")
        if expires is not None:
            expires = _date(expires, where)
        acceptance = Acceptance(item["reason"], item["by"], expires)
        entries.append(AcceptedEntry(_known(item["rule"], where), item["location"], acceptance))
    return entries


def _date(value: object, where: str) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise DriftError(f"{where}: expires must be a date (YYYY-MM-DD), not {value!r}") from None


@dataclass
class DriftPolicy:
    """Overrides for every provider and the accepted changes of each."""

    overrides: dict[str, Severity] = field(default_factory=dict)
    accepted: dict[str, list[AcceptedEntry]] = field(default_factory=dict)
    today: datetime.date = field(default_factory=datetime.date.today)

    @classmethod
    def load(cls, config: Path | None, specs: Path | None, providers: Iterable[str]) -> DriftPolicy:
        accepted = {}
        if specs is not None:
            accepted = {name: read_accepted(specs / name / ACCEPTED_FILE) for name in providers}
        return cls(read_overrides(config), {k: v for k, v in accepted.items() if v})

    def apply(self, provider: str, changes: Iterable[Change]) -> tuple[tuple[Change, ...], tuple[str, ...]]:
        """The changes with overrides and acceptances applied, and notes about the accepted file."""
        entries = self.accepted.get(provider, [])
        used: set[int] = set()
        notes: list[str] = []
        out = []
        for change in changes:
            if change.rule in self.overrides:
                change = replace(change, severity=self.overrides[change.rule])
            for index, entry in enumerate(entries):
                if entry.rule == change.rule and entry.location == change.location:
                    used.add(index)
                    expires = entry.acceptance.expires
                    if expires is not None and datetime.date.fromisoformat(expires) < self.today:
                        notes.append(f"acceptance of {entry.rule} at {entry.location} expired on {expires}")
                    else:
                        change = replace(change, accepted=entry.acceptance)
                    break
            out.append(change)
        for index, entry in enumerate(entries):
            if index not in used:
                notes.append(f"{ACCEPTED_FILE}: {entry.rule} at {entry.location} matches no change")
        return tuple(out), tuple(notes)
