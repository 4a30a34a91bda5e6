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
    from ..models.ingest_event_result import IngestEventResult


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class IngestResults:
    """What became of each ingested event, in the order they were sent.

    Attributes:
        data (list[IngestEventResult]): One result per event.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestResults]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestResults]]

    data: list[IngestEventResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
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
            _where_ = "data"
            _data = src_dict["data"]
            if True:
                if not isinstance(_data, list):
                    raise _decoding.Mismatch("array", _data)
                data = []
                for _index, data_item_data in enumerate(_data):
                    _where_ = ("data", _index)
                    data_item = IngestEventResult.from_dict(data_item_data)

                    data.append(data_item)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            ingest_results = cls.__new__(cls)
            ingest_results.data = data
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 1 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        ingest_results.additional_properties = d
        return ingest_results

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


_new = IngestResults.__new__


def _decode(d: Any) -> IngestResults:
    """IngestResults.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(IngestResults)
    v = d["data"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    v = list(map(_decode_IngestEventResult, v))
    o.data = v
    o.additional_properties = {} if len(d) == 1 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IngestResults._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "data": "data",
        },
    ):
        data: list[_Struct_IngestEventResult]

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestResults:
        """IngestResults from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(IngestResults)
        o.data = list(map(_from_struct_IngestEventResult, s.data))
        o.additional_properties = {}
        return o

    IngestResults._struct = _Struct
    IngestResults._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.ingest_event_result import IngestEventResult  # noqa: E402
from ..models.ingest_event_result import _decode as _decode_IngestEventResult  # noqa: E402

if _msgspec is not None:
    from ..models.ingest_event_result import _from_struct as _from_struct_IngestEventResult  # noqa: E402
    from ..models.ingest_event_result import _Struct as _Struct_IngestEventResult  # noqa: E402
