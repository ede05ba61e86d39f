from enum import StrEnum


class SuccessStatus(StrEnum):
    COMPLETED = "COMPLETED"

    def __str__(self) -> str:
        return str(self.value)
