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

from ..models.trace_event_type import TraceEventType

if TYPE_CHECKING:
    from ..models.ingest_eval import IngestEval
    from ..models.ingest_step import IngestStep


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "traceId",
        "referenceId",
        "testId",
        "timestamp",
        "metadata",
        "steps",
        "evals",
        "hasError",
        "stepCount",
        "totalCost",
        "totalDurationMs",
        "totalPromptTokens",
        "totalCompletionTokens",
    }
)


@_attrs_define
class IngestTraceEvent:
    """A whole trace to ingest, with its steps and the evaluations already run on it.

    Attributes:
        type (TraceEventType): The type of an event that is a whole trace. Example: trace.
        trace_id (str | None): Your own ID for the trace.
        reference_id (str | None): Your own identifier for the trace, such as a conversation's.
        test_id (str | None): ID of the test that produced the trace, if a test did.
        timestamp (datetime.datetime | None): When the trace started; the time of ingestion if left out.
        metadata (Any | None): Free-form metadata: a JSON object, array or string.
        steps (list[IngestStep] | None): The steps of the trace.
        evals (list[IngestEval] | None): Evaluations already run on the trace.
        has_error (bool | None): Whether any step of the trace failed.
        step_count (int | None): Number of steps in the trace.
        total_cost (float | None): What all the steps cost together.
        total_duration_ms (int | None): How long the trace took, in milliseconds.
        total_prompt_tokens (int | None): Prompt tokens over all model calls.
        total_completion_tokens (int | None): Answer tokens over all model calls.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestTraceEvent]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestTraceEvent]]

    type: TraceEventType
    trace_id: str | None = None
    reference_id: str | None = None
    test_id: str | None = None
    timestamp: datetime.datetime | None = None
    metadata: Any | None = None
    steps: list[IngestStep] | None = None
    evals: list[IngestEval] | None = None
    has_error: bool | None = None
    step_count: int | None = None
    total_cost: float | None = None
    total_duration_ms: int | None = None
    total_prompt_tokens: int | None = None
    total_completion_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if self.trace_id is not None:
            field_dict["traceId"] = self.trace_id
        if self.reference_id is not None:
            field_dict["referenceId"] = self.reference_id
        if self.test_id is not None:
            field_dict["testId"] = self.test_id
        if self.timestamp is not None:
            field_dict["timestamp"] = self.timestamp.isoformat()
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.steps is not None:
            field_dict["steps"] = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                field_dict["steps"].append(steps_item)

        if self.evals is not None:
            field_dict["evals"] = []
            for evals_item_data in self.evals:
                evals_item = evals_item_data.to_dict()
                field_dict["evals"].append(evals_item)

        if self.has_error is not None:
            field_dict["hasError"] = self.has_error
        if self.step_count is not None:
            field_dict["stepCount"] = self.step_count
        if self.total_cost is not None:
            field_dict["totalCost"] = self.total_cost
        if self.total_duration_ms is not None:
            field_dict["totalDurationMs"] = self.total_duration_ms
        if self.total_prompt_tokens is not None:
            field_dict["totalPromptTokens"] = self.total_prompt_tokens
        if self.total_completion_tokens is not None:
            field_dict["totalCompletionTokens"] = self.total_completion_tokens

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
            _where_ = "type"
            type_ = TraceEventType.from_json(src_dict["type"])

            _where_ = "traceId"
            _trace_id = src_dict.get("traceId", _ABSENT)
            trace_id: str | None = None
            if _trace_id is None:
                raise _decoding.Mismatch("string", None)
            elif _trace_id is not _ABSENT:
                trace_id = _trace_id
                if not (isinstance(trace_id, str)):
                    raise _decoding.Mismatch("string", trace_id)

            else:
                _absent += 1

            _where_ = "referenceId"
            _reference_id = src_dict.get("referenceId", _ABSENT)
            reference_id: str | None = None
            if _reference_id is None:
                raise _decoding.Mismatch("string", None)
            elif _reference_id is not _ABSENT:
                reference_id = _reference_id
                if not (isinstance(reference_id, str)):
                    raise _decoding.Mismatch("string", reference_id)

            else:
                _absent += 1

            _where_ = "testId"
            _test_id = src_dict.get("testId", _ABSENT)
            test_id: str | None = None
            if _test_id is None:
                raise _decoding.Mismatch("string", None)
            elif _test_id is not _ABSENT:
                test_id = _test_id
                if not (isinstance(test_id, str)):
                    raise _decoding.Mismatch("string", test_id)

            else:
                _absent += 1

            _where_ = "timestamp"
            _timestamp = src_dict.get("timestamp", _ABSENT)
            timestamp: datetime.datetime | None = None
            if _timestamp is None:
                raise _decoding.Mismatch("date-time string", None)
            elif _timestamp is not _ABSENT:
                timestamp = datetime.datetime.fromisoformat(_timestamp)

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
            steps: list[IngestStep] | None = None
            if _steps is None:
                raise _decoding.Mismatch("array", None)
            elif _steps is not _ABSENT:
                _steps = _steps
                if True:
                    if not isinstance(_steps, list):
                        raise _decoding.Mismatch("array", _steps)
                    steps = []
                    for _index, steps_item_data in enumerate(_steps):
                        _where_ = ("steps", _index)
                        steps_item = IngestStep.from_dict(steps_item_data)

                        steps.append(steps_item)

            else:
                _absent += 1

            _where_ = "evals"
            _evals = src_dict.get("evals", _ABSENT)
            evals: list[IngestEval] | None = None
            if _evals is None:
                raise _decoding.Mismatch("array", None)
            elif _evals is not _ABSENT:
                _evals = _evals
                if True:
                    if not isinstance(_evals, list):
                        raise _decoding.Mismatch("array", _evals)
                    evals = []
                    for _index, evals_item_data in enumerate(_evals):
                        _where_ = ("evals", _index)
                        evals_item = IngestEval.from_dict(evals_item_data)

                        evals.append(evals_item)

            else:
                _absent += 1

            _where_ = "hasError"
            _has_error = src_dict.get("hasError", _ABSENT)
            has_error: bool | None = None
            if _has_error is None:
                raise _decoding.Mismatch("boolean", None)
            elif _has_error is not _ABSENT:
                has_error = _has_error
                if not (isinstance(has_error, bool)):
                    raise _decoding.Mismatch("boolean", has_error)

            else:
                _absent += 1

            _where_ = "stepCount"
            _step_count = src_dict.get("stepCount", _ABSENT)
            step_count: int | None = None
            if _step_count is None:
                raise _decoding.Mismatch("integer", None)
            elif _step_count is not _ABSENT:
                step_count = _step_count
                if not (isinstance(step_count, int) and not isinstance(step_count, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(step_count, float) and step_count.is_integer():
                        step_count = int(step_count)
                    else:
                        raise _decoding.Mismatch("integer", step_count)

            else:
                _absent += 1

            _where_ = "totalCost"
            _total_cost = src_dict.get("totalCost", _ABSENT)
            total_cost: float | None = None
            if _total_cost is None:
                raise _decoding.Mismatch("number", None)
            elif _total_cost is not _ABSENT:
                total_cost = _total_cost
                if not (isinstance(total_cost, (int, float)) and not isinstance(total_cost, bool)):
                    raise _decoding.Mismatch("number", total_cost)

            else:
                _absent += 1

            _where_ = "totalDurationMs"
            _total_duration_ms = src_dict.get("totalDurationMs", _ABSENT)
            total_duration_ms: int | None = None
            if _total_duration_ms is None:
                raise _decoding.Mismatch("integer", None)
            elif _total_duration_ms is not _ABSENT:
                total_duration_ms = _total_duration_ms
                if not (isinstance(total_duration_ms, int) and not isinstance(total_duration_ms, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(total_duration_ms, float) and total_duration_ms.is_integer():
                        total_duration_ms = int(total_duration_ms)
                    else:
                        raise _decoding.Mismatch("integer", total_duration_ms)

            else:
                _absent += 1

            _where_ = "totalPromptTokens"
            _total_prompt_tokens = src_dict.get("totalPromptTokens", _ABSENT)
            total_prompt_tokens: int | None = None
            if _total_prompt_tokens is None:
                raise _decoding.Mismatch("integer", None)
            elif _total_prompt_tokens is not _ABSENT:
                total_prompt_tokens = _total_prompt_tokens
                if not (isinstance(total_prompt_tokens, int) and not isinstance(total_prompt_tokens, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(total_prompt_tokens, float) and total_prompt_tokens.is_integer():
                        total_prompt_tokens = int(total_prompt_tokens)
                    else:
                        raise _decoding.Mismatch("integer", total_prompt_tokens)

            else:
                _absent += 1

            _where_ = "totalCompletionTokens"
            _total_completion_tokens = src_dict.get("totalCompletionTokens", _ABSENT)
            total_completion_tokens: int | None = None
            if _total_completion_tokens is None:
                raise _decoding.Mismatch("integer", None)
            elif _total_completion_tokens is not _ABSENT:
                total_completion_tokens = _total_completion_tokens
                if not (
                    isinstance(total_completion_tokens, int) and not isinstance(total_completion_tokens, bool)
                ):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(total_completion_tokens, float) and total_completion_tokens.is_integer():
                        total_completion_tokens = int(total_completion_tokens)
                    else:
                        raise _decoding.Mismatch("integer", total_completion_tokens)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            ingest_trace_event = cls.__new__(cls)
            ingest_trace_event.type = type_
            ingest_trace_event.trace_id = trace_id
            ingest_trace_event.reference_id = reference_id
            ingest_trace_event.test_id = test_id
            ingest_trace_event.timestamp = timestamp
            ingest_trace_event.metadata = metadata
            ingest_trace_event.steps = steps
            ingest_trace_event.evals = evals
            ingest_trace_event.has_error = has_error
            ingest_trace_event.step_count = step_count
            ingest_trace_event.total_cost = total_cost
            ingest_trace_event.total_duration_ms = total_duration_ms
            ingest_trace_event.total_prompt_tokens = total_prompt_tokens
            ingest_trace_event.total_completion_tokens = total_completion_tokens
            ingest_trace_event._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 14 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        ingest_trace_event.additional_properties = d
        return ingest_trace_event

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
from ..models.trace_event_type import _KNOWN as _TraceEventType_known  # noqa: E402

_TraceEventType_member = _TraceEventType_known.get
_new = IngestTraceEvent.__new__


def _decode(d: Any) -> IngestTraceEvent:
    """IngestTraceEvent.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 1  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(IngestTraceEvent)
    o.type = _TraceEventType_member(d["type"]) or TraceEventType.from_json(d["type"])
    if "traceId" in d:
        v = d["traceId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.trace_id = v
    else:
        o.trace_id = None
    if "referenceId" in d:
        v = d["referenceId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.reference_id = v
    else:
        o.reference_id = None
    if "testId" in d:
        v = d["testId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.test_id = v
    else:
        o.test_id = None
    if "timestamp" in d:
        v = d["timestamp"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.timestamp = v
    else:
        o.timestamp = None
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
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_IngestStep, v))
        o.steps = v
    else:
        o.steps = None
    if "evals" in d:
        v = d["evals"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_IngestEval, v))
        o.evals = v
    else:
        o.evals = None
    if "hasError" in d:
        v = d["hasError"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.has_error = v
    else:
        o.has_error = None
    if "stepCount" in d:
        v = d["stepCount"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.step_count = v
    else:
        o.step_count = None
    if "totalCost" in d:
        v = d["totalCost"]
        known += 1
        if v.__class__ is not float and v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.total_cost = v
    else:
        o.total_cost = None
    if "totalDurationMs" in d:
        v = d["totalDurationMs"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.total_duration_ms = v
    else:
        o.total_duration_ms = None
    if "totalPromptTokens" in d:
        v = d["totalPromptTokens"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.total_prompt_tokens = v
    else:
        o.total_prompt_tokens = None
    if "totalCompletionTokens" in d:
        v = d["totalCompletionTokens"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.total_completion_tokens = v
    else:
        o.total_completion_tokens = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IngestTraceEvent._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "type_": "type",
            "trace_id": "traceId",
            "reference_id": "referenceId",
            "test_id": "testId",
            "timestamp": "timestamp",
            "metadata": "metadata",
            "steps": "steps",
            "evals": "evals",
            "has_error": "hasError",
            "step_count": "stepCount",
            "total_cost": "totalCost",
            "total_duration_ms": "totalDurationMs",
            "total_prompt_tokens": "totalPromptTokens",
            "total_completion_tokens": "totalCompletionTokens",
        },
    ):
        type_: str
        trace_id: str | _msgspec.UnsetType = _msgspec.UNSET
        reference_id: str | _msgspec.UnsetType = _msgspec.UNSET
        test_id: str | _msgspec.UnsetType = _msgspec.UNSET
        timestamp: str | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        steps: list[_Struct_IngestStep] | _msgspec.UnsetType = _msgspec.UNSET
        evals: list[_Struct_IngestEval] | _msgspec.UnsetType = _msgspec.UNSET
        has_error: bool | _msgspec.UnsetType = _msgspec.UNSET
        step_count: int | _msgspec.UnsetType = _msgspec.UNSET
        total_cost: int | float | _msgspec.UnsetType = _msgspec.UNSET
        total_duration_ms: int | _msgspec.UnsetType = _msgspec.UNSET
        total_prompt_tokens: int | _msgspec.UnsetType = _msgspec.UNSET
        total_completion_tokens: int | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestTraceEvent:
        """IngestTraceEvent from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(IngestTraceEvent)
        o.type = _TraceEventType_member(s.type_) or TraceEventType.from_json(s.type_)
        v = s.trace_id
        if v is _UNSET:
            v = None
        o.trace_id = v
        v = s.reference_id
        if v is _UNSET:
            v = None
        o.reference_id = v
        v = s.test_id
        if v is _UNSET:
            v = None
        o.test_id = v
        v = s.timestamp
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.timestamp = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        v = s.steps
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_IngestStep, v))
        o.steps = v
        v = s.evals
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_IngestEval, v))
        o.evals = v
        v = s.has_error
        if v is _UNSET:
            v = None
        o.has_error = v
        v = s.step_count
        if v is _UNSET:
            v = None
        o.step_count = v
        v = s.total_cost
        if v is _UNSET:
            v = None
        o.total_cost = v
        v = s.total_duration_ms
        if v is _UNSET:
            v = None
        o.total_duration_ms = v
        v = s.total_prompt_tokens
        if v is _UNSET:
            v = None
        o.total_prompt_tokens = v
        v = s.total_completion_tokens
        if v is _UNSET:
            v = None
        o.total_completion_tokens = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    IngestTraceEvent._struct = _Struct
    IngestTraceEvent._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.ingest_eval import IngestEval  # noqa: E402
from ..models.ingest_eval import _decode as _decode_IngestEval  # noqa: E402
from ..models.ingest_step import IngestStep  # noqa: E402
from ..models.ingest_step import _decode as _decode_IngestStep  # noqa: E402

if _msgspec is not None:
    from ..models.ingest_eval import _from_struct as _from_struct_IngestEval  # noqa: E402
    from ..models.ingest_eval import _Struct as _Struct_IngestEval  # noqa: E402
    from ..models.ingest_step import _from_struct as _from_struct_IngestStep  # noqa: E402
    from ..models.ingest_step import _Struct as _Struct_IngestStep  # noqa: E402
