from enum import StrEnum


class DraftTaskRequestLanguage(StrEnum):
    TYPESCRIPT = "typescript"

    def __str__(self) -> str:
        return str(self.value)
