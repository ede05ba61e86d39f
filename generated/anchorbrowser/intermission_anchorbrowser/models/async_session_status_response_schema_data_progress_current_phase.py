from enum import StrEnum


class AsyncSessionStatusResponseSchemaDataProgressCurrentPhase(StrEnum):
    CONFIGURING = "configuring"
    PROVISIONING = "provisioning"
    QUEUED = "queued"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
