from enum import StrEnum


class CreateIdentityResponseStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    VALIDATED = "validated"

    def __str__(self) -> str:
        return str(self.value)
