from enum import StrEnum


class TaskVersionLanguage(StrEnum):
    TYPESCRIPT = "typescript"

    def __str__(self) -> str:
        return str(self.value)
