from enum import StrEnum


class SessionStatus(StrEnum):
    ERROR = "error"
    FINISHED = "finished"
    PAUSED = "paused"
    READY = "ready"
    RUNNING = "running"
    WAITING_FOR_INPUT = "waiting_for_input"

    def __str__(self) -> str:
        return str(self.value)
