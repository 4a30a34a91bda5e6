from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding

try:  # the `fast` extra: see _struct below
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - depends on the environment
    _msgspec = None  # type: ignore[assignment]

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

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestEventResult]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestEventResult]]

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
        # The key being decoded (with the index, inside a list), for the error's path. Named with a
        # trailing underscore: a property's raw value is `_<its Python name>`, and `_key` was the
        # raw value of a property named `key` too (its nulls were recorded as None).
        _where_: str | tuple[str, int] = ""
        try:
            _nulls: list[str] = []
            _absent = 0
            _where_ = "success"
            success = src_dict["success"]
            if not (isinstance(success, bool)):
                raise _decoding.Mismatch("boolean", success)

            _where_ = "id"
            _id = src_dict.get("id", _ABSENT)
            id: str | None = None
            if _id is None:
                _nulls.append(_where_)
            elif _id is not _ABSENT:
                if isinstance(_id, str):
                    id = _id
                else:
                    raise _decoding.Mismatch("null or string", _id)

            else:
                _absent += 1

            _where_ = "error"
            _error = src_dict.get("error", _ABSENT)
            error: str | None = None
            if _error is None:
                _nulls.append(_where_)
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
            _located = _decoding.locate(_exc, _where_, src_dict)
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


_new = IngestEventResult.__new__


def _decode(d: Any) -> IngestEventResult:
    """IngestEventResult.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 1  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(IngestEventResult)
    v = d["success"]
    if v.__class__ is not bool:
        raise _decoding.FastPathMiss
    o.success = v
    if "id" in d:
        v = d["id"]
        known += 1
        if v is None:
            nulls += ("id",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.id = v
    else:
        o.id = None
    if "error" in d:
        v = d["error"]
        known += 1
        if v is None:
            nulls += ("error",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.error = v
    else:
        o.error = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IngestEventResult._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "success": "success",
            "id": "id",
            "error": "error",
        },
    ):
        success: bool
        id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        error: str | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestEventResult:
        """IngestEventResult from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(IngestEventResult)
        o.success = s.success
        v = s.id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("id")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.id = v
        v = s.error
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("error")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.error = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    IngestEventResult._struct = _Struct
    IngestEventResult._from_struct = _from_struct
