from enum import StrEnum


class PerformWebTaskRequestSchemaProvider(StrEnum):
    AZURE = "azure"
    GEMINI = "gemini"
    GROQ = "groq"
    OPENAI = "openai"
    XAI = "xai"

    def __str__(self) -> str:
        return str(self.value)
