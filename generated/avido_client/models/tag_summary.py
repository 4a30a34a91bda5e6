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
        "id",
        "color",
        "name",
    }
)


@_attrs_define
class TagSummary:
    """A tag as a task or a document carries it.

    Attributes:
        id (str): Unique identifier of the tag. Example: b1d5f9a3-7c2e-4a6b-9d8f-3e5a1c7b9d2f.
        color (str): Colour of the tag, as a hex code. Example: #E5484D.
        name (str): Name of the tag. Example: cards.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TagSummary]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TagSummary]]

    id: str
    color: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        color = self.color

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "color": color,
                "name": name,
            }
        )

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
            _where_ = "id"
            id = src_dict["id"]
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _where_ = "color"
            color = src_dict["color"]
            if not (isinstance(color, str)):
                raise _decoding.Mismatch("string", color)

            _where_ = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise _decoding.Mismatch("string", name)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            tag_summary = cls.__new__(cls)
            tag_summary.id = id
            tag_summary.color = color
            tag_summary.name = name
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 3 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        tag_summary.additional_properties = d
        return tag_summary

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


_new = TagSummary.__new__


def _decode(d: Any) -> TagSummary:
    """TagSummary.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(TagSummary)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["color"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.color = v
    v = d["name"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.name = v
    o.additional_properties = {} if len(d) == 3 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TagSummary._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "color": "color",
            "name": "name",
        },
    ):
        id: str
        color: str
        name: str

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TagSummary:
        """TagSummary from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(TagSummary)
        o.id = s.id
        o.color = s.color
        o.name = s.name
        o.additional_properties = {}
        return o

    TagSummary._struct = _Struct
    TagSummary._from_struct = _from_struct
