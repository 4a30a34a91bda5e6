from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding

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
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            _nulls: list[str] = []
            _absent = 0
            _key = "id"
            id = src_dict["id"]
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _key = "timestamp"
            timestamp = datetime.datetime.fromisoformat(src_dict["timestamp"])

            _key = "referenceId"
            _reference_id = src_dict.get("referenceId", _ABSENT)
            reference_id: str | None = None
            if _reference_id is None:
                _nulls.append(_key)
            elif _reference_id is not _ABSENT:
                if isinstance(_reference_id, str):
                    reference_id = _reference_id
                else:
                    raise _decoding.Mismatch("null or string", _reference_id)

            else:
                _absent += 1

            _key = "testId"
            _test_id = src_dict.get("testId", _ABSENT)
            test_id: str | None = None
            if _test_id is None:
                _nulls.append(_key)
            elif _test_id is not _ABSENT:
                if isinstance(_test_id, str):
                    test_id = _test_id
                else:
                    raise _decoding.Mismatch("null or string", _test_id)

            else:
                _absent += 1

            _key = "hasError"
            _has_error = src_dict.get("hasError", _ABSENT)
            has_error: bool | None = None
            if _has_error is None:
                _nulls.append(_key)
            elif _has_error is not _ABSENT:
                if isinstance(_has_error, bool):
                    has_error = _has_error
                else:
                    raise _decoding.Mismatch("null or boolean", _has_error)

            else:
                _absent += 1

            _key = "stepCount"
            _step_count = src_dict.get("stepCount", _ABSENT)
            step_count: int | None = None
            if _step_count is None:
                _nulls.append(_key)
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

            _key = "totalCost"
            _total_cost = src_dict.get("totalCost", _ABSENT)
            total_cost: float | None = None
            if _total_cost is None:
                _nulls.append(_key)
            elif _total_cost is not _ABSENT:
                if isinstance(_total_cost, (int, float)) and not isinstance(_total_cost, bool):
                    total_cost = _total_cost
                else:
                    raise _decoding.Mismatch("null or number", _total_cost)

            else:
                _absent += 1

            _key = "totalDurationMs"
            _total_duration_ms = src_dict.get("totalDurationMs", _ABSENT)
            total_duration_ms: int | None = None
            if _total_duration_ms is None:
                _nulls.append(_key)
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

            _key = "totalPromptTokens"
            _total_prompt_tokens = src_dict.get("totalPromptTokens", _ABSENT)
            total_prompt_tokens: int | None = None
            if _total_prompt_tokens is None:
                _nulls.append(_key)
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

            _key = "totalCompletionTokens"
            _total_completion_tokens = src_dict.get("totalCompletionTokens", _ABSENT)
            total_completion_tokens: int | None = None
            if _total_completion_tokens is None:
                _nulls.append(_key)
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

            _key = "metadata"
            _metadata = src_dict.get("metadata", _ABSENT)
            metadata: Any | None = None
            if _metadata is None:
                _nulls.append(_key)
            elif _metadata is not _ABSENT:
                metadata = _metadata

            else:
                _absent += 1

            _key = "steps"
            _steps = src_dict.get("steps", _ABSENT)
            steps: list[TraceStep] | None = None
            if _steps is None:
                _nulls.append(_key)
            elif _steps is not _ABSENT:
                if isinstance(_steps, list):
                    _steps_type_0 = _steps
                    if True:
                        if not isinstance(_steps_type_0, list):
                            raise _decoding.Mismatch("array", _steps_type_0)
                        steps_type_0 = []
                        for _index, steps_type_0_item_data in enumerate(_steps_type_0):
                            _key = ("steps", _index)
                            steps_type_0_item = TraceStep.from_dict(steps_type_0_item_data)

                            steps_type_0.append(steps_type_0_item)

                    steps = steps_type_0
                else:
                    raise _decoding.Mismatch("null or array", _steps)

            else:
                _absent += 1

            _key = "evals"
            _evals = src_dict.get("evals", _ABSENT)
            evals: list[Eval] | None = None
            if _evals is None:
                _nulls.append(_key)
            elif _evals is not _ABSENT:
                if isinstance(_evals, list):
                    _evals_type_0 = _evals
                    if True:
                        if not isinstance(_evals_type_0, list):
                            raise _decoding.Mismatch("array", _evals_type_0)
                        evals_type_0 = []
                        for _index, evals_type_0_item_data in enumerate(_evals_type_0):
                            _key = ("evals", _index)
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
            _located = _decoding.locate(_exc, _key, src_dict)
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


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_ import Eval  # noqa: E402
from ..models.trace_step import TraceStep  # noqa: E402
