from enum import StrEnum


class AsyncSessionCreateResponseSchemaDataStatus(StrEnum):
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
