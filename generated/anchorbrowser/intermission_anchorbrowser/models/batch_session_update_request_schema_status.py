from enum import StrEnum


class BatchSessionUpdateRequestSchemaStatus(StrEnum):
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
