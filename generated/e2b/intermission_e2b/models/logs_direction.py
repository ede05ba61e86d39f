from enum import StrEnum


class LogsDirection(StrEnum):
    LOGS_DIRECTION_BACKWARD = "backward"
    LOGS_DIRECTION_FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)
