from enum import StrEnum


class CreateTaskRequestLanguage(StrEnum):
    TYPESCRIPT = "typescript"

    def __str__(self) -> str:
        return str(self.value)
