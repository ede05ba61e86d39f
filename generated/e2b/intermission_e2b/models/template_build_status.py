from enum import StrEnum


class TemplateBuildStatus(StrEnum):
    BUILDING = "building"
    ERROR = "error"
    READY = "ready"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
