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
    from ..models.metric_confidence import MetricConfidence
    from ..models.metric_stability import MetricStability


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confidence",
        "evaluations",
        "passed",
        "recommendedAdditionalEvaluations",
        "stability",
        "tests",
        "testsPassed",
        "healthScore",
        "passRate",
    }
)


@_attrs_define
class TaskMetrics:
    """How a task has fared in its tests, over one kind of run (monitoring, synthetic) or all of them.

    Attributes:
        confidence (MetricConfidence): How sure a task metric is: the interval around it and its grade.
        evaluations (int): Number of evaluations counted. Example: 48.
        passed (int): Number of evaluations that passed. Example: 41.
        recommended_additional_evaluations (int): How many more evaluations would make the figures confident. Example:
            12.
        stability (MetricStability): How steady a task metric has been.
        tests (int): Number of tests counted. Example: 16.
        tests_passed (int): Number of tests that passed. Example: 13.
        health_score (float | None): Overall health of the task; null before it has been tested. Example: 0.86.
        pass_rate (float | None): Share of evaluations that passed, in percent; null before any ran. Example: 85.4.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TaskMetrics]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TaskMetrics]]

    confidence: MetricConfidence
    evaluations: int
    passed: int
    recommended_additional_evaluations: int
    stability: MetricStability
    tests: int
    tests_passed: int
    health_score: float | None = None
    pass_rate: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence.to_dict()

        evaluations = self.evaluations

        passed = self.passed

        recommended_additional_evaluations = self.recommended_additional_evaluations

        stability = self.stability.to_dict()

        tests = self.tests

        tests_passed = self.tests_passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confidence": confidence,
                "evaluations": evaluations,
                "passed": passed,
                "recommendedAdditionalEvaluations": recommended_additional_evaluations,
                "stability": stability,
                "tests": tests,
                "testsPassed": tests_passed,
            }
        )
        if self.health_score is not None:
            field_dict["healthScore"] = self.health_score
        elif "healthScore" in self._null_keys:
            field_dict["healthScore"] = None
        if self.pass_rate is not None:
            field_dict["passRate"] = self.pass_rate
        elif "passRate" in self._null_keys:
            field_dict["passRate"] = None

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
            _where_ = "confidence"
            confidence = MetricConfidence.from_dict(src_dict["confidence"])

            _where_ = "evaluations"
            evaluations = src_dict["evaluations"]
            if not (isinstance(evaluations, int) and not isinstance(evaluations, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(evaluations, float) and evaluations.is_integer():
                    evaluations = int(evaluations)
                else:
                    raise _decoding.Mismatch("integer", evaluations)

            _where_ = "passed"
            passed = src_dict["passed"]
            if not (isinstance(passed, int) and not isinstance(passed, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(passed, float) and passed.is_integer():
                    passed = int(passed)
                else:
                    raise _decoding.Mismatch("integer", passed)

            _where_ = "recommendedAdditionalEvaluations"
            recommended_additional_evaluations = src_dict["recommendedAdditionalEvaluations"]
            if not (
                isinstance(recommended_additional_evaluations, int)
                and not isinstance(recommended_additional_evaluations, bool)
            ):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if (
                    isinstance(recommended_additional_evaluations, float)
                    and recommended_additional_evaluations.is_integer()
                ):
                    recommended_additional_evaluations = int(recommended_additional_evaluations)
                else:
                    raise _decoding.Mismatch("integer", recommended_additional_evaluations)

            _where_ = "stability"
            stability = MetricStability.from_dict(src_dict["stability"])

            _where_ = "tests"
            tests = src_dict["tests"]
            if not (isinstance(tests, int) and not isinstance(tests, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(tests, float) and tests.is_integer():
                    tests = int(tests)
                else:
                    raise _decoding.Mismatch("integer", tests)

            _where_ = "testsPassed"
            tests_passed = src_dict["testsPassed"]
            if not (isinstance(tests_passed, int) and not isinstance(tests_passed, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(tests_passed, float) and tests_passed.is_integer():
                    tests_passed = int(tests_passed)
                else:
                    raise _decoding.Mismatch("integer", tests_passed)

            _where_ = "healthScore"
            _health_score = src_dict.get("healthScore", _ABSENT)
            health_score: float | None = None
            if _health_score is None:
                _nulls.append(_where_)
            elif _health_score is not _ABSENT:
                if isinstance(_health_score, (int, float)) and not isinstance(_health_score, bool):
                    health_score = _health_score
                else:
                    raise _decoding.Mismatch("null or number", _health_score)

            else:
                _absent += 1

            _where_ = "passRate"
            _pass_rate = src_dict.get("passRate", _ABSENT)
            pass_rate: float | None = None
            if _pass_rate is None:
                _nulls.append(_where_)
            elif _pass_rate is not _ABSENT:
                if isinstance(_pass_rate, (int, float)) and not isinstance(_pass_rate, bool):
                    pass_rate = _pass_rate
                else:
                    raise _decoding.Mismatch("null or number", _pass_rate)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task_metrics = cls.__new__(cls)
            task_metrics.confidence = confidence
            task_metrics.evaluations = evaluations
            task_metrics.passed = passed
            task_metrics.recommended_additional_evaluations = recommended_additional_evaluations
            task_metrics.stability = stability
            task_metrics.tests = tests
            task_metrics.tests_passed = tests_passed
            task_metrics.health_score = health_score
            task_metrics.pass_rate = pass_rate
            task_metrics._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 9 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        task_metrics.additional_properties = d
        return task_metrics

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


_new = TaskMetrics.__new__


def _decode(d: Any) -> TaskMetrics:
    """TaskMetrics.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 7  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TaskMetrics)
    o.confidence = _decode_MetricConfidence(d["confidence"])
    v = d["evaluations"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.evaluations = v
    v = d["passed"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.passed = v
    v = d["recommendedAdditionalEvaluations"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.recommended_additional_evaluations = v
    o.stability = _decode_MetricStability(d["stability"])
    v = d["tests"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.tests = v
    v = d["testsPassed"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.tests_passed = v
    if "healthScore" in d:
        v = d["healthScore"]
        known += 1
        if v is None:
            nulls += ("healthScore",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.health_score = v
    else:
        o.health_score = None
    if "passRate" in d:
        v = d["passRate"]
        known += 1
        if v is None:
            nulls += ("passRate",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.pass_rate = v
    else:
        o.pass_rate = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TaskMetrics._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "confidence": "confidence",
            "evaluations": "evaluations",
            "passed": "passed",
            "recommended_additional_evaluations": "recommendedAdditionalEvaluations",
            "stability": "stability",
            "tests": "tests",
            "tests_passed": "testsPassed",
            "health_score": "healthScore",
            "pass_rate": "passRate",
        },
    ):
        confidence: _Struct_MetricConfidence
        evaluations: int
        passed: int
        recommended_additional_evaluations: int
        stability: _Struct_MetricStability
        tests: int
        tests_passed: int
        health_score: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        pass_rate: int | float | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TaskMetrics:
        """TaskMetrics from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TaskMetrics)
        o.confidence = _from_struct_MetricConfidence(s.confidence)
        o.evaluations = s.evaluations
        o.passed = s.passed
        o.recommended_additional_evaluations = s.recommended_additional_evaluations
        o.stability = _from_struct_MetricStability(s.stability)
        o.tests = s.tests
        o.tests_passed = s.tests_passed
        v = s.health_score
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("healthScore")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.health_score = v
        v = s.pass_rate
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("passRate")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.pass_rate = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TaskMetrics._struct = _Struct
    TaskMetrics._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.metric_confidence import MetricConfidence  # noqa: E402
from ..models.metric_confidence import _decode as _decode_MetricConfidence  # noqa: E402
from ..models.metric_stability import MetricStability  # noqa: E402
from ..models.metric_stability import _decode as _decode_MetricStability  # noqa: E402

if _msgspec is not None:
    from ..models.metric_confidence import _from_struct as _from_struct_MetricConfidence  # noqa: E402
    from ..models.metric_confidence import _Struct as _Struct_MetricConfidence  # noqa: E402
    from ..models.metric_stability import _from_struct as _from_struct_MetricStability  # noqa: E402
    from ..models.metric_stability import _Struct as _Struct_MetricStability  # noqa: E402
