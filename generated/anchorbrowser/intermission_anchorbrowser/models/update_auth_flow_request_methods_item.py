from enum import StrEnum


class UpdateAuthFlowRequestMethodsItem(StrEnum):
    AUTHENTICATOR = "authenticator"
    CUSTOM = "custom"
    USERNAME_PASSWORD = "username_password"

    def __str__(self) -> str:
        return str(self.value)
