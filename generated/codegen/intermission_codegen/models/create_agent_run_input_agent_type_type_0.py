from enum import StrEnum


class CreateAgentRunInputAgentTypeType0(StrEnum):
    CLAUDE_CODE = "claude_code"
    CODEGEN = "codegen"

    def __str__(self) -> str:
        return str(self.value)
