from enum import StrEnum


class BrowserSessionUpdateAction(StrEnum):
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
