# avido_client runtime (runtime/types.py): make generate copies it verbatim; edit it in runtime/.
"""Types the generated operations and models share."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of UNSET: a value that was not given (an absent key, a parameter not passed)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles to the one UNSET, so `is UNSET` still holds


UNSET: Unset = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """A whole response: status, body, headers, and the body decoded by status (None where the
    spec documents no body for the status)."""

    # An int, not http.HTTPStatus: HTTPStatus(520) raises, and servers do send such codes.
    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "Response", "Unset"]
