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


from ..models.metric_level import MetricLevel

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "level",
        "stddev",
    }
)


@_attrs_define
class MetricStability:
    """How steady a task metric has been.

    Attributes:
        level (MetricLevel): A coarse grade of a task metric: high, medium or low. Example: HIGH.
        stddev (float | None): Standard deviation of the results; null with too few of them. Example: 0.08.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], MetricStability]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], MetricStability]]

    level: MetricLevel
    stddev: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
            }
        )
        if self.stddev is not None:
            field_dict["stddev"] = self.stddev
        elif "stddev" in self._null_keys:
            field_dict["stddev"] = None

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
            _where_ = "level"
            level = MetricLevel.from_json(src_dict["level"])

            _where_ = "stddev"
            _stddev = src_dict.get("stddev", _ABSENT)
            stddev: float | None = None
            if _stddev is None:
                _nulls.append(_where_)
            elif _stddev is not _ABSENT:
                if isinstance(_stddev, (int, float)) and not isinstance(_stddev, bool):
                    stddev = _stddev
                else:
                    raise _decoding.Mismatch("null or number", _stddev)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            metric_stability = cls.__new__(cls)
            metric_stability.level = level
            metric_stability.stddev = stddev
            metric_stability._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 2 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        metric_stability.additional_properties = d
        return metric_stability

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


from ..models.metric_level import _KNOWN as _MetricLevel_known  # noqa: E402

_MetricLevel_member = _MetricLevel_known.get
_new = MetricStability.__new__


def _decode(d: Any) -> MetricStability:
    """MetricStability.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 1  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(MetricStability)
    o.level = _MetricLevel_member(d["level"]) or MetricLevel.from_json(d["level"])
    if "stddev" in d:
        v = d["stddev"]
        known += 1
        if v is None:
            nulls += ("stddev",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.stddev = v
    else:
        o.stddev = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


MetricStability._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "level": "level",
            "stddev": "stddev",
        },
    ):
        level: str
        stddev: int | float | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> MetricStability:
        """MetricStability from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(MetricStability)
        o.level = _MetricLevel_member(s.level) or MetricLevel.from_json(s.level)
        v = s.stddev
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("stddev")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.stddev = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    MetricStability._struct = _Struct
    MetricStability._from_struct = _from_struct
