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
        "expected",
    }
)


@_attrs_define
class EvalExpectation:
    """What an eval definition expects of the task or topic it is linked to.

    Attributes:
        expected (list[str] | str): The expected output: one string, or a list of them.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], EvalExpectation]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], EvalExpectation]]

    expected: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected: list[str] | str
        if isinstance(self.expected, list):
            expected = self.expected

        else:
            expected = self.expected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected": expected,
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
            _where_ = "expected"
            _expected = src_dict["expected"]
            expected: list[str] | str
            if isinstance(_expected, str):
                expected = _expected
            elif isinstance(_expected, list):
                _expected_type_1 = _expected
                if True:
                    if not isinstance(_expected_type_1, list):
                        raise _decoding.Mismatch("array", _expected_type_1)
                    expected_type_1 = []
                    for _index, expected_type_1_item_data in enumerate(_expected_type_1):
                        _where_ = ("expected", _index)
                        if not (isinstance(expected_type_1_item_data, str)):
                            raise _decoding.Mismatch("string", expected_type_1_item_data)
                        expected_type_1.append(expected_type_1_item_data)

                expected = expected_type_1
            else:
                raise _decoding.Mismatch("string or array", _expected)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            eval_expectation = cls.__new__(cls)
            eval_expectation.expected = expected
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 1 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        eval_expectation.additional_properties = d
        return eval_expectation

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


_new = EvalExpectation.__new__


def _decode(d: Any) -> EvalExpectation:
    """EvalExpectation.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(EvalExpectation)
    v = d["expected"]
    if v.__class__ is str:
        pass
    elif v.__class__ is list:
        for _item0 in v:
            if _item0.__class__ is not str:
                raise _decoding.FastPathMiss
        v = list(v)
    else:
        raise _decoding.FastPathMiss
    o.expected = v
    o.additional_properties = {} if len(d) == 1 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


EvalExpectation._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "expected": "expected",
        },
    ):
        expected: str | list[str]

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> EvalExpectation:
        """EvalExpectation from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(EvalExpectation)
        v = s.expected
        if v.__class__ is str:
            pass
        elif v.__class__ is list:
            pass
        else:
            raise _decoding.FastPathMiss
        o.expected = v
        o.additional_properties = {}
        return o

    EvalExpectation._struct = _Struct
    EvalExpectation._from_struct = _from_struct
