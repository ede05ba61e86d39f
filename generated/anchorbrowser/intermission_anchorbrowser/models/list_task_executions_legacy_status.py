from enum import StrEnum


class ListTaskExecutionsLegacyStatus(StrEnum):
    CANCELLED = "cancelled"
    FAILURE = "failure"
    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
