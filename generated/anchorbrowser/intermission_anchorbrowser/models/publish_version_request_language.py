from enum import StrEnum


class PublishVersionRequestLanguage(StrEnum):
    TYPESCRIPT = "typescript"

    def __str__(self) -> str:
        return str(self.value)
