from enum import StrEnum


class GCPRegistryType(StrEnum):
    GCP = "gcp"

    def __str__(self) -> str:
        return str(self.value)
