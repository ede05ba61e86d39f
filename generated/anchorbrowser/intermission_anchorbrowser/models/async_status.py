from enum import StrEnum


class AsyncStatus(StrEnum):
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
