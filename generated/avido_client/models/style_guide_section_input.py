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
        "heading",
        "content",
        "approved",
    }
)


@_attrs_define
class StyleGuideSectionInput:
    """One section of a style guide being written.

    Attributes:
        heading (str): Heading of the section. Example: Tone of voice.
        content (str): Text of the section. Example: Friendly and calm; short sentences..
        approved (bool | None): Whether the section is approved.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], StyleGuideSectionInput]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], StyleGuideSectionInput]]

    heading: str
    content: str
    approved: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        heading = self.heading

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heading": heading,
                "content": content,
            }
        )
        if self.approved is not None:
            field_dict["approved"] = self.approved

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
            _where_ = "heading"
            heading = src_dict["heading"]
            if not (isinstance(heading, str)):
                raise _decoding.Mismatch("string", heading)

            _where_ = "content"
            content = src_dict["content"]
            if not (isinstance(content, str)):
                raise _decoding.Mismatch("string", content)

            _where_ = "approved"
            _approved = src_dict.get("approved", _ABSENT)
            approved: bool | None = None
            if _approved is None:
                raise _decoding.Mismatch("boolean", None)
            elif _approved is not _ABSENT:
                approved = _approved
                if not (isinstance(approved, bool)):
                    raise _decoding.Mismatch("boolean", approved)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            style_guide_section_input = cls.__new__(cls)
            style_guide_section_input.heading = heading
            style_guide_section_input.content = content
            style_guide_section_input.approved = approved
            style_guide_section_input._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        style_guide_section_input.additional_properties = d
        return style_guide_section_input

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


_new = StyleGuideSectionInput.__new__


def _decode(d: Any) -> StyleGuideSectionInput:
    """StyleGuideSectionInput.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    o = _new(StyleGuideSectionInput)
    v = d["heading"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.heading = v
    v = d["content"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.content = v
    if "approved" in d:
        v = d["approved"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.approved = v
    else:
        o.approved = None
    o._null_keys = _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


StyleGuideSectionInput._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "heading": "heading",
            "content": "content",
            "approved": "approved",
        },
    ):
        heading: str
        content: str
        approved: bool | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> StyleGuideSectionInput:
        """StyleGuideSectionInput from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(StyleGuideSectionInput)
        o.heading = s.heading
        o.content = s.content
        v = s.approved
        if v is _UNSET:
            v = None
        o.approved = v
        o._null_keys = _NO_NULLS
        o.additional_properties = {}
        return o

    StyleGuideSectionInput._struct = _Struct
    StyleGuideSectionInput._from_struct = _from_struct
