from enum import StrEnum


class AuthenticatorType(StrEnum):
    AUTHENTICATOR = "authenticator"

    def __str__(self) -> str:
        return str(self.value)
