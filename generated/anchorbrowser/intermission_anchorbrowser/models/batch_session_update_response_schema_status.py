from enum import StrEnum


class BatchSessionUpdateResponseSchemaStatus(StrEnum):
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
