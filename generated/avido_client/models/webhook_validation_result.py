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
        "valid",
    }
)


@_attrs_define
class WebhookValidationResult:
    """Whether a webhook call really came from Avido.

    Attributes:
        valid (bool): Whether the signature is valid for the body and timestamp.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], WebhookValidationResult]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], WebhookValidationResult]]

    valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
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
            _where_ = "valid"
            valid = src_dict["valid"]
            if not (isinstance(valid, bool)):
                raise _decoding.Mismatch("boolean", valid)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            webhook_validation_result = cls.__new__(cls)
            webhook_validation_result.valid = valid
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 1 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        webhook_validation_result.additional_properties = d
        return webhook_validation_result

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


_new = WebhookValidationResult.__new__


def _decode(d: Any) -> WebhookValidationResult:
    """WebhookValidationResult.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(WebhookValidationResult)
    v = d["valid"]
    if v.__class__ is not bool:
        raise _decoding.FastPathMiss
    o.valid = v
    o.additional_properties = {} if len(d) == 1 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


WebhookValidationResult._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "valid": "valid",
        },
    ):
        valid: bool

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> WebhookValidationResult:
        """WebhookValidationResult from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(WebhookValidationResult)
        o.valid = s.valid
        o.additional_properties = {}
        return o

    WebhookValidationResult._struct = _Struct
    WebhookValidationResult._from_struct = _from_struct
