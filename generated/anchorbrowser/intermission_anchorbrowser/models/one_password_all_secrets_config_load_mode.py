from enum import StrEnum


class OnePasswordAllSecretsConfigLoadMode(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
