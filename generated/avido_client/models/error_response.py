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
        "statusCode",
        "error",
        "message",
    }
)


@_attrs_define
class ErrorResponse:
    """Body of an error response. The reference pages document no error bodies, so
    this schema is deliberately permissive: every key is optional and unknown keys
    are kept. The keys listed are the ones commonly sent by the API's framework.

        Attributes:
            status_code (int | None): The HTTP status code, repeated in the body.
            error (str | None): Short name of the error, such as "Not Found".
            message (Any | None): Human-readable description of the problem; a string, or a list of strings for validation
                errors.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], ErrorResponse]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], ErrorResponse]]

    status_code: int | None = None
    error: str | None = None
    message: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status_code is not None:
            field_dict["statusCode"] = self.status_code
        if self.error is not None:
            field_dict["error"] = self.error
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._null_keys:
            field_dict["message"] = None

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
            _where_ = "statusCode"
            _status_code = src_dict.get("statusCode", _ABSENT)
            status_code: int | None = None
            if _status_code is None:
                raise _decoding.Mismatch("integer", None)
            elif _status_code is not _ABSENT:
                status_code = _status_code
                if not (isinstance(status_code, int) and not isinstance(status_code, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(status_code, float) and status_code.is_integer():
                        status_code = int(status_code)
                    else:
                        raise _decoding.Mismatch("integer", status_code)

            else:
                _absent += 1

            _where_ = "error"
            _error = src_dict.get("error", _ABSENT)
            error: str | None = None
            if _error is None:
                raise _decoding.Mismatch("string", None)
            elif _error is not _ABSENT:
                error = _error
                if not (isinstance(error, str)):
                    raise _decoding.Mismatch("string", error)

            else:
                _absent += 1

            _where_ = "message"
            _message = src_dict.get("message", _ABSENT)
            message: Any | None = None
            if _message is None:
                _nulls.append(_where_)
            elif _message is not _ABSENT:
                message = _message

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            error_response = cls.__new__(cls)
            error_response.status_code = status_code
            error_response.error = error
            error_response.message = message
            error_response._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        error_response.additional_properties = d
        return error_response

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


_new = ErrorResponse.__new__


def _decode(d: Any) -> ErrorResponse:
    """ErrorResponse.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 0  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(ErrorResponse)
    if "statusCode" in d:
        v = d["statusCode"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.status_code = v
    else:
        o.status_code = None
    if "error" in d:
        v = d["error"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.error = v
    else:
        o.error = None
    if "message" in d:
        v = d["message"]
        known += 1
        if v is None:
            nulls += ("message",)
        o.message = v
    else:
        o.message = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


ErrorResponse._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "status_code": "statusCode",
            "error": "error",
            "message": "message",
        },
    ):
        status_code: int | _msgspec.UnsetType = _msgspec.UNSET
        error: str | _msgspec.UnsetType = _msgspec.UNSET
        message: Any = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> ErrorResponse:
        """ErrorResponse from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(ErrorResponse)
        v = s.status_code
        if v is _UNSET:
            v = None
        o.status_code = v
        v = s.error
        if v is _UNSET:
            v = None
        o.error = v
        v = s.message
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("message")
        o.message = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    ErrorResponse._struct = _Struct
    ErrorResponse._from_struct = _from_struct
