from enum import StrEnum


class OnePasswordIntegrationType(StrEnum):
    VALUE_0 = "1PASSWORD"

    def __str__(self) -> str:
        return str(self.value)
