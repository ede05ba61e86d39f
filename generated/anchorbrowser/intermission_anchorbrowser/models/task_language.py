from enum import StrEnum


class TaskLanguage(StrEnum):
    TYPESCRIPT = "typescript"

    def __str__(self) -> str:
        return str(self.value)
