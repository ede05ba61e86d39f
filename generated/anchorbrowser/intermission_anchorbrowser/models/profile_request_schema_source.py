from enum import StrEnum


class ProfileRequestSchemaSource(StrEnum):
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
