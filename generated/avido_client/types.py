# avido_client runtime (runtime/types.py): make generate copies it verbatim; edit it in runtime/.
"""Types the generated resources and models share, and the types of the per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeAlias


class Unset:
    """The type of UNSET (also named NOT_GIVEN, as in Stainless SDKs): a value that was not given
    (a keyword left out, so the client's own setting applies)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles to the one UNSET, so `is UNSET` still holds


UNSET: Unset = Unset()
NotGiven: TypeAlias = Unset
NOT_GIVEN: Unset = UNSET

# The per-call options every method takes (extra_headers=, extra_query=, extra_body=).
Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]

__all__ = ["NOT_GIVEN", "UNSET", "Body", "Headers", "NotGiven", "Query", "Unset"]
