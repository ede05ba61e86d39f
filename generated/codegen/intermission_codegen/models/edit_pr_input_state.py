from enum import StrEnum


class EditPRInputState(StrEnum):
    CLOSED = "closed"
    DRAFT = "draft"
    OPEN = "open"
    READY_FOR_REVIEW = "ready_for_review"

    def __str__(self) -> str:
        return str(self.value)
