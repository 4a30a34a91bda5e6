from enum import StrEnum


class RunResult(StrEnum):
    FAILED = "FAILED"
    PASSED = "PASSED"

    def __str__(self) -> str:
        return str(self.value)
