from enum import StrEnum


class OnePasswordSpecificSecretsConfigLoadMode(StrEnum):
    SPECIFIC = "specific"

    def __str__(self) -> str:
        return str(self.value)
