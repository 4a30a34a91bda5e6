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

import datetime

from ..models.tag_status import TagStatus

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "applicationId",
        "name",
        "color",
        "status",
        "createdAt",
        "modifiedAt",
        "description",
    }
)


@_attrs_define
class Tag:
    """A tag, for grouping tasks and documents.

    Attributes:
        id (str): Unique identifier of the tag. Example: b1d5f9a3-7c2e-4a6b-9d8f-3e5a1c7b9d2f.
        org_id (str): Organization ID that owns the tag.
        application_id (str): ID of the application the tag belongs to.
        name (str): Name of the tag. Example: cards.
        color (str): Colour of the tag, as a hex code. Example: #E5484D.
        status (TagStatus): Whether a tag is in use or archived. Example: ACTIVE.
        created_at (datetime.datetime): When the tag was created.
        modified_at (datetime.datetime): When the tag was last modified.
        description (str | None): What the tag is for, if described.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Tag]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Tag]]

    id: str
    org_id: str
    application_id: str
    name: str
    color: str
    status: TagStatus
    created_at: datetime.datetime
    modified_at: datetime.datetime
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        application_id = self.application_id

        name = self.name

        color = self.color

        status = self.status.value

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "applicationId": application_id,
                "name": name,
                "color": color,
                "status": status,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
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

            _where_ = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise _decoding.Mismatch("string", name)

            _where_ = "color"
            color = src_dict["color"]
            if not (isinstance(color, str)):
                raise _decoding.Mismatch("string", color)

            _where_ = "status"
            status = TagStatus.from_json(src_dict["status"])

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

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
            tag = cls.__new__(cls)
            tag.id = id
            tag.org_id = org_id
            tag.application_id = application_id
            tag.name = name
            tag.color = color
            tag.status = status
            tag.created_at = created_at
            tag.modified_at = modified_at
            tag.description = description
            tag._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 9 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        tag.additional_properties = d
        return tag

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
from ..models.tag_status import _KNOWN as _TagStatus_known  # noqa: E402

_TagStatus_member = _TagStatus_known.get
_new = Tag.__new__


def _decode(d: Any) -> Tag:
    """Tag.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 8  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Tag)
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
    v = d["name"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.name = v
    v = d["color"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.color = v
    o.status = _TagStatus_member(d["status"]) or TagStatus.from_json(d["status"])
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
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


Tag._decode_fast = _decode

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
            "name": "name",
            "color": "color",
            "status": "status",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "description": "description",
        },
    ):
        id: str
        org_id: str
        application_id: str
        name: str
        color: str
        status: str
        created_at: str
        modified_at: str
        description: str | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Tag:
        """Tag from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Tag)
        o.id = s.id
        o.org_id = s.org_id
        o.application_id = s.application_id
        o.name = s.name
        o.color = s.color
        o.status = _TagStatus_member(s.status) or TagStatus.from_json(s.status)
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
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

    Tag._struct = _Struct
    Tag._from_struct = _from_struct
