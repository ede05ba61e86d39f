from enum import StrEnum


class ProfileResponseSchemaSource(StrEnum):
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
