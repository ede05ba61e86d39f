"""Problems a validator finds in the new document: ``document-invalid`` entries, a warning when the old
document did not have the problem and info when it did. The document is compared all the same."""

from __future__ import annotations

from codegen.drift.documents import Document
from codegen.drift.model import Change, Rule
from codegen.drift.validation import problems

DOCUMENT_INVALID = Rule(
    "document-invalid",
    "warning",
    "none",
    "the document does not validate",
    "the comparison reads it as written; the generators may not",
)


def check(old: Document, new: Document, *, full: bool = False) -> list[Change]:
    """Problems of ``new``; ``old`` is validated only when ``new`` has some, to tell inherited ones."""
    if old.data == new.data:
        return []  # nothing changed: whatever the document lacks, it lacked before
    found = problems(new, full=full)
    if not found:
        return []
    inherited = set(problems(old, full=full))
    changes = []
    for problem in found:
        severity = "info" if problem in inherited else DOCUMENT_INVALID.severity
        where = problem.location
        message = f"{DOCUMENT_INVALID.title}: {problem.message}"
        changes.append(Change(DOCUMENT_INVALID.id, severity, DOCUMENT_INVALID.direction, where, message))
    return changes
