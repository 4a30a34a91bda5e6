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
        "averageScore",
        "failed",
        "passed",
        "passRate",
        "total",
    }
)


@_attrs_define
class TestResultSummary:
    """Aggregated result of a test, with pass/fail counts and its average score.

    Attributes:
        average_score (float): Average score across the test's evaluations. Example: 0.5.
        failed (int): Number of failed evaluations. Example: 1.
        passed (int): Number of passed evaluations. Example: 1.
        pass_rate (float): Percentage of evaluations that passed. Example: 50.
        total (int): Number of evaluations. Example: 2.
    """

    # The API's "Test" is not a pytest test class: keeps pytest from collecting it in user code.
    __test__ = False
    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TestResultSummary]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TestResultSummary]]

    average_score: float
    failed: int
    passed: int
    pass_rate: float
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_score = self.average_score

        failed = self.failed

        passed = self.passed

        pass_rate = self.pass_rate

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageScore": average_score,
                "failed": failed,
                "passed": passed,
                "passRate": pass_rate,
                "total": total,
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
            _where_ = "averageScore"
            average_score = src_dict["averageScore"]
            if not (isinstance(average_score, (int, float)) and not isinstance(average_score, bool)):
                raise _decoding.Mismatch("number", average_score)

            _where_ = "failed"
            failed = src_dict["failed"]
            if not (isinstance(failed, int) and not isinstance(failed, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(failed, float) and failed.is_integer():
                    failed = int(failed)
                else:
                    raise _decoding.Mismatch("integer", failed)

            _where_ = "passed"
            passed = src_dict["passed"]
            if not (isinstance(passed, int) and not isinstance(passed, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(passed, float) and passed.is_integer():
                    passed = int(passed)
                else:
                    raise _decoding.Mismatch("integer", passed)

            _where_ = "passRate"
            pass_rate = src_dict["passRate"]
            if not (isinstance(pass_rate, (int, float)) and not isinstance(pass_rate, bool)):
                raise _decoding.Mismatch("number", pass_rate)

            _where_ = "total"
            total = src_dict["total"]
            if not (isinstance(total, int) and not isinstance(total, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(total, float) and total.is_integer():
                    total = int(total)
                else:
                    raise _decoding.Mismatch("integer", total)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            test_result_summary = cls.__new__(cls)
            test_result_summary.average_score = average_score
            test_result_summary.failed = failed
            test_result_summary.passed = passed
            test_result_summary.pass_rate = pass_rate
            test_result_summary.total = total
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 5 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        test_result_summary.additional_properties = d
        return test_result_summary

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


_new = TestResultSummary.__new__


def _decode(d: Any) -> TestResultSummary:
    """TestResultSummary.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(TestResultSummary)
    v = d["averageScore"]
    if v.__class__ is not float and v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.average_score = v
    v = d["failed"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.failed = v
    v = d["passed"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.passed = v
    v = d["passRate"]
    if v.__class__ is not float and v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.pass_rate = v
    v = d["total"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.total = v
    o.additional_properties = {} if len(d) == 5 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TestResultSummary._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "average_score": "averageScore",
            "failed": "failed",
            "passed": "passed",
            "pass_rate": "passRate",
            "total": "total",
        },
    ):
        average_score: int | float
        failed: int
        passed: int
        pass_rate: int | float
        total: int

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TestResultSummary:
        """TestResultSummary from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(TestResultSummary)
        o.average_score = s.average_score
        o.failed = s.failed
        o.passed = s.passed
        o.pass_rate = s.pass_rate
        o.total = s.total
        o.additional_properties = {}
        return o

    TestResultSummary._struct = _Struct
    TestResultSummary._from_struct = _from_struct
