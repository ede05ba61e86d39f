from enum import StrEnum


class SkillsGenerationStatus(StrEnum):
    CANCELLED = "cancelled"
    FAILED = "failed"
    FINISHED = "finished"
    GENERATING = "generating"
    RECORDING = "recording"
    TIMED_OUT = "timed_out"

    def __str__(self) -> str:
        return str(self.value)
