from enum import StrEnum


class SessionUpdateAction(StrEnum):
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
