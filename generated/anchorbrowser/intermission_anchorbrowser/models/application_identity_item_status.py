from enum import StrEnum


class ApplicationIdentityItemStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    VALIDATED = "validated"

    def __str__(self) -> str:
        return str(self.value)
