from enum import StrEnum


class AWSRegistryType(StrEnum):
    AWS = "aws"

    def __str__(self) -> str:
        return str(self.value)
