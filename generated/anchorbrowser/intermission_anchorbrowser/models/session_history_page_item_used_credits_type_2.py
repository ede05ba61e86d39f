from enum import StrEnum


class SessionHistoryPageItemUsedCreditsType2(StrEnum):
    NA = "N/A"

    def __str__(self) -> str:
        return str(self.value)
