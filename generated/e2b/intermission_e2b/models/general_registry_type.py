from enum import StrEnum


class GeneralRegistryType(StrEnum):
    REGISTRY = "registry"

    def __str__(self) -> str:
        return str(self.value)
