from enum import StrEnum


class SandboxOnTimeout(StrEnum):
    KILL = "kill"
    PAUSE = "pause"

    def __str__(self) -> str:
        return str(self.value)
