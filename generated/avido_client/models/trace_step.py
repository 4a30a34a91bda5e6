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

from ..models.llm_step_event import LlmStepEvent
from ..models.step_status import StepStatus
from ..models.step_type import StepType

if TYPE_CHECKING:
    from ..models.token_usage import TokenUsage


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "traceId",
        "status",
        "timestamp",
        "parentId",
        "name",
        "group",
        "endTime",
        "durationMs",
        "costAmount",
        "error",
        "statusCode",
        "metadata",
        "params",
        "event",
        "input",
        "modelId",
        "output",
        "finishReason",
        "usage",
        "toolCallId",
        "toolInput",
        "toolOutput",
        "query",
        "result",
        "guardrailAction",
        "guardrailTriggered",
        "guardrailType",
        "evaluationExplanation",
        "evaluationLabel",
        "evaluationScore",
        "evaluatorName",
        "content",
        "key",
    }
)


@_attrs_define
class TraceStep:
    """One step of a trace: a model call, a tool call, a retrieval, a log line... `type` says which, and which of the
    optional fields it carries (each field's description names the step types that have it). The SDK has a model per
    step type; this one schema holds them all, because the Python client decodes a union by JSON type and can't tell
    objects apart (docs/spec-decisions.md).

        Attributes:
            id (str): Unique identifier of the step.
            type (StepType): What a step of a trace records. Example: llm.
            trace_id (str): ID of the trace the step belongs to.
            status (StepStatus): How a step ended. Example: success.
            timestamp (datetime.datetime): When the step started.
            parent_id (str | None): ID of the step this one is nested in, if any.
            name (str | None): A name for the step, if one was given.
            group (str | None): Name of the group of steps this one belongs to, if any.
            end_time (datetime.datetime | None): When the step ended.
            duration_ms (int | None): How long the step took, in milliseconds.
            cost_amount (float | None): What the step cost, if known.
            error (str | None): The error the step ended with, if it failed.
            status_code (str | None): Status code the step's call returned, if it has one.
            metadata (Any | None): Free-form metadata of the step: a JSON object or array, or null.
            params (Any | None): Parameters the step ran with: a JSON object or array, or null.
            event (LlmStepEvent | None): Which end of a model call an llm step records: the prompt going in or the answer.
                Example: start.
            input (str | None): What went in (llm start, agent and group steps).
            model_id (str | None): The model called (llm steps).
            output (str | None): What came out (llm end, agent and group steps).
            finish_reason (str | None): Why the model stopped (llm end steps).
            usage (TokenUsage | None): Tokens the call used (llm end steps).
            tool_call_id (str | None): ID of the tool call (tool steps).
            tool_input (str | None): What the tool was given (tool steps).
            tool_output (str | None): What the tool returned (tool steps).
            query (str | None): The retrieval's query (retriever steps).
            result (str | None): What the retrieval found (retriever steps).
            guardrail_action (str | None): What the guardrail did (guardrail and group steps).
            guardrail_triggered (bool | None): Whether the guardrail fired (guardrail and group steps).
            guardrail_type (str | None): Which kind of guardrail ran (guardrail and group steps).
            evaluation_explanation (str | None): Why the evaluator judged as it did (evaluator steps).
            evaluation_label (str | None): The evaluator's verdict as a label (evaluator steps).
            evaluation_score (float | None): The evaluator's score (evaluator steps).
            evaluator_name (str | None): Which evaluator ran (evaluator steps).
            content (str | None): The text logged, answered or received (log, response and request steps).
            key (str | None): Key of the group (group steps).
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TraceStep]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TraceStep]]

    id: str
    type: StepType
    trace_id: str
    status: StepStatus
    timestamp: datetime.datetime
    parent_id: str | None = None
    name: str | None = None
    group: str | None = None
    end_time: datetime.datetime | None = None
    duration_ms: int | None = None
    cost_amount: float | None = None
    error: str | None = None
    status_code: str | None = None
    metadata: Any | None = None
    params: Any | None = None
    event: LlmStepEvent | None = None
    input: str | None = None
    model_id: str | None = None
    output: str | None = None
    finish_reason: str | None = None
    usage: TokenUsage | None = None
    tool_call_id: str | None = None
    tool_input: str | None = None
    tool_output: str | None = None
    query: str | None = None
    result: str | None = None
    guardrail_action: str | None = None
    guardrail_triggered: bool | None = None
    guardrail_type: str | None = None
    evaluation_explanation: str | None = None
    evaluation_label: str | None = None
    evaluation_score: float | None = None
    evaluator_name: str | None = None
    content: str | None = None
    key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type.value

        trace_id = self.trace_id

        status = self.status.value

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "traceId": trace_id,
                "status": status,
                "timestamp": timestamp,
            }
        )
        if self.parent_id is not None:
            field_dict["parentId"] = self.parent_id
        elif "parentId" in self._null_keys:
            field_dict["parentId"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._null_keys:
            field_dict["name"] = None
        if self.group is not None:
            field_dict["group"] = self.group
        elif "group" in self._null_keys:
            field_dict["group"] = None
        if self.end_time is not None:
            if isinstance(self.end_time, datetime.datetime):
                field_dict["endTime"] = self.end_time.isoformat()
            else:
                field_dict["endTime"] = self.end_time
        elif "endTime" in self._null_keys:
            field_dict["endTime"] = None
        if self.duration_ms is not None:
            field_dict["durationMs"] = self.duration_ms
        elif "durationMs" in self._null_keys:
            field_dict["durationMs"] = None
        if self.cost_amount is not None:
            field_dict["costAmount"] = self.cost_amount
        elif "costAmount" in self._null_keys:
            field_dict["costAmount"] = None
        if self.error is not None:
            field_dict["error"] = self.error
        elif "error" in self._null_keys:
            field_dict["error"] = None
        if self.status_code is not None:
            field_dict["statusCode"] = self.status_code
        elif "statusCode" in self._null_keys:
            field_dict["statusCode"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.params is not None:
            field_dict["params"] = self.params
        elif "params" in self._null_keys:
            field_dict["params"] = None
        if self.event is not None:
            field_dict["event"] = self.event.value
        if self.input is not None:
            field_dict["input"] = self.input
        elif "input" in self._null_keys:
            field_dict["input"] = None
        if self.model_id is not None:
            field_dict["modelId"] = self.model_id
        if self.output is not None:
            field_dict["output"] = self.output
        elif "output" in self._null_keys:
            field_dict["output"] = None
        if self.finish_reason is not None:
            field_dict["finishReason"] = self.finish_reason
        elif "finishReason" in self._null_keys:
            field_dict["finishReason"] = None
        if self.usage is not None:
            if isinstance(self.usage, TokenUsage):
                field_dict["usage"] = self.usage.to_dict()
            else:
                field_dict["usage"] = self.usage
        elif "usage" in self._null_keys:
            field_dict["usage"] = None
        if self.tool_call_id is not None:
            field_dict["toolCallId"] = self.tool_call_id
        elif "toolCallId" in self._null_keys:
            field_dict["toolCallId"] = None
        if self.tool_input is not None:
            field_dict["toolInput"] = self.tool_input
        elif "toolInput" in self._null_keys:
            field_dict["toolInput"] = None
        if self.tool_output is not None:
            field_dict["toolOutput"] = self.tool_output
        elif "toolOutput" in self._null_keys:
            field_dict["toolOutput"] = None
        if self.query is not None:
            field_dict["query"] = self.query
        if self.result is not None:
            field_dict["result"] = self.result
        if self.guardrail_action is not None:
            field_dict["guardrailAction"] = self.guardrail_action
        elif "guardrailAction" in self._null_keys:
            field_dict["guardrailAction"] = None
        if self.guardrail_triggered is not None:
            field_dict["guardrailTriggered"] = self.guardrail_triggered
        elif "guardrailTriggered" in self._null_keys:
            field_dict["guardrailTriggered"] = None
        if self.guardrail_type is not None:
            field_dict["guardrailType"] = self.guardrail_type
        elif "guardrailType" in self._null_keys:
            field_dict["guardrailType"] = None
        if self.evaluation_explanation is not None:
            field_dict["evaluationExplanation"] = self.evaluation_explanation
        elif "evaluationExplanation" in self._null_keys:
            field_dict["evaluationExplanation"] = None
        if self.evaluation_label is not None:
            field_dict["evaluationLabel"] = self.evaluation_label
        elif "evaluationLabel" in self._null_keys:
            field_dict["evaluationLabel"] = None
        if self.evaluation_score is not None:
            field_dict["evaluationScore"] = self.evaluation_score
        elif "evaluationScore" in self._null_keys:
            field_dict["evaluationScore"] = None
        if self.evaluator_name is not None:
            field_dict["evaluatorName"] = self.evaluator_name
        elif "evaluatorName" in self._null_keys:
            field_dict["evaluatorName"] = None
        if self.content is not None:
            field_dict["content"] = self.content
        if self.key is not None:
            field_dict["key"] = self.key

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

            _where_ = "type"
            type_ = StepType.from_json(src_dict["type"])

            _where_ = "traceId"
            trace_id = src_dict["traceId"]
            if not (isinstance(trace_id, str)):
                raise _decoding.Mismatch("string", trace_id)

            _where_ = "status"
            status = StepStatus.from_json(src_dict["status"])

            _where_ = "timestamp"
            timestamp = datetime.datetime.fromisoformat(src_dict["timestamp"])

            _where_ = "parentId"
            _parent_id = src_dict.get("parentId", _ABSENT)
            parent_id: str | None = None
            if _parent_id is None:
                _nulls.append(_where_)
            elif _parent_id is not _ABSENT:
                if isinstance(_parent_id, str):
                    parent_id = _parent_id
                else:
                    raise _decoding.Mismatch("null or string", _parent_id)

            else:
                _absent += 1

            _where_ = "name"
            _name = src_dict.get("name", _ABSENT)
            name: str | None = None
            if _name is None:
                _nulls.append(_where_)
            elif _name is not _ABSENT:
                if isinstance(_name, str):
                    name = _name
                else:
                    raise _decoding.Mismatch("null or string", _name)

            else:
                _absent += 1

            _where_ = "group"
            _group = src_dict.get("group", _ABSENT)
            group: str | None = None
            if _group is None:
                _nulls.append(_where_)
            elif _group is not _ABSENT:
                if isinstance(_group, str):
                    group = _group
                else:
                    raise _decoding.Mismatch("null or string", _group)

            else:
                _absent += 1

            _where_ = "endTime"
            _end_time = src_dict.get("endTime", _ABSENT)
            end_time: datetime.datetime | None = None
            if _end_time is None:
                _nulls.append(_where_)
            elif _end_time is not _ABSENT:
                if isinstance(_end_time, str):
                    end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

                    end_time = end_time_type_0
                else:
                    raise _decoding.Mismatch("null or date-time string", _end_time)

            else:
                _absent += 1

            _where_ = "durationMs"
            _duration_ms = src_dict.get("durationMs", _ABSENT)
            duration_ms: int | None = None
            if _duration_ms is None:
                _nulls.append(_where_)
            elif _duration_ms is not _ABSENT:
                if isinstance(_duration_ms, int) and not isinstance(_duration_ms, bool):
                    duration_ms = _duration_ms
                elif (
                    isinstance(_duration_ms, float) and _duration_ms.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    duration_ms = int(_duration_ms)
                else:
                    raise _decoding.Mismatch("null or integer", _duration_ms)

            else:
                _absent += 1

            _where_ = "costAmount"
            _cost_amount = src_dict.get("costAmount", _ABSENT)
            cost_amount: float | None = None
            if _cost_amount is None:
                _nulls.append(_where_)
            elif _cost_amount is not _ABSENT:
                if isinstance(_cost_amount, (int, float)) and not isinstance(_cost_amount, bool):
                    cost_amount = _cost_amount
                else:
                    raise _decoding.Mismatch("null or number", _cost_amount)

            else:
                _absent += 1

            _where_ = "error"
            _error = src_dict.get("error", _ABSENT)
            error: str | None = None
            if _error is None:
                _nulls.append(_where_)
            elif _error is not _ABSENT:
                if isinstance(_error, str):
                    error = _error
                else:
                    raise _decoding.Mismatch("null or string", _error)

            else:
                _absent += 1

            _where_ = "statusCode"
            _status_code = src_dict.get("statusCode", _ABSENT)
            status_code: str | None = None
            if _status_code is None:
                _nulls.append(_where_)
            elif _status_code is not _ABSENT:
                if isinstance(_status_code, str):
                    status_code = _status_code
                else:
                    raise _decoding.Mismatch("null or string", _status_code)

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

            _where_ = "params"
            _params = src_dict.get("params", _ABSENT)
            params: Any | None = None
            if _params is None:
                _nulls.append(_where_)
            elif _params is not _ABSENT:
                params = _params

            else:
                _absent += 1

            _where_ = "event"
            _event = src_dict.get("event", _ABSENT)
            event: LlmStepEvent | None = None
            if _event is None:
                raise _decoding.Mismatch("string", None)
            elif _event is not _ABSENT:
                event = LlmStepEvent.from_json(_event)

            else:
                _absent += 1

            _where_ = "input"
            _input_ = src_dict.get("input", _ABSENT)
            input_: str | None = None
            if _input_ is None:
                _nulls.append(_where_)
            elif _input_ is not _ABSENT:
                if isinstance(_input_, str):
                    input_ = _input_
                else:
                    raise _decoding.Mismatch("null or string", _input_)

            else:
                _absent += 1

            _where_ = "modelId"
            _model_id = src_dict.get("modelId", _ABSENT)
            model_id: str | None = None
            if _model_id is None:
                raise _decoding.Mismatch("string", None)
            elif _model_id is not _ABSENT:
                model_id = _model_id
                if not (isinstance(model_id, str)):
                    raise _decoding.Mismatch("string", model_id)

            else:
                _absent += 1

            _where_ = "output"
            _output = src_dict.get("output", _ABSENT)
            output: str | None = None
            if _output is None:
                _nulls.append(_where_)
            elif _output is not _ABSENT:
                if isinstance(_output, str):
                    output = _output
                else:
                    raise _decoding.Mismatch("null or string", _output)

            else:
                _absent += 1

            _where_ = "finishReason"
            _finish_reason = src_dict.get("finishReason", _ABSENT)
            finish_reason: str | None = None
            if _finish_reason is None:
                _nulls.append(_where_)
            elif _finish_reason is not _ABSENT:
                if isinstance(_finish_reason, str):
                    finish_reason = _finish_reason
                else:
                    raise _decoding.Mismatch("null or string", _finish_reason)

            else:
                _absent += 1

            _where_ = "usage"
            _usage = src_dict.get("usage", _ABSENT)
            usage: TokenUsage | None = None
            if _usage is None:
                _nulls.append(_where_)
            elif _usage is not _ABSENT:
                if isinstance(_usage, dict):
                    usage_type_0 = TokenUsage.from_dict(_usage)

                    usage = usage_type_0
                else:
                    raise _decoding.Mismatch("null or object", _usage)

            else:
                _absent += 1

            _where_ = "toolCallId"
            _tool_call_id = src_dict.get("toolCallId", _ABSENT)
            tool_call_id: str | None = None
            if _tool_call_id is None:
                _nulls.append(_where_)
            elif _tool_call_id is not _ABSENT:
                if isinstance(_tool_call_id, str):
                    tool_call_id = _tool_call_id
                else:
                    raise _decoding.Mismatch("null or string", _tool_call_id)

            else:
                _absent += 1

            _where_ = "toolInput"
            _tool_input = src_dict.get("toolInput", _ABSENT)
            tool_input: str | None = None
            if _tool_input is None:
                _nulls.append(_where_)
            elif _tool_input is not _ABSENT:
                if isinstance(_tool_input, str):
                    tool_input = _tool_input
                else:
                    raise _decoding.Mismatch("null or string", _tool_input)

            else:
                _absent += 1

            _where_ = "toolOutput"
            _tool_output = src_dict.get("toolOutput", _ABSENT)
            tool_output: str | None = None
            if _tool_output is None:
                _nulls.append(_where_)
            elif _tool_output is not _ABSENT:
                if isinstance(_tool_output, str):
                    tool_output = _tool_output
                else:
                    raise _decoding.Mismatch("null or string", _tool_output)

            else:
                _absent += 1

            _where_ = "query"
            _query = src_dict.get("query", _ABSENT)
            query: str | None = None
            if _query is None:
                raise _decoding.Mismatch("string", None)
            elif _query is not _ABSENT:
                query = _query
                if not (isinstance(query, str)):
                    raise _decoding.Mismatch("string", query)

            else:
                _absent += 1

            _where_ = "result"
            _result = src_dict.get("result", _ABSENT)
            result: str | None = None
            if _result is None:
                raise _decoding.Mismatch("string", None)
            elif _result is not _ABSENT:
                result = _result
                if not (isinstance(result, str)):
                    raise _decoding.Mismatch("string", result)

            else:
                _absent += 1

            _where_ = "guardrailAction"
            _guardrail_action = src_dict.get("guardrailAction", _ABSENT)
            guardrail_action: str | None = None
            if _guardrail_action is None:
                _nulls.append(_where_)
            elif _guardrail_action is not _ABSENT:
                if isinstance(_guardrail_action, str):
                    guardrail_action = _guardrail_action
                else:
                    raise _decoding.Mismatch("null or string", _guardrail_action)

            else:
                _absent += 1

            _where_ = "guardrailTriggered"
            _guardrail_triggered = src_dict.get("guardrailTriggered", _ABSENT)
            guardrail_triggered: bool | None = None
            if _guardrail_triggered is None:
                _nulls.append(_where_)
            elif _guardrail_triggered is not _ABSENT:
                if isinstance(_guardrail_triggered, bool):
                    guardrail_triggered = _guardrail_triggered
                else:
                    raise _decoding.Mismatch("null or boolean", _guardrail_triggered)

            else:
                _absent += 1

            _where_ = "guardrailType"
            _guardrail_type = src_dict.get("guardrailType", _ABSENT)
            guardrail_type: str | None = None
            if _guardrail_type is None:
                _nulls.append(_where_)
            elif _guardrail_type is not _ABSENT:
                if isinstance(_guardrail_type, str):
                    guardrail_type = _guardrail_type
                else:
                    raise _decoding.Mismatch("null or string", _guardrail_type)

            else:
                _absent += 1

            _where_ = "evaluationExplanation"
            _evaluation_explanation = src_dict.get("evaluationExplanation", _ABSENT)
            evaluation_explanation: str | None = None
            if _evaluation_explanation is None:
                _nulls.append(_where_)
            elif _evaluation_explanation is not _ABSENT:
                if isinstance(_evaluation_explanation, str):
                    evaluation_explanation = _evaluation_explanation
                else:
                    raise _decoding.Mismatch("null or string", _evaluation_explanation)

            else:
                _absent += 1

            _where_ = "evaluationLabel"
            _evaluation_label = src_dict.get("evaluationLabel", _ABSENT)
            evaluation_label: str | None = None
            if _evaluation_label is None:
                _nulls.append(_where_)
            elif _evaluation_label is not _ABSENT:
                if isinstance(_evaluation_label, str):
                    evaluation_label = _evaluation_label
                else:
                    raise _decoding.Mismatch("null or string", _evaluation_label)

            else:
                _absent += 1

            _where_ = "evaluationScore"
            _evaluation_score = src_dict.get("evaluationScore", _ABSENT)
            evaluation_score: float | None = None
            if _evaluation_score is None:
                _nulls.append(_where_)
            elif _evaluation_score is not _ABSENT:
                if isinstance(_evaluation_score, (int, float)) and not isinstance(_evaluation_score, bool):
                    evaluation_score = _evaluation_score
                else:
                    raise _decoding.Mismatch("null or number", _evaluation_score)

            else:
                _absent += 1

            _where_ = "evaluatorName"
            _evaluator_name = src_dict.get("evaluatorName", _ABSENT)
            evaluator_name: str | None = None
            if _evaluator_name is None:
                _nulls.append(_where_)
            elif _evaluator_name is not _ABSENT:
                if isinstance(_evaluator_name, str):
                    evaluator_name = _evaluator_name
                else:
                    raise _decoding.Mismatch("null or string", _evaluator_name)

            else:
                _absent += 1

            _where_ = "content"
            _content = src_dict.get("content", _ABSENT)
            content: str | None = None
            if _content is None:
                raise _decoding.Mismatch("string", None)
            elif _content is not _ABSENT:
                content = _content
                if not (isinstance(content, str)):
                    raise _decoding.Mismatch("string", content)

            else:
                _absent += 1

            _where_ = "key"
            _key = src_dict.get("key", _ABSENT)
            key: str | None = None
            if _key is None:
                raise _decoding.Mismatch("string", None)
            elif _key is not _ABSENT:
                key = _key
                if not (isinstance(key, str)):
                    raise _decoding.Mismatch("string", key)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            trace_step = cls.__new__(cls)
            trace_step.id = id
            trace_step.type = type_
            trace_step.trace_id = trace_id
            trace_step.status = status
            trace_step.timestamp = timestamp
            trace_step.parent_id = parent_id
            trace_step.name = name
            trace_step.group = group
            trace_step.end_time = end_time
            trace_step.duration_ms = duration_ms
            trace_step.cost_amount = cost_amount
            trace_step.error = error
            trace_step.status_code = status_code
            trace_step.metadata = metadata
            trace_step.params = params
            trace_step.event = event
            trace_step.input = input_
            trace_step.model_id = model_id
            trace_step.output = output
            trace_step.finish_reason = finish_reason
            trace_step.usage = usage
            trace_step.tool_call_id = tool_call_id
            trace_step.tool_input = tool_input
            trace_step.tool_output = tool_output
            trace_step.query = query
            trace_step.result = result
            trace_step.guardrail_action = guardrail_action
            trace_step.guardrail_triggered = guardrail_triggered
            trace_step.guardrail_type = guardrail_type
            trace_step.evaluation_explanation = evaluation_explanation
            trace_step.evaluation_label = evaluation_label
            trace_step.evaluation_score = evaluation_score
            trace_step.evaluator_name = evaluator_name
            trace_step.content = content
            trace_step.key = key
            trace_step._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 35 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        trace_step.additional_properties = d
        return trace_step

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
from ..models.llm_step_event import _KNOWN as _LlmStepEvent_known  # noqa: E402

_LlmStepEvent_member = _LlmStepEvent_known.get
from ..models.step_status import _KNOWN as _StepStatus_known  # noqa: E402

_StepStatus_member = _StepStatus_known.get
from ..models.step_type import _KNOWN as _StepType_known  # noqa: E402

_StepType_member = _StepType_known.get
_new = TraceStep.__new__


def _decode(d: Any) -> TraceStep:
    """TraceStep.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 5  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TraceStep)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    o.type = _StepType_member(d["type"]) or StepType.from_json(d["type"])
    v = d["traceId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.trace_id = v
    o.status = _StepStatus_member(d["status"]) or StepStatus.from_json(d["status"])
    o.timestamp = _known_datetime(d["timestamp"]) or _remember_datetime(
        d["timestamp"], _parse_datetime(d["timestamp"])
    )
    if "parentId" in d:
        v = d["parentId"]
        known += 1
        if v is None:
            nulls += ("parentId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.parent_id = v
    else:
        o.parent_id = None
    if "name" in d:
        v = d["name"]
        known += 1
        if v is None:
            nulls += ("name",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.name = v
    else:
        o.name = None
    if "group" in d:
        v = d["group"]
        known += 1
        if v is None:
            nulls += ("group",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.group = v
    else:
        o.group = None
    if "endTime" in d:
        v = d["endTime"]
        known += 1
        if v is None:
            nulls += ("endTime",)
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.end_time = v
    else:
        o.end_time = None
    if "durationMs" in d:
        v = d["durationMs"]
        known += 1
        if v is None:
            nulls += ("durationMs",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.duration_ms = v
    else:
        o.duration_ms = None
    if "costAmount" in d:
        v = d["costAmount"]
        known += 1
        if v is None:
            nulls += ("costAmount",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.cost_amount = v
    else:
        o.cost_amount = None
    if "error" in d:
        v = d["error"]
        known += 1
        if v is None:
            nulls += ("error",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.error = v
    else:
        o.error = None
    if "statusCode" in d:
        v = d["statusCode"]
        known += 1
        if v is None:
            nulls += ("statusCode",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.status_code = v
    else:
        o.status_code = None
    if "metadata" in d:
        v = d["metadata"]
        known += 1
        if v is None:
            nulls += ("metadata",)
        o.metadata = v
    else:
        o.metadata = None
    if "params" in d:
        v = d["params"]
        known += 1
        if v is None:
            nulls += ("params",)
        o.params = v
    else:
        o.params = None
    if "event" in d:
        v = d["event"]
        known += 1
        v = _LlmStepEvent_member(v) or LlmStepEvent.from_json(v)
        o.event = v
    else:
        o.event = None
    if "input" in d:
        v = d["input"]
        known += 1
        if v is None:
            nulls += ("input",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.input = v
    else:
        o.input = None
    if "modelId" in d:
        v = d["modelId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.model_id = v
    else:
        o.model_id = None
    if "output" in d:
        v = d["output"]
        known += 1
        if v is None:
            nulls += ("output",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.output = v
    else:
        o.output = None
    if "finishReason" in d:
        v = d["finishReason"]
        known += 1
        if v is None:
            nulls += ("finishReason",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.finish_reason = v
    else:
        o.finish_reason = None
    if "usage" in d:
        v = d["usage"]
        known += 1
        if v is None:
            nulls += ("usage",)
        else:
            if v.__class__ is dict:
                v = _decode_TokenUsage(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.usage = v
    else:
        o.usage = None
    if "toolCallId" in d:
        v = d["toolCallId"]
        known += 1
        if v is None:
            nulls += ("toolCallId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.tool_call_id = v
    else:
        o.tool_call_id = None
    if "toolInput" in d:
        v = d["toolInput"]
        known += 1
        if v is None:
            nulls += ("toolInput",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.tool_input = v
    else:
        o.tool_input = None
    if "toolOutput" in d:
        v = d["toolOutput"]
        known += 1
        if v is None:
            nulls += ("toolOutput",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.tool_output = v
    else:
        o.tool_output = None
    if "query" in d:
        v = d["query"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.query = v
    else:
        o.query = None
    if "result" in d:
        v = d["result"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.result = v
    else:
        o.result = None
    if "guardrailAction" in d:
        v = d["guardrailAction"]
        known += 1
        if v is None:
            nulls += ("guardrailAction",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.guardrail_action = v
    else:
        o.guardrail_action = None
    if "guardrailTriggered" in d:
        v = d["guardrailTriggered"]
        known += 1
        if v is None:
            nulls += ("guardrailTriggered",)
        else:
            if v.__class__ is bool:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.guardrail_triggered = v
    else:
        o.guardrail_triggered = None
    if "guardrailType" in d:
        v = d["guardrailType"]
        known += 1
        if v is None:
            nulls += ("guardrailType",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.guardrail_type = v
    else:
        o.guardrail_type = None
    if "evaluationExplanation" in d:
        v = d["evaluationExplanation"]
        known += 1
        if v is None:
            nulls += ("evaluationExplanation",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluation_explanation = v
    else:
        o.evaluation_explanation = None
    if "evaluationLabel" in d:
        v = d["evaluationLabel"]
        known += 1
        if v is None:
            nulls += ("evaluationLabel",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluation_label = v
    else:
        o.evaluation_label = None
    if "evaluationScore" in d:
        v = d["evaluationScore"]
        known += 1
        if v is None:
            nulls += ("evaluationScore",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluation_score = v
    else:
        o.evaluation_score = None
    if "evaluatorName" in d:
        v = d["evaluatorName"]
        known += 1
        if v is None:
            nulls += ("evaluatorName",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluator_name = v
    else:
        o.evaluator_name = None
    if "content" in d:
        v = d["content"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.content = v
    else:
        o.content = None
    if "key" in d:
        v = d["key"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.key = v
    else:
        o.key = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TraceStep._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "type_": "type",
            "trace_id": "traceId",
            "status": "status",
            "timestamp": "timestamp",
            "parent_id": "parentId",
            "name": "name",
            "group": "group",
            "end_time": "endTime",
            "duration_ms": "durationMs",
            "cost_amount": "costAmount",
            "error": "error",
            "status_code": "statusCode",
            "metadata": "metadata",
            "params": "params",
            "event": "event",
            "input_": "input",
            "model_id": "modelId",
            "output": "output",
            "finish_reason": "finishReason",
            "usage": "usage",
            "tool_call_id": "toolCallId",
            "tool_input": "toolInput",
            "tool_output": "toolOutput",
            "query": "query",
            "result": "result",
            "guardrail_action": "guardrailAction",
            "guardrail_triggered": "guardrailTriggered",
            "guardrail_type": "guardrailType",
            "evaluation_explanation": "evaluationExplanation",
            "evaluation_label": "evaluationLabel",
            "evaluation_score": "evaluationScore",
            "evaluator_name": "evaluatorName",
            "content": "content",
            "key": "key",
        },
    ):
        id: str
        type_: str
        trace_id: str
        status: str
        timestamp: str
        parent_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        name: str | None | _msgspec.UnsetType = _msgspec.UNSET
        group: str | None | _msgspec.UnsetType = _msgspec.UNSET
        end_time: str | None | _msgspec.UnsetType = _msgspec.UNSET
        duration_ms: int | None | _msgspec.UnsetType = _msgspec.UNSET
        cost_amount: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        error: str | None | _msgspec.UnsetType = _msgspec.UNSET
        status_code: str | None | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        params: Any = _msgspec.UNSET
        event: str | _msgspec.UnsetType = _msgspec.UNSET
        input_: str | None | _msgspec.UnsetType = _msgspec.UNSET
        model_id: str | _msgspec.UnsetType = _msgspec.UNSET
        output: str | None | _msgspec.UnsetType = _msgspec.UNSET
        finish_reason: str | None | _msgspec.UnsetType = _msgspec.UNSET
        usage: _Struct_TokenUsage | None | _msgspec.UnsetType = _msgspec.UNSET
        tool_call_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        tool_input: str | None | _msgspec.UnsetType = _msgspec.UNSET
        tool_output: str | None | _msgspec.UnsetType = _msgspec.UNSET
        query: str | _msgspec.UnsetType = _msgspec.UNSET
        result: str | _msgspec.UnsetType = _msgspec.UNSET
        guardrail_action: str | None | _msgspec.UnsetType = _msgspec.UNSET
        guardrail_triggered: bool | None | _msgspec.UnsetType = _msgspec.UNSET
        guardrail_type: str | None | _msgspec.UnsetType = _msgspec.UNSET
        evaluation_explanation: str | None | _msgspec.UnsetType = _msgspec.UNSET
        evaluation_label: str | None | _msgspec.UnsetType = _msgspec.UNSET
        evaluation_score: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        evaluator_name: str | None | _msgspec.UnsetType = _msgspec.UNSET
        content: str | _msgspec.UnsetType = _msgspec.UNSET
        key: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TraceStep:
        """TraceStep from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TraceStep)
        o.id = s.id
        o.type = _StepType_member(s.type_) or StepType.from_json(s.type_)
        o.trace_id = s.trace_id
        o.status = _StepStatus_member(s.status) or StepStatus.from_json(s.status)
        o.timestamp = _known_datetime(s.timestamp) or _remember_datetime(
            s.timestamp, _parse_datetime(s.timestamp)
        )
        v = s.parent_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("parentId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.parent_id = v
        v = s.name
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("name")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.name = v
        v = s.group
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("group")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.group = v
        v = s.end_time
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("endTime")
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.end_time = v
        v = s.duration_ms
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("durationMs")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.duration_ms = v
        v = s.cost_amount
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("costAmount")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.cost_amount = v
        v = s.error
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("error")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.error = v
        v = s.status_code
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("statusCode")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.status_code = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        v = s.params
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("params")
        o.params = v
        v = s.event
        if v is _UNSET:
            v = None
        else:
            v = _LlmStepEvent_member(v) or LlmStepEvent.from_json(v)
        o.event = v
        v = s.input_
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("input")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.input = v
        v = s.model_id
        if v is _UNSET:
            v = None
        o.model_id = v
        v = s.output
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("output")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.output = v
        v = s.finish_reason
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("finishReason")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.finish_reason = v
        v = s.usage
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("usage")
        else:
            if v.__class__ is _Struct_TokenUsage:
                v = _from_struct_TokenUsage(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.usage = v
        v = s.tool_call_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("toolCallId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.tool_call_id = v
        v = s.tool_input
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("toolInput")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.tool_input = v
        v = s.tool_output
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("toolOutput")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.tool_output = v
        v = s.query
        if v is _UNSET:
            v = None
        o.query = v
        v = s.result
        if v is _UNSET:
            v = None
        o.result = v
        v = s.guardrail_action
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("guardrailAction")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.guardrail_action = v
        v = s.guardrail_triggered
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("guardrailTriggered")
        else:
            if v.__class__ is bool:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.guardrail_triggered = v
        v = s.guardrail_type
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("guardrailType")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.guardrail_type = v
        v = s.evaluation_explanation
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evaluationExplanation")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluation_explanation = v
        v = s.evaluation_label
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evaluationLabel")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluation_label = v
        v = s.evaluation_score
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evaluationScore")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluation_score = v
        v = s.evaluator_name
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evaluatorName")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.evaluator_name = v
        v = s.content
        if v is _UNSET:
            v = None
        o.content = v
        v = s.key
        if v is _UNSET:
            v = None
        o.key = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TraceStep._struct = _Struct
    TraceStep._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.token_usage import TokenUsage  # noqa: E402
from ..models.token_usage import _decode as _decode_TokenUsage  # noqa: E402

if _msgspec is not None:
    from ..models.token_usage import _from_struct as _from_struct_TokenUsage  # noqa: E402
    from ..models.token_usage import _Struct as _Struct_TokenUsage  # noqa: E402
