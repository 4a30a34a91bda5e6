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
        "pattern",
        "flags",
        "group",
    }
)


@_attrs_define
class MatchExtraction:
    """How an output-match eval takes the part to compare out of the output: a regular expression and the group or groups
    to keep.

        Attributes:
            pattern (str): The regular expression. Example: card (\\w+).
            flags (str): Flags of the regular expression, such as `i`. Example: i.
            group (int | list[int]): The capture group to keep, or several.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], MatchExtraction]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], MatchExtraction]]

    pattern: str
    flags: str
    group: int | list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        flags = self.flags

        group: int | list[int]
        if isinstance(self.group, list):
            group = self.group

        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern": pattern,
                "flags": flags,
                "group": group,
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
            _where_ = "pattern"
            pattern = src_dict["pattern"]
            if not (isinstance(pattern, str)):
                raise _decoding.Mismatch("string", pattern)

            _where_ = "flags"
            flags = src_dict["flags"]
            if not (isinstance(flags, str)):
                raise _decoding.Mismatch("string", flags)

            _where_ = "group"
            _group = src_dict["group"]
            group: int | list[int]
            if isinstance(_group, int) and not isinstance(_group, bool):
                group = _group
            elif isinstance(_group, float) and _group.is_integer():  # JSON Schema counts 2.0 as an integer
                group = int(_group)
            elif isinstance(_group, list):
                _group_type_1 = _group
                if True:
                    if not isinstance(_group_type_1, list):
                        raise _decoding.Mismatch("array", _group_type_1)
                    group_type_1 = []
                    for _index, group_type_1_item_data in enumerate(_group_type_1):
                        _where_ = ("group", _index)
                        if not (
                            isinstance(group_type_1_item_data, int)
                            and not isinstance(group_type_1_item_data, bool)
                        ):
                            raise _decoding.Mismatch("integer", group_type_1_item_data)
                        group_type_1.append(group_type_1_item_data)

                group = group_type_1
            else:
                raise _decoding.Mismatch("integer or array", _group)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            match_extraction = cls.__new__(cls)
            match_extraction.pattern = pattern
            match_extraction.flags = flags
            match_extraction.group = group
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 3 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        match_extraction.additional_properties = d
        return match_extraction

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


_new = MatchExtraction.__new__


def _decode(d: Any) -> MatchExtraction:
    """MatchExtraction.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(MatchExtraction)
    v = d["pattern"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.pattern = v
    v = d["flags"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.flags = v
    v = d["group"]
    if v.__class__ is int:
        pass
    elif v.__class__ is float:
        raise _decoding.FastPathMiss
    elif v.__class__ is list:
        for _item0 in v:
            if _item0.__class__ is not int:
                raise _decoding.FastPathMiss
        v = list(v)
    else:
        raise _decoding.FastPathMiss
    o.group = v
    o.additional_properties = {} if len(d) == 3 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


MatchExtraction._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "pattern": "pattern",
            "flags": "flags",
            "group": "group",
        },
    ):
        pattern: str
        flags: str
        group: int | list[int]

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> MatchExtraction:
        """MatchExtraction from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(MatchExtraction)
        o.pattern = s.pattern
        o.flags = s.flags
        v = s.group
        if v.__class__ is int:
            pass
        elif v.__class__ is float:
            raise _decoding.FastPathMiss
        elif v.__class__ is list:
            pass
        else:
            raise _decoding.FastPathMiss
        o.group = v
        o.additional_properties = {}
        return o

    MatchExtraction._struct = _Struct
    MatchExtraction._from_struct = _from_struct
