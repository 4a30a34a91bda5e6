from enum import StrEnum


class ApplicationType(StrEnum):
    AGENT = "AGENT"
    CHATBOT = "CHATBOT"

    def __str__(self) -> str:
        return str(self.value)
