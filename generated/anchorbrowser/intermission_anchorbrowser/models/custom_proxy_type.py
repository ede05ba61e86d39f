from enum import StrEnum


class CustomProxyType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
