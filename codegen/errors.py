"""The errors the pipeline raises; each names where the problem is."""

from __future__ import annotations

from pathlib import Path


class CodegenError(Exception):
    """Base class of every error the pipeline reports to a user (exit status 2)."""


class PageError(CodegenError):
    """A vendor page could not be turned into an OpenAPI fragment.

    ``line`` and ``column`` are 1-based and point into the page file when known.
    """

    def __init__(
        self,
        source: Path | str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.source = str(source)
        self.message = message
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class SpecError(CodegenError):
    """A provider's manifest, overlay or assembled document is wrong."""

    def __init__(self, provider: str, message: str) -> None:
        self.provider = provider
        self.message = message
        super().__init__(f"{provider}: {message}")
