from enum import StrEnum


class MaximumTeamMetricsMetric(StrEnum):
    CONCURRENT_SANDBOXES = "concurrent_sandboxes"
    SANDBOX_START_RATE = "sandbox_start_rate"

    def __str__(self) -> str:
        return str(self.value)
