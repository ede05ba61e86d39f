from enum import StrEnum


class RunningStatus(StrEnum):
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
