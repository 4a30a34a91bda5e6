from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding

# What get() gives for an absent key (None is the JSON null), and the common empty set.
_ABSENT = object()
_NO_NULLS: frozenset[str] = frozenset()


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "success",
        "id",
        "error",
    }
)


@_attrs_define
class IngestEventResult:
    """What became of one ingested event.

    Attributes:
        success (bool): Whether the event was stored.
        id (str | None): ID the stored event got; null when it was not stored.
        error (str | None): Why the event was not stored; null when it was.
    """

    success: bool
    id: str | None = None
    error: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._null_keys:
            field_dict["id"] = None
        if self.error is not None:
            field_dict["error"] = self.error
        elif "error" in self._null_keys:
            field_dict["error"] = None

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The model as JSON text, as `to_dict()` gives it (unknown keys and explicit nulls kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the JSON object; raises _decoding.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            _nulls: list[str] = []
            _absent = 0
            _key = "success"
            success = src_dict["success"]
            if not (isinstance(success, bool)):
                raise _decoding.Mismatch("boolean", success)

            _key = "id"
            _id = src_dict.get("id", _ABSENT)
            id: str | None = None
            if _id is None:
                _nulls.append(_key)
            elif _id is not _ABSENT:
                if isinstance(_id, str):
                    id = _id
                else:
                    raise _decoding.Mismatch("null or string", _id)

            else:
                _absent += 1

            _key = "error"
            _error = src_dict.get("error", _ABSENT)
            error: str | None = None
            if _error is None:
                _nulls.append(_key)
            elif _error is not _ABSENT:
                if isinstance(_error, str):
                    error = _error
                else:
                    raise _decoding.Mismatch("null or string", _error)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            ingest_event_result = cls.__new__(cls)
            ingest_event_result.success = success
            ingest_event_result.id = id
            ingest_event_result.error = error
            ingest_event_result._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 3 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        ingest_event_result.additional_properties = d
        return ingest_event_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
