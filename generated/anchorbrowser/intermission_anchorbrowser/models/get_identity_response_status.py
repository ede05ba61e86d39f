from enum import StrEnum


class GetIdentityResponseStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    VALIDATED = "validated"

    def __str__(self) -> str:
        return str(self.value)
