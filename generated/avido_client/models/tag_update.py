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
        "name",
        "color",
        "description",
    }
)


@_attrs_define
class TagUpdate:
    """Changes to a tag: only the fields given change.

    Attributes:
        name (str | None): The new name.
        color (str | None): The new colour, as a hex code.
        description (str | None): The new description; null removes it.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TagUpdate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TagUpdate]]

    name: str | None = None
    color: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.color is not None:
            field_dict["color"] = self.color
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._null_keys:
            field_dict["description"] = None

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
            _where_ = "name"
            _name = src_dict.get("name", _ABSENT)
            name: str | None = None
            if _name is None:
                raise _decoding.Mismatch("string", None)
            elif _name is not _ABSENT:
                name = _name
                if not (isinstance(name, str)):
                    raise _decoding.Mismatch("string", name)

            else:
                _absent += 1

            _where_ = "color"
            _color = src_dict.get("color", _ABSENT)
            color: str | None = None
            if _color is None:
                raise _decoding.Mismatch("string", None)
            elif _color is not _ABSENT:
                color = _color
                if not (isinstance(color, str)):
                    raise _decoding.Mismatch("string", color)

            else:
                _absent += 1

            _where_ = "description"
            _description = src_dict.get("description", _ABSENT)
            description: str | None = None
            if _description is None:
                _nulls.append(_where_)
            elif _description is not _ABSENT:
                if isinstance(_description, str):
                    description = _description
                else:
                    raise _decoding.Mismatch("null or string", _description)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            tag_update = cls.__new__(cls)
            tag_update.name = name
            tag_update.color = color
            tag_update.description = description
            tag_update._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        tag_update.additional_properties = d
        return tag_update

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


_new = TagUpdate.__new__


def _decode(d: Any) -> TagUpdate:
    """TagUpdate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 0  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TagUpdate)
    if "name" in d:
        v = d["name"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.name = v
    else:
        o.name = None
    if "color" in d:
        v = d["color"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.color = v
    else:
        o.color = None
    if "description" in d:
        v = d["description"]
        known += 1
        if v is None:
            nulls += ("description",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.description = v
    else:
        o.description = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TagUpdate._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "name": "name",
            "color": "color",
            "description": "description",
        },
    ):
        name: str | _msgspec.UnsetType = _msgspec.UNSET
        color: str | _msgspec.UnsetType = _msgspec.UNSET
        description: str | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TagUpdate:
        """TagUpdate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TagUpdate)
        v = s.name
        if v is _UNSET:
            v = None
        o.name = v
        v = s.color
        if v is _UNSET:
            v = None
        o.color = v
        v = s.description
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("description")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.description = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TagUpdate._struct = _Struct
    TagUpdate._from_struct = _from_struct
