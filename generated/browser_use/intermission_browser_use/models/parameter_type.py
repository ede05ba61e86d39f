from enum import StrEnum


class ParameterType(StrEnum):
    ARRAY = "array"
    BOOLEAN = "boolean"
    COOKIE = "cookie"
    NUMBER = "number"
    OBJECT = "object"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
