from enum import StrEnum


class TaskUpdateAction(StrEnum):
    STOP = "stop"
    STOP_TASK_AND_SESSION = "stop_task_and_session"

    def __str__(self) -> str:
        return str(self.value)
