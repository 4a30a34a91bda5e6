from enum import StrEnum


class EvalType(StrEnum):
    BLACKLIST = "BLACKLIST"
    CUSTOM = "CUSTOM"
    FACT = "FACT"
    GEVAL = "GEVAL"
    LLMQA = "LLMQA"
    NATURALNESS = "NATURALNESS"
    RECALL = "RECALL"
    STYLE = "STYLE"

    def __str__(self) -> str:
        return str(self.value)
