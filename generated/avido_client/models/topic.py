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

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "title",
        "createdAt",
        "modifiedAt",
        "baseline",
    }
)


@_attrs_define
class Topic:
    """Details about a single Topic.

    Attributes:
        id (str): Unique identifier of the topic. Example: 789e4567-e89b-12d3-a456-426614174000.
        org_id (str): Organization ID that owns this topic. Example: org_123456.
        title (str): Title of the topic. Example: Code Quality.
        created_at (datetime.datetime): When the topic was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the topic was last modified. Example: 2024-01-05T12:34:56.789Z.
        baseline (float | None): Optional baseline score for this topic. Example: 0.85.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Topic]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Topic]]

    id: str
    org_id: str
    title: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    baseline: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        title = self.title

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "title": title,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if self.baseline is not None:
            field_dict["baseline"] = self.baseline
        elif "baseline" in self._null_keys:
            field_dict["baseline"] = None

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
            _key = "id"
            id = src_dict["id"]
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _key = "orgId"
            org_id = src_dict["orgId"]
            if not (isinstance(org_id, str)):
                raise _decoding.Mismatch("string", org_id)

            _key = "title"
            title = src_dict["title"]
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _key = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _key = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            _key = "baseline"
            _baseline = src_dict.get("baseline", _ABSENT)
            baseline: float | None = None
            if _baseline is None:
                _nulls.append(_key)
            elif _baseline is not _ABSENT:
                if isinstance(_baseline, (int, float)) and not isinstance(_baseline, bool):
                    baseline = _baseline
                else:
                    raise _decoding.Mismatch("null or number", _baseline)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            topic = cls.__new__(cls)
            topic.id = id
            topic.org_id = org_id
            topic.title = title
            topic.created_at = created_at
            topic.modified_at = modified_at
            topic.baseline = baseline
            topic._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 6 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        topic.additional_properties = d
        return topic

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
_new = Topic.__new__


def _decode(d: Any) -> Topic:
    """Topic.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 5  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Topic)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    if "baseline" in d:
        v = d["baseline"]
        known += 1
        if v is None:
            nulls += ("baseline",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.baseline = v
    else:
        o.baseline = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Topic._decode_fast = _decode

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
            "title": "title",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "baseline": "baseline",
        },
    ):
        id: str
        org_id: str
        title: str
        created_at: str
        modified_at: str
        baseline: int | float | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Topic:
        """Topic from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Topic)
        o.id = s.id
        o.org_id = s.org_id
        o.title = s.title
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        v = s.baseline
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("baseline")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.baseline = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Topic._struct = _Struct
    Topic._from_struct = _from_struct
