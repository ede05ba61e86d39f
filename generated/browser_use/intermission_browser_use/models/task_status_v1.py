from enum import StrEnum


class TaskStatusV1(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    FINISHED = "finished"
    PAUSED = "paused"
    RUNNING = "running"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
