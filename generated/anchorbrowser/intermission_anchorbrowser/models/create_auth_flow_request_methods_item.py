from enum import StrEnum


class CreateAuthFlowRequestMethodsItem(StrEnum):
    AUTHENTICATOR = "authenticator"
    CUSTOM = "custom"
    USERNAME_PASSWORD = "username_password"

    def __str__(self) -> str:
        return str(self.value)
