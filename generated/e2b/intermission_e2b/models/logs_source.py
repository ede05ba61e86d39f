from enum import StrEnum


class LogsSource(StrEnum):
    LOGS_SOURCE_PERSISTENT = "persistent"
    LOGS_SOURCE_TEMPORARY = "temporary"

    def __str__(self) -> str:
        return str(self.value)
