from enum import StrEnum


class GetSessionsHistoryMetricsType1Item(StrEnum):
    AI_STEPS = "ai_steps"
    CREDITS_USED = "credits_used"
    NETWORK_BYTES_TOTAL = "network_bytes_total"
    PROXY_BYTES = "proxy_bytes"
    SCREENSHOTS = "screenshots"
    SESSION_COUNT = "session_count"
    SESSION_HOURS = "session_hours"

    def __str__(self) -> str:
        return str(self.value)
