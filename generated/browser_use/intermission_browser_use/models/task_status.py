from enum import StrEnum


class TaskStatus(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    FINISHED = "finished"
    STARTED = "started"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
