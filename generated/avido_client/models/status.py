from enum import StrEnum


class Status(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    PASSED = "PASSED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
