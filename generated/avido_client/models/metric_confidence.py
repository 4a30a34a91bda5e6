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


from ..models.metric_level import MetricLevel

if TYPE_CHECKING:
    from ..models.confidence_interval import ConfidenceInterval


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "halfWidth",
        "interval",
        "level",
    }
)


@_attrs_define
class MetricConfidence:
    """How sure a task metric is: the interval around it and its grade.

    Attributes:
        half_width (float): Half the width of the confidence interval. Example: 0.11.
        interval (ConfidenceInterval): The bounds of a confidence interval.
        level (MetricLevel): A coarse grade of a task metric: high, medium or low. Example: HIGH.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], MetricConfidence]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], MetricConfidence]]

    half_width: float
    interval: ConfidenceInterval
    level: MetricLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        half_width = self.half_width

        interval = self.interval.to_dict()

        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "halfWidth": half_width,
                "interval": interval,
                "level": level,
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
            _where_ = "halfWidth"
            half_width = src_dict["halfWidth"]
            if not (isinstance(half_width, (int, float)) and not isinstance(half_width, bool)):
                raise _decoding.Mismatch("number", half_width)

            _where_ = "interval"
            interval = ConfidenceInterval.from_dict(src_dict["interval"])

            _where_ = "level"
            level = MetricLevel.from_json(src_dict["level"])

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            metric_confidence = cls.__new__(cls)
            metric_confidence.half_width = half_width
            metric_confidence.interval = interval
            metric_confidence.level = level
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 3 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        metric_confidence.additional_properties = d
        return metric_confidence

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
_new = MetricConfidence.__new__


def _decode(d: Any) -> MetricConfidence:
    """MetricConfidence.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(MetricConfidence)
    v = d["halfWidth"]
    if v.__class__ is not float and v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.half_width = v
    o.interval = _decode_ConfidenceInterval(d["interval"])
    o.level = _MetricLevel_member(d["level"]) or MetricLevel.from_json(d["level"])
    o.additional_properties = {} if len(d) == 3 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


MetricConfidence._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "half_width": "halfWidth",
            "interval": "interval",
            "level": "level",
        },
    ):
        half_width: int | float
        interval: _Struct_ConfidenceInterval
        level: str

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> MetricConfidence:
        """MetricConfidence from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(MetricConfidence)
        o.half_width = s.half_width
        o.interval = _from_struct_ConfidenceInterval(s.interval)
        o.level = _MetricLevel_member(s.level) or MetricLevel.from_json(s.level)
        o.additional_properties = {}
        return o

    MetricConfidence._struct = _Struct
    MetricConfidence._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.confidence_interval import ConfidenceInterval  # noqa: E402
from ..models.confidence_interval import _decode as _decode_ConfidenceInterval  # noqa: E402

if _msgspec is not None:
    from ..models.confidence_interval import _from_struct as _from_struct_ConfidenceInterval  # noqa: E402
    from ..models.confidence_interval import _Struct as _Struct_ConfidenceInterval  # noqa: E402
