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

import datetime

if TYPE_CHECKING:
    from ..models.eval_ import Eval
    from ..models.trace_step import TraceStep


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "timestamp",
        "referenceId",
        "testId",
        "hasError",
        "stepCount",
        "totalCost",
        "totalDurationMs",
        "totalPromptTokens",
        "totalCompletionTokens",
        "metadata",
        "steps",
        "evals",
    }
)


@_attrs_define
class Trace:
    """A trace: one conversation turn or run of the application, with its steps.

    Attributes:
        id (str): Unique identifier of the trace. Example: 2d6a9e3c-7f1b-4c5d-a8e2-9b4f6d1a3c7e.
        timestamp (datetime.datetime): When the trace started.
        reference_id (str | None): Your own identifier for the trace, if you gave one when ingesting it.
        test_id (str | None): ID of the test that produced the trace, if a test did.
        has_error (bool | None): Whether any step of the trace failed.
        step_count (int | None): Number of steps in the trace.
        total_cost (float | None): What all the steps cost together, if known.
        total_duration_ms (int | None): How long the trace took, in milliseconds.
        total_prompt_tokens (int | None): Prompt tokens over all model calls.
        total_completion_tokens (int | None): Answer tokens over all model calls.
        metadata (Any | None): Free-form metadata of the trace: a JSON object or array, or null.
        steps (list[TraceStep] | None): The steps of the trace, where the API includes them.
        evals (list[Eval] | None): The evaluations run on the trace, where the API includes them.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Trace]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Trace]]

    id: str
    timestamp: datetime.datetime
    reference_id: str | None = None
    test_id: str | None = None
    has_error: bool | None = None
    step_count: int | None = None
    total_cost: float | None = None
    total_duration_ms: int | None = None
    total_prompt_tokens: int | None = None
    total_completion_tokens: int | None = None
    metadata: Any | None = None
    steps: list[TraceStep] | None = None
    evals: list[Eval] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
            }
        )
        if self.reference_id is not None:
            field_dict["referenceId"] = self.reference_id
        elif "referenceId" in self._null_keys:
            field_dict["referenceId"] = None
        if self.test_id is not None:
            field_dict["testId"] = self.test_id
        elif "testId" in self._null_keys:
            field_dict["testId"] = None
        if self.has_error is not None:
            field_dict["hasError"] = self.has_error
        elif "hasError" in self._null_keys:
            field_dict["hasError"] = None
        if self.step_count is not None:
            field_dict["stepCount"] = self.step_count
        elif "stepCount" in self._null_keys:
            field_dict["stepCount"] = None
        if self.total_cost is not None:
            field_dict["totalCost"] = self.total_cost
        elif "totalCost" in self._null_keys:
            field_dict["totalCost"] = None
        if self.total_duration_ms is not None:
            field_dict["totalDurationMs"] = self.total_duration_ms
        elif "totalDurationMs" in self._null_keys:
            field_dict["totalDurationMs"] = None
        if self.total_prompt_tokens is not None:
            field_dict["totalPromptTokens"] = self.total_prompt_tokens
        elif "totalPromptTokens" in self._null_keys:
            field_dict["totalPromptTokens"] = None
        if self.total_completion_tokens is not None:
            field_dict["totalCompletionTokens"] = self.total_completion_tokens
        elif "totalCompletionTokens" in self._null_keys:
            field_dict["totalCompletionTokens"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.steps is not None:
            if isinstance(self.steps, list):
                field_dict["steps"] = []
                for steps_type_0_item_data in self.steps:
                    steps_type_0_item = steps_type_0_item_data.to_dict()
                    field_dict["steps"].append(steps_type_0_item)

            else:
                field_dict["steps"] = self.steps
        elif "steps" in self._null_keys:
            field_dict["steps"] = None
        if self.evals is not None:
            if isinstance(self.evals, list):
                field_dict["evals"] = []
                for evals_type_0_item_data in self.evals:
                    evals_type_0_item = evals_type_0_item_data.to_dict()
                    field_dict["evals"].append(evals_type_0_item)

            else:
                field_dict["evals"] = self.evals
        elif "evals" in self._null_keys:
            field_dict["evals"] = None

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
            _where_ = "id"
            id = src_dict["id"]
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _where_ = "timestamp"
            timestamp = datetime.datetime.fromisoformat(src_dict["timestamp"])

            _where_ = "referenceId"
            _reference_id = src_dict.get("referenceId", _ABSENT)
            reference_id: str | None = None
            if _reference_id is None:
                _nulls.append(_where_)
            elif _reference_id is not _ABSENT:
                if isinstance(_reference_id, str):
                    reference_id = _reference_id
                else:
                    raise _decoding.Mismatch("null or string", _reference_id)

            else:
                _absent += 1

            _where_ = "testId"
            _test_id = src_dict.get("testId", _ABSENT)
            test_id: str | None = None
            if _test_id is None:
                _nulls.append(_where_)
            elif _test_id is not _ABSENT:
                if isinstance(_test_id, str):
                    test_id = _test_id
                else:
                    raise _decoding.Mismatch("null or string", _test_id)

            else:
                _absent += 1

            _where_ = "hasError"
            _has_error = src_dict.get("hasError", _ABSENT)
            has_error: bool | None = None
            if _has_error is None:
                _nulls.append(_where_)
            elif _has_error is not _ABSENT:
                if isinstance(_has_error, bool):
                    has_error = _has_error
                else:
                    raise _decoding.Mismatch("null or boolean", _has_error)

            else:
                _absent += 1

            _where_ = "stepCount"
            _step_count = src_dict.get("stepCount", _ABSENT)
            step_count: int | None = None
            if _step_count is None:
                _nulls.append(_where_)
            elif _step_count is not _ABSENT:
                if isinstance(_step_count, int) and not isinstance(_step_count, bool):
                    step_count = _step_count
                elif (
                    isinstance(_step_count, float) and _step_count.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    step_count = int(_step_count)
                else:
                    raise _decoding.Mismatch("null or integer", _step_count)

            else:
                _absent += 1

            _where_ = "totalCost"
            _total_cost = src_dict.get("totalCost", _ABSENT)
            total_cost: float | None = None
            if _total_cost is None:
                _nulls.append(_where_)
            elif _total_cost is not _ABSENT:
                if isinstance(_total_cost, (int, float)) and not isinstance(_total_cost, bool):
                    total_cost = _total_cost
                else:
                    raise _decoding.Mismatch("null or number", _total_cost)

            else:
                _absent += 1

            _where_ = "totalDurationMs"
            _total_duration_ms = src_dict.get("totalDurationMs", _ABSENT)
            total_duration_ms: int | None = None
            if _total_duration_ms is None:
                _nulls.append(_where_)
            elif _total_duration_ms is not _ABSENT:
                if isinstance(_total_duration_ms, int) and not isinstance(_total_duration_ms, bool):
                    total_duration_ms = _total_duration_ms
                elif (
                    isinstance(_total_duration_ms, float) and _total_duration_ms.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    total_duration_ms = int(_total_duration_ms)
                else:
                    raise _decoding.Mismatch("null or integer", _total_duration_ms)

            else:
                _absent += 1

            _where_ = "totalPromptTokens"
            _total_prompt_tokens = src_dict.get("totalPromptTokens", _ABSENT)
            total_prompt_tokens: int | None = None
            if _total_prompt_tokens is None:
                _nulls.append(_where_)
            elif _total_prompt_tokens is not _ABSENT:
                if isinstance(_total_prompt_tokens, int) and not isinstance(_total_prompt_tokens, bool):
                    total_prompt_tokens = _total_prompt_tokens
                elif (
                    isinstance(_total_prompt_tokens, float) and _total_prompt_tokens.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    total_prompt_tokens = int(_total_prompt_tokens)
                else:
                    raise _decoding.Mismatch("null or integer", _total_prompt_tokens)

            else:
                _absent += 1

            _where_ = "totalCompletionTokens"
            _total_completion_tokens = src_dict.get("totalCompletionTokens", _ABSENT)
            total_completion_tokens: int | None = None
            if _total_completion_tokens is None:
                _nulls.append(_where_)
            elif _total_completion_tokens is not _ABSENT:
                if isinstance(_total_completion_tokens, int) and not isinstance(
                    _total_completion_tokens, bool
                ):
                    total_completion_tokens = _total_completion_tokens
                elif (
                    isinstance(_total_completion_tokens, float) and _total_completion_tokens.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    total_completion_tokens = int(_total_completion_tokens)
                else:
                    raise _decoding.Mismatch("null or integer", _total_completion_tokens)

            else:
                _absent += 1

            _where_ = "metadata"
            _metadata = src_dict.get("metadata", _ABSENT)
            metadata: Any | None = None
            if _metadata is None:
                _nulls.append(_where_)
            elif _metadata is not _ABSENT:
                metadata = _metadata

            else:
                _absent += 1

            _where_ = "steps"
            _steps = src_dict.get("steps", _ABSENT)
            steps: list[TraceStep] | None = None
            if _steps is None:
                _nulls.append(_where_)
            elif _steps is not _ABSENT:
                if isinstance(_steps, list):
                    _steps_type_0 = _steps
                    if True:
                        if not isinstance(_steps_type_0, list):
                            raise _decoding.Mismatch("array", _steps_type_0)
                        steps_type_0 = []
                        for _index, steps_type_0_item_data in enumerate(_steps_type_0):
                            _where_ = ("steps", _index)
                            steps_type_0_item = TraceStep.from_dict(steps_type_0_item_data)

                            steps_type_0.append(steps_type_0_item)

                    steps = steps_type_0
                else:
                    raise _decoding.Mismatch("null or array", _steps)

            else:
                _absent += 1

            _where_ = "evals"
            _evals = src_dict.get("evals", _ABSENT)
            evals: list[Eval] | None = None
            if _evals is None:
                _nulls.append(_where_)
            elif _evals is not _ABSENT:
                if isinstance(_evals, list):
                    _evals_type_0 = _evals
                    if True:
                        if not isinstance(_evals_type_0, list):
                            raise _decoding.Mismatch("array", _evals_type_0)
                        evals_type_0 = []
                        for _index, evals_type_0_item_data in enumerate(_evals_type_0):
                            _where_ = ("evals", _index)
                            evals_type_0_item = Eval.from_dict(evals_type_0_item_data)

                            evals_type_0.append(evals_type_0_item)

                    evals = evals_type_0
                else:
                    raise _decoding.Mismatch("null or array", _evals)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            trace = cls.__new__(cls)
            trace.id = id
            trace.timestamp = timestamp
            trace.reference_id = reference_id
            trace.test_id = test_id
            trace.has_error = has_error
            trace.step_count = step_count
            trace.total_cost = total_cost
            trace.total_duration_ms = total_duration_ms
            trace.total_prompt_tokens = total_prompt_tokens
            trace.total_completion_tokens = total_completion_tokens
            trace.metadata = metadata
            trace.steps = steps
            trace.evals = evals
            trace._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 13 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        trace.additional_properties = d
        return trace

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


_known_datetime = _decoding.known_datetime
_remember_datetime = _decoding.remember_datetime
_parse_datetime = _decoding.parse_datetime
_new = Trace.__new__


def _decode(d: Any) -> Trace:
    """Trace.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Trace)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    o.timestamp = _known_datetime(d["timestamp"]) or _remember_datetime(
        d["timestamp"], _parse_datetime(d["timestamp"])
    )
    if "referenceId" in d:
        v = d["referenceId"]
        known += 1
        if v is None:
            nulls += ("referenceId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.reference_id = v
    else:
        o.reference_id = None
    if "testId" in d:
        v = d["testId"]
        known += 1
        if v is None:
            nulls += ("testId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.test_id = v
    else:
        o.test_id = None
    if "hasError" in d:
        v = d["hasError"]
        known += 1
        if v is None:
            nulls += ("hasError",)
        else:
            if v.__class__ is bool:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.has_error = v
    else:
        o.has_error = None
    if "stepCount" in d:
        v = d["stepCount"]
        known += 1
        if v is None:
            nulls += ("stepCount",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.step_count = v
    else:
        o.step_count = None
    if "totalCost" in d:
        v = d["totalCost"]
        known += 1
        if v is None:
            nulls += ("totalCost",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_cost = v
    else:
        o.total_cost = None
    if "totalDurationMs" in d:
        v = d["totalDurationMs"]
        known += 1
        if v is None:
            nulls += ("totalDurationMs",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_duration_ms = v
    else:
        o.total_duration_ms = None
    if "totalPromptTokens" in d:
        v = d["totalPromptTokens"]
        known += 1
        if v is None:
            nulls += ("totalPromptTokens",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_prompt_tokens = v
    else:
        o.total_prompt_tokens = None
    if "totalCompletionTokens" in d:
        v = d["totalCompletionTokens"]
        known += 1
        if v is None:
            nulls += ("totalCompletionTokens",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_completion_tokens = v
    else:
        o.total_completion_tokens = None
    if "metadata" in d:
        v = d["metadata"]
        known += 1
        if v is None:
            nulls += ("metadata",)
        o.metadata = v
    else:
        o.metadata = None
    if "steps" in d:
        v = d["steps"]
        known += 1
        if v is None:
            nulls += ("steps",)
        else:
            if v.__class__ is list:
                v = list(map(_decode_TraceStep, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.steps = v
    else:
        o.steps = None
    if "evals" in d:
        v = d["evals"]
        known += 1
        if v is None:
            nulls += ("evals",)
        else:
            if v.__class__ is list:
                v = list(map(_decode_Eval, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evals = v
    else:
        o.evals = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Trace._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "timestamp": "timestamp",
            "reference_id": "referenceId",
            "test_id": "testId",
            "has_error": "hasError",
            "step_count": "stepCount",
            "total_cost": "totalCost",
            "total_duration_ms": "totalDurationMs",
            "total_prompt_tokens": "totalPromptTokens",
            "total_completion_tokens": "totalCompletionTokens",
            "metadata": "metadata",
            "steps": "steps",
            "evals": "evals",
        },
    ):
        id: str
        timestamp: str
        reference_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        test_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        has_error: bool | None | _msgspec.UnsetType = _msgspec.UNSET
        step_count: int | None | _msgspec.UnsetType = _msgspec.UNSET
        total_cost: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        total_duration_ms: int | None | _msgspec.UnsetType = _msgspec.UNSET
        total_prompt_tokens: int | None | _msgspec.UnsetType = _msgspec.UNSET
        total_completion_tokens: int | None | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        steps: list[_Struct_TraceStep] | None | _msgspec.UnsetType = _msgspec.UNSET
        evals: list[_Struct_Eval] | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Trace:
        """Trace from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Trace)
        o.id = s.id
        o.timestamp = _known_datetime(s.timestamp) or _remember_datetime(
            s.timestamp, _parse_datetime(s.timestamp)
        )
        v = s.reference_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("referenceId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.reference_id = v
        v = s.test_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("testId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.test_id = v
        v = s.has_error
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("hasError")
        else:
            if v.__class__ is bool:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.has_error = v
        v = s.step_count
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("stepCount")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.step_count = v
        v = s.total_cost
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("totalCost")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_cost = v
        v = s.total_duration_ms
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("totalDurationMs")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_duration_ms = v
        v = s.total_prompt_tokens
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("totalPromptTokens")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_prompt_tokens = v
        v = s.total_completion_tokens
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("totalCompletionTokens")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.total_completion_tokens = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        v = s.steps
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("steps")
        else:
            if v.__class__ is list:
                v = list(map(_from_struct_TraceStep, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.steps = v
        v = s.evals
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evals")
        else:
            if v.__class__ is list:
                v = list(map(_from_struct_Eval, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evals = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Trace._struct = _Struct
    Trace._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_ import Eval  # noqa: E402
from ..models.eval_ import _decode as _decode_Eval  # noqa: E402
from ..models.trace_step import TraceStep  # noqa: E402
from ..models.trace_step import _decode as _decode_TraceStep  # noqa: E402

if _msgspec is not None:
    from ..models.eval_ import _from_struct as _from_struct_Eval  # noqa: E402
    from ..models.eval_ import _Struct as _Struct_Eval  # noqa: E402
    from ..models.trace_step import _from_struct as _from_struct_TraceStep  # noqa: E402
    from ..models.trace_step import _Struct as _Struct_TraceStep  # noqa: E402
