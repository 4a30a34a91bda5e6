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


if TYPE_CHECKING:
    from ..models.ingest_step_event import IngestStepEvent
    from ..models.ingest_trace_event import IngestTraceEvent


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "events",
    }
)


@_attrs_define
class IngestBatch:
    """Events to ingest, in one request.

    Attributes:
        events (list[IngestStepEvent | IngestTraceEvent]): The events: traces, steps, or both.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestBatch]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestBatch]]

    events: list[IngestStepEvent | IngestTraceEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: dict[str, Any]
            if isinstance(events_item_data, IngestTraceEvent):
                events_item = events_item_data.to_dict()
            else:
                events_item = events_item_data.to_dict()

            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
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
            _where_ = "events"
            _events = src_dict["events"]
            if True:
                if not isinstance(_events, list):
                    raise _decoding.Mismatch("array", _events)
                events = []
                for _index, events_item_data in enumerate(_events):
                    _where_ = ("events", _index)
                    _events_item = events_item_data
                    events_item: IngestStepEvent | IngestTraceEvent
                    if isinstance(_events_item, dict):
                        try:
                            events_item_type_0 = IngestTraceEvent.from_dict(_events_item)

                            events_item = events_item_type_0
                        except Exception as _refused_0:  # the next branch of this JSON type may take it
                            try:
                                events_item_type_1 = IngestStepEvent.from_dict(_events_item)

                                events_item = events_item_type_1
                            except Exception:
                                raise _refused_0 from None  # none took it: the first branch says why
                    else:
                        raise _decoding.Mismatch("object", _events_item)

                    events.append(events_item)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            ingest_batch = cls.__new__(cls)
            ingest_batch.events = events
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 1 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        ingest_batch.additional_properties = d
        return ingest_batch

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


_new = IngestBatch.__new__


def _decode(d: Any) -> IngestBatch:
    """IngestBatch.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(IngestBatch)
    v = d["events"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    v_0 = []
    for _item0 in v:
        if _item0.__class__ is dict:
            _item0 = _decode_IngestTraceEvent(_item0)
        elif _item0.__class__ is dict:
            _item0 = _decode_IngestStepEvent(_item0)
        else:
            raise _decoding.FastPathMiss
        v_0.append(_item0)
    v = v_0
    o.events = v
    o.additional_properties = {} if len(d) == 1 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IngestBatch._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "events": "events",
        },
    ):
        events: list[_Struct_IngestTraceEvent | _Struct_IngestStepEvent]

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestBatch:
        """IngestBatch from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(IngestBatch)
        v = s.events
        v_0 = []
        for _item0 in v:
            if _item0.__class__ is _Struct_IngestTraceEvent:
                _item0 = _from_struct_IngestTraceEvent(_item0)
            elif _item0.__class__ is _Struct_IngestStepEvent:
                _item0 = _from_struct_IngestStepEvent(_item0)
            else:
                raise _decoding.FastPathMiss
            v_0.append(_item0)
        v = v_0
        o.events = v
        o.additional_properties = {}
        return o

    IngestBatch._struct = _Struct
    IngestBatch._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.ingest_step_event import IngestStepEvent  # noqa: E402
from ..models.ingest_step_event import _decode as _decode_IngestStepEvent  # noqa: E402
from ..models.ingest_trace_event import IngestTraceEvent  # noqa: E402
from ..models.ingest_trace_event import _decode as _decode_IngestTraceEvent  # noqa: E402

if _msgspec is not None:
    from ..models.ingest_step_event import _from_struct as _from_struct_IngestStepEvent  # noqa: E402
    from ..models.ingest_step_event import _Struct as _Struct_IngestStepEvent  # noqa: E402
    from ..models.ingest_trace_event import _from_struct as _from_struct_IngestTraceEvent  # noqa: E402
    from ..models.ingest_trace_event import _Struct as _Struct_IngestTraceEvent  # noqa: E402
