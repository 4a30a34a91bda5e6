from enum import StrEnum


class ApplicationEnvironment(StrEnum):
    DEV = "DEV"
    PROD = "PROD"

    def __str__(self) -> str:
        return str(self.value)
