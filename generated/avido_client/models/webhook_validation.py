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
    from ..models.webhook_payload import WebhookPayload


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "body",
        "signature",
        "timestamp",
    }
)


@_attrs_define
class WebhookValidation:
    """A webhook call received from Avido, to check.

    Attributes:
        body (WebhookPayload): The body of a call Avido made to your webhook.
        signature (str): The signature that came with it. Example:
            9f2c0b7a4e1d5c8b3a6f9e2d1c4b7a0e5f8d3c6b9a2e5f1d4c7b0a3e6f9d2c5b.
        timestamp (str | None): The timestamp that came with it: Unix milliseconds or an ISO 8601 date-time. Example:
            1762760402640.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], WebhookValidation]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], WebhookValidation]]

    body: WebhookPayload
    signature: str
    timestamp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        body = self.body.to_dict()

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "signature": signature,
            }
        )
        if self.timestamp is not None:
            field_dict["timestamp"] = self.timestamp

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
            _where_ = "body"
            body = WebhookPayload.from_dict(src_dict["body"])

            _where_ = "signature"
            signature = src_dict["signature"]
            if not (isinstance(signature, str)):
                raise _decoding.Mismatch("string", signature)

            _where_ = "timestamp"
            _timestamp = src_dict.get("timestamp", _ABSENT)
            timestamp: str | None = None
            if _timestamp is None:
                raise _decoding.Mismatch("string", None)
            elif _timestamp is not _ABSENT:
                timestamp = _timestamp
                if not (isinstance(timestamp, str)):
                    raise _decoding.Mismatch("string", timestamp)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            webhook_validation = cls.__new__(cls)
            webhook_validation.body = body
            webhook_validation.signature = signature
            webhook_validation.timestamp = timestamp
            webhook_validation._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        webhook_validation.additional_properties = d
        return webhook_validation

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


_new = WebhookValidation.__new__


def _decode(d: Any) -> WebhookValidation:
    """WebhookValidation.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    o = _new(WebhookValidation)
    o.body = _decode_WebhookPayload(d["body"])
    v = d["signature"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.signature = v
    if "timestamp" in d:
        v = d["timestamp"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.timestamp = v
    else:
        o.timestamp = None
    o._null_keys = _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


WebhookValidation._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "body": "body",
            "signature": "signature",
            "timestamp": "timestamp",
        },
    ):
        body: _Struct_WebhookPayload
        signature: str
        timestamp: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> WebhookValidation:
        """WebhookValidation from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(WebhookValidation)
        o.body = _from_struct_WebhookPayload(s.body)
        o.signature = s.signature
        v = s.timestamp
        if v is _UNSET:
            v = None
        o.timestamp = v
        o._null_keys = _NO_NULLS
        o.additional_properties = {}
        return o

    WebhookValidation._struct = _Struct
    WebhookValidation._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.webhook_payload import WebhookPayload  # noqa: E402
from ..models.webhook_payload import _decode as _decode_WebhookPayload  # noqa: E402

if _msgspec is not None:
    from ..models.webhook_payload import _from_struct as _from_struct_WebhookPayload  # noqa: E402
    from ..models.webhook_payload import _Struct as _Struct_WebhookPayload  # noqa: E402
