from enum import StrEnum
from typing import Any, Literal, TypeAlias

from .._constants import MAX_UNKNOWN_ENUM_MEMBERS
from .._decoding import refuse_unknown_enum_value


class TaskType(StrEnum):
    """NORMAL tasks have prompts generated for each test; STATIC tasks (ADVERSARY in the
    earlier API) replay fixed ones.

    Forward-compatible: a value the API adds after this client was generated parses to a
    member that is not one of the known ones (`member.is_known` is False) and keeps its raw
    string, so one new value doesn't lose a whole response. Such a member can't be sent: a
    parameter or a request body holding one is refused before sending.
    """

    NORMAL = "NORMAL"
    ADVERSARY = "ADVERSARY"
    STATIC = "STATIC"

    @classmethod
    def _missing_(cls, value: Any) -> "TaskType | None":
        if not isinstance(value, str):
            return None
        refuse_unknown_enum_value(cls, value)  # raises while a body to send is checked
        member = _UNKNOWN.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            if len(_UNKNOWN) < MAX_UNKNOWN_ENUM_MEMBERS:  # one per value, however many responses
                _UNKNOWN[value] = member
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (False for a value the API added later)."""
        return self._value_ in type(self)._value2member_map_

    @staticmethod
    def from_json(value: Any) -> "TaskType":
        """The member for a decoded JSON value: one dict lookup for a known value. Decoding's hot
        path, hence a staticmethod (no bound method made per call) and no type test up front (a
        non-string, unhashable or not, misses the lookup and fails in the constructor)."""
        try:
            return _KNOWN[value]
        except (KeyError, TypeError):
            known_later = _UNKNOWN.get(value) if isinstance(value, str) else None
            if known_later is None:
                return TaskType(value)
            refuse_unknown_enum_value(TaskType, value)  # raises while a body to send is checked
            return known_later

    def __str__(self) -> str:
        return str(self.value)


_KNOWN: dict[str, TaskType] = {member.value: member for member in TaskType}
# The members made for values the spec doesn't list (see _missing_), so each is made once.
_UNKNOWN: dict[str, TaskType] = {}

# The values as plain strings: a parameter of this type takes a member or one of these.
TaskTypeLiteral: TypeAlias = Literal[
    "NORMAL",
    "ADVERSARY",
    "STATIC",
]
