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


from ..models.lifecycle_status import LifecycleStatus

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "baseline",
        "status",
        "quickstartId",
    }
)


@_attrs_define
class TopicCreate:
    """A topic to create.

    Attributes:
        title (str): Title of the topic. Example: Card management.
        baseline (float | None): Baseline score for the topic, if it has one. Example: 0.8.
        status (LifecycleStatus | None): Whether an eval definition, a document or a topic is still a draft or in use.
            Example: ACTIVE.
        quickstart_id (str | None): ID of a quickstart to link the topic to.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TopicCreate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TopicCreate]]

    title: str
    baseline: float | None = None
    status: LifecycleStatus | None = None
    quickstart_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if self.baseline is not None:
            field_dict["baseline"] = self.baseline
        elif "baseline" in self._null_keys:
            field_dict["baseline"] = None
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.quickstart_id is not None:
            field_dict["quickstartId"] = self.quickstart_id

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
            _where_ = "title"
            title = src_dict["title"]
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _where_ = "baseline"
            _baseline = src_dict.get("baseline", _ABSENT)
            baseline: float | None = None
            if _baseline is None:
                _nulls.append(_where_)
            elif _baseline is not _ABSENT:
                if isinstance(_baseline, (int, float)) and not isinstance(_baseline, bool):
                    baseline = _baseline
                else:
                    raise _decoding.Mismatch("null or number", _baseline)

            else:
                _absent += 1

            _where_ = "status"
            _status = src_dict.get("status", _ABSENT)
            status: LifecycleStatus | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = LifecycleStatus.from_json(_status)

            else:
                _absent += 1

            _where_ = "quickstartId"
            _quickstart_id = src_dict.get("quickstartId", _ABSENT)
            quickstart_id: str | None = None
            if _quickstart_id is None:
                raise _decoding.Mismatch("string", None)
            elif _quickstart_id is not _ABSENT:
                quickstart_id = _quickstart_id
                if not (isinstance(quickstart_id, str)):
                    raise _decoding.Mismatch("string", quickstart_id)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            topic_create = cls.__new__(cls)
            topic_create.title = title
            topic_create.baseline = baseline
            topic_create.status = status
            topic_create.quickstart_id = quickstart_id
            topic_create._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 4 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        topic_create.additional_properties = d
        return topic_create

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


from ..models.lifecycle_status import _KNOWN as _LifecycleStatus_known  # noqa: E402

_LifecycleStatus_member = _LifecycleStatus_known.get
_new = TopicCreate.__new__


def _decode(d: Any) -> TopicCreate:
    """TopicCreate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 1  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TopicCreate)
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
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
    if "status" in d:
        v = d["status"]
        known += 1
        v = _LifecycleStatus_member(v) or LifecycleStatus.from_json(v)
        o.status = v
    else:
        o.status = None
    if "quickstartId" in d:
        v = d["quickstartId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.quickstart_id = v
    else:
        o.quickstart_id = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TopicCreate._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "title": "title",
            "baseline": "baseline",
            "status": "status",
            "quickstart_id": "quickstartId",
        },
    ):
        title: str
        baseline: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        quickstart_id: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TopicCreate:
        """TopicCreate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TopicCreate)
        o.title = s.title
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
        v = s.status
        if v is _UNSET:
            v = None
        else:
            v = _LifecycleStatus_member(v) or LifecycleStatus.from_json(v)
        o.status = v
        v = s.quickstart_id
        if v is _UNSET:
            v = None
        o.quickstart_id = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TopicCreate._struct = _Struct
    TopicCreate._from_struct = _from_struct
