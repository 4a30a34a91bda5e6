from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

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

import datetime

if TYPE_CHECKING:
    from ..models.style_guide_section import StyleGuideSection


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "applicationId",
        "content",
        "createdAt",
        "modifiedAt",
    }
)


@_attrs_define
class StyleGuide:
    """A style guide: the writing rules STYLE evals check answers against.

    Attributes:
        id (str): Unique identifier of the style guide. Example: e7a1c3d5-9b2f-4e6a-8c1d-3f5b7a9e2c4d.
        org_id (str): Organization ID that owns the style guide.
        application_id (str): ID of the application the style guide belongs to.
        content (list[StyleGuideSection]): The sections of the style guide, in order.
        created_at (datetime.datetime): When the style guide was created.
        modified_at (datetime.datetime): When the style guide was last modified.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], StyleGuide]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], StyleGuide]]

    id: str
    org_id: str
    application_id: str
    content: list[StyleGuideSection]
    created_at: datetime.datetime
    modified_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        application_id = self.application_id

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "applicationId": application_id,
                "content": content,
                "createdAt": created_at,
                "modifiedAt": modified_at,
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

            _where_ = "orgId"
            org_id = src_dict["orgId"]
            if not (isinstance(org_id, str)):
                raise _decoding.Mismatch("string", org_id)

            _where_ = "applicationId"
            application_id = src_dict["applicationId"]
            if not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _where_ = "content"
            _content = src_dict["content"]
            if True:
                if not isinstance(_content, list):
                    raise _decoding.Mismatch("array", _content)
                content = []
                for _index, content_item_data in enumerate(_content):
                    _where_ = ("content", _index)
                    content_item = StyleGuideSection.from_dict(content_item_data)

                    content.append(content_item)

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            style_guide = cls.__new__(cls)
            style_guide.id = id
            style_guide.org_id = org_id
            style_guide.application_id = application_id
            style_guide.content = content
            style_guide.created_at = created_at
            style_guide.modified_at = modified_at
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 6 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        style_guide.additional_properties = d
        return style_guide

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


_known_datetime = _decoding.known_datetime
_remember_datetime = _decoding.remember_datetime
_parse_datetime = _decoding.parse_datetime
_new = StyleGuide.__new__


def _decode(d: Any) -> StyleGuide:
    """StyleGuide.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(StyleGuide)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    v = d["applicationId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.application_id = v
    v = d["content"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    v = list(map(_decode_StyleGuideSection, v))
    o.content = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    o.additional_properties = {} if len(d) == 6 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


StyleGuide._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "org_id": "orgId",
            "application_id": "applicationId",
            "content": "content",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
        },
    ):
        id: str
        org_id: str
        application_id: str
        content: list[_Struct_StyleGuideSection]
        created_at: str
        modified_at: str

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> StyleGuide:
        """StyleGuide from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(StyleGuide)
        o.id = s.id
        o.org_id = s.org_id
        o.application_id = s.application_id
        o.content = list(map(_from_struct_StyleGuideSection, s.content))
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        o.additional_properties = {}
        return o

    StyleGuide._struct = _Struct
    StyleGuide._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.style_guide_section import StyleGuideSection  # noqa: E402
from ..models.style_guide_section import _decode as _decode_StyleGuideSection  # noqa: E402

if _msgspec is not None:
    from ..models.style_guide_section import _from_struct as _from_struct_StyleGuideSection  # noqa: E402
    from ..models.style_guide_section import _Struct as _Struct_StyleGuideSection  # noqa: E402
