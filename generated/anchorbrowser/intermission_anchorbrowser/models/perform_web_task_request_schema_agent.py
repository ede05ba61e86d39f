from enum import StrEnum


class PerformWebTaskRequestSchemaAgent(StrEnum):
    ANTHROPIC_CUA = "anthropic-cua"
    BROWSER_USE = "browser-use"
    GEMINI_COMPUTER_USE = "gemini-computer-use"
    OPENAI_CUA = "openai-cua"
    YUTORI = "yutori"

    def __str__(self) -> str:
        return str(self.value)
