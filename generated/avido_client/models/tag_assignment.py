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
        "tagIds",
    }
)


@_attrs_define
class TagAssignment:
    """The tags a task or document is to have, replacing the ones it has.

    Attributes:
        tag_ids (list[str]): IDs of the tags.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TagAssignment]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TagAssignment]]

    tag_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tagIds": tag_ids,
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
            _where_ = "tagIds"
            _tag_ids = src_dict["tagIds"]
            if True:
                if not isinstance(_tag_ids, list):
                    raise _decoding.Mismatch("array", _tag_ids)
                tag_ids = []
                for _index, tag_ids_item_data in enumerate(_tag_ids):
                    _where_ = ("tagIds", _index)
                    if not (isinstance(tag_ids_item_data, str)):
                        raise _decoding.Mismatch("string", tag_ids_item_data)
                    tag_ids.append(tag_ids_item_data)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            tag_assignment = cls.__new__(cls)
            tag_assignment.tag_ids = tag_ids
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 1 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        tag_assignment.additional_properties = d
        return tag_assignment

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


_new = TagAssignment.__new__


def _decode(d: Any) -> TagAssignment:
    """TagAssignment.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(TagAssignment)
    v = d["tagIds"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    for _item0 in v:
        if _item0.__class__ is not str:
            raise _decoding.FastPathMiss
    v = list(v)
    o.tag_ids = v
    o.additional_properties = {} if len(d) == 1 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TagAssignment._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "tag_ids": "tagIds",
        },
    ):
        tag_ids: list[str]

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TagAssignment:
        """TagAssignment from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(TagAssignment)
        o.tag_ids = s.tag_ids
        o.additional_properties = {}
        return o

    TagAssignment._struct = _Struct
    TagAssignment._from_struct = _from_struct
