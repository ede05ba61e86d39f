from enum import StrEnum


class ServiceAccountCredentialsType(StrEnum):
    SERVICEACCOUNT = "serviceAccount"

    def __str__(self) -> str:
        return str(self.value)
