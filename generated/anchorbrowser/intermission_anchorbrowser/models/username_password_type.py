from enum import StrEnum


class UsernamePasswordType(StrEnum):
    USERNAME_PASSWORD = "username_password"

    def __str__(self) -> str:
        return str(self.value)
