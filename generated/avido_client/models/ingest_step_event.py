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
        "type",
        "traceId",
        "parentId",
        "name",
        "group",
        "status",
        "statusCode",
        "timestamp",
        "endTime",
        "durationMs",
        "costAmount",
        "error",
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
class IngestStepEvent:
    """One step to ingest on its own, for a trace sent before or after. `type` says which kind of step, and which optional
    fields apply (each field's description names the step types that have it); the SDK's per-type models are one schema
    here (docs/spec-decisions.md). The values a step records (input, output, content...) may be JSON objects or arrays
    as well as strings.

        Attributes:
            type (StepType): What a step of a trace records. Example: llm.
            trace_id (str | None): ID of the trace the step belongs to.
            parent_id (str | None): ID of the step this one is nested in, if any.
            name (str | None): A name for the step.
            group (str | None): Name of a group of steps this one belongs to.
            status (StepStatus | None): How a step ended. Example: success.
            status_code (str | None): Status code the step's call returned.
            timestamp (datetime.datetime | None): When the step (or trace) started; the time of ingestion if left out.
            end_time (datetime.datetime | None): When the step ended.
            duration_ms (int | None): How long the step took, in milliseconds.
            cost_amount (float | None): What the step cost.
            error (str | None): The error the step ended with, if it failed.
            metadata (Any | None): Free-form metadata: a JSON object, array or string.
            params (Any | None): Parameters the step ran with: a JSON object, array or string.
            event (LlmStepEvent | None): Which end of a model call an llm step records: the prompt going in or the answer.
                Example: start.
            input (Any | None): What went in, as text or JSON; required for llm start steps (llm start, agent and group
                steps).
            model_id (str | None): The model called; required (llm steps).
            output (Any | None): What came out, as text or JSON (llm end, agent and group steps).
            finish_reason (str | None): Why the model stopped (llm end steps).
            usage (TokenUsage | None): Tokens a model call used.
            tool_call_id (str | None): ID of the tool call (tool steps).
            tool_input (Any | None): What the tool was given, as text or JSON (tool steps).
            tool_output (Any | None): What the tool returned, as text or JSON (tool steps).
            query (Any | None): The retrieval's query, as text or JSON; required (retriever steps).
            result (Any | None): What the retrieval found, as text or JSON; required (retriever steps).
            guardrail_action (str | None): What the guardrail did (guardrail and group steps).
            guardrail_triggered (bool | None): Whether the guardrail fired (guardrail and group steps).
            guardrail_type (str | None): Which kind of guardrail ran (guardrail and group steps).
            evaluation_explanation (Any | None): Why the evaluator judged as it did, as text or JSON (evaluator steps).
            evaluation_label (str | None): The evaluator's verdict as a label (evaluator steps).
            evaluation_score (float | None): The evaluator's score (evaluator steps).
            evaluator_name (str | None): Which evaluator ran (evaluator steps).
            content (Any | None): The text logged (a string), or the response or request sent (text or JSON); required (log,
                response and request steps).
            key (str | None): Key of the group; required (group steps).
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestStepEvent]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestStepEvent]]

    type: StepType
    trace_id: str | None = None
    parent_id: str | None = None
    name: str | None = None
    group: str | None = None
    status: StepStatus | None = None
    status_code: str | None = None
    timestamp: datetime.datetime | None = None
    end_time: datetime.datetime | None = None
    duration_ms: int | None = None
    cost_amount: float | None = None
    error: str | None = None
    metadata: Any | None = None
    params: Any | None = None
    event: LlmStepEvent | None = None
    input: Any | None = None
    model_id: str | None = None
    output: Any | None = None
    finish_reason: str | None = None
    usage: TokenUsage | None = None
    tool_call_id: str | None = None
    tool_input: Any | None = None
    tool_output: Any | None = None
    query: Any | None = None
    result: Any | None = None
    guardrail_action: str | None = None
    guardrail_triggered: bool | None = None
    guardrail_type: str | None = None
    evaluation_explanation: Any | None = None
    evaluation_label: str | None = None
    evaluation_score: float | None = None
    evaluator_name: str | None = None
    content: Any | None = None
    key: str | None = None
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
        if self.parent_id is not None:
            field_dict["parentId"] = self.parent_id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.group is not None:
            field_dict["group"] = self.group
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.status_code is not None:
            field_dict["statusCode"] = self.status_code
        if self.timestamp is not None:
            field_dict["timestamp"] = self.timestamp.isoformat()
        if self.end_time is not None:
            field_dict["endTime"] = self.end_time.isoformat()
        if self.duration_ms is not None:
            field_dict["durationMs"] = self.duration_ms
        if self.cost_amount is not None:
            field_dict["costAmount"] = self.cost_amount
        if self.error is not None:
            field_dict["error"] = self.error
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
        if self.usage is not None:
            field_dict["usage"] = self.usage.to_dict()
        if self.tool_call_id is not None:
            field_dict["toolCallId"] = self.tool_call_id
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
        elif "query" in self._null_keys:
            field_dict["query"] = None
        if self.result is not None:
            field_dict["result"] = self.result
        elif "result" in self._null_keys:
            field_dict["result"] = None
        if self.guardrail_action is not None:
            field_dict["guardrailAction"] = self.guardrail_action
        if self.guardrail_triggered is not None:
            field_dict["guardrailTriggered"] = self.guardrail_triggered
        if self.guardrail_type is not None:
            field_dict["guardrailType"] = self.guardrail_type
        if self.evaluation_explanation is not None:
            field_dict["evaluationExplanation"] = self.evaluation_explanation
        elif "evaluationExplanation" in self._null_keys:
            field_dict["evaluationExplanation"] = None
        if self.evaluation_label is not None:
            field_dict["evaluationLabel"] = self.evaluation_label
        if self.evaluation_score is not None:
            field_dict["evaluationScore"] = self.evaluation_score
        if self.evaluator_name is not None:
            field_dict["evaluatorName"] = self.evaluator_name
        if self.content is not None:
            field_dict["content"] = self.content
        elif "content" in self._null_keys:
            field_dict["content"] = None
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
            _where_ = "type"
            type_ = StepType.from_json(src_dict["type"])

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

            _where_ = "parentId"
            _parent_id = src_dict.get("parentId", _ABSENT)
            parent_id: str | None = None
            if _parent_id is None:
                raise _decoding.Mismatch("string", None)
            elif _parent_id is not _ABSENT:
                parent_id = _parent_id
                if not (isinstance(parent_id, str)):
                    raise _decoding.Mismatch("string", parent_id)

            else:
                _absent += 1

            _where_ = "name"
            _name = src_dict.get("name", _ABSENT)
            name: str | None = None
            if _name is None:
                raise _decoding.Mismatch("string", None)
            elif _name is not _ABSENT:
                name = _name
                if not (isinstance(name, str)):
                    raise _decoding.Mismatch("string", name)

            else:
                _absent += 1

            _where_ = "group"
            _group = src_dict.get("group", _ABSENT)
            group: str | None = None
            if _group is None:
                raise _decoding.Mismatch("string", None)
            elif _group is not _ABSENT:
                group = _group
                if not (isinstance(group, str)):
                    raise _decoding.Mismatch("string", group)

            else:
                _absent += 1

            _where_ = "status"
            _status = src_dict.get("status", _ABSENT)
            status: StepStatus | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = StepStatus.from_json(_status)

            else:
                _absent += 1

            _where_ = "statusCode"
            _status_code = src_dict.get("statusCode", _ABSENT)
            status_code: str | None = None
            if _status_code is None:
                raise _decoding.Mismatch("string", None)
            elif _status_code is not _ABSENT:
                status_code = _status_code
                if not (isinstance(status_code, str)):
                    raise _decoding.Mismatch("string", status_code)

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

            _where_ = "endTime"
            _end_time = src_dict.get("endTime", _ABSENT)
            end_time: datetime.datetime | None = None
            if _end_time is None:
                raise _decoding.Mismatch("date-time string", None)
            elif _end_time is not _ABSENT:
                end_time = datetime.datetime.fromisoformat(_end_time)

            else:
                _absent += 1

            _where_ = "durationMs"
            _duration_ms = src_dict.get("durationMs", _ABSENT)
            duration_ms: int | None = None
            if _duration_ms is None:
                raise _decoding.Mismatch("integer", None)
            elif _duration_ms is not _ABSENT:
                duration_ms = _duration_ms
                if not (isinstance(duration_ms, int) and not isinstance(duration_ms, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(duration_ms, float) and duration_ms.is_integer():
                        duration_ms = int(duration_ms)
                    else:
                        raise _decoding.Mismatch("integer", duration_ms)

            else:
                _absent += 1

            _where_ = "costAmount"
            _cost_amount = src_dict.get("costAmount", _ABSENT)
            cost_amount: float | None = None
            if _cost_amount is None:
                raise _decoding.Mismatch("number", None)
            elif _cost_amount is not _ABSENT:
                cost_amount = _cost_amount
                if not (isinstance(cost_amount, (int, float)) and not isinstance(cost_amount, bool)):
                    raise _decoding.Mismatch("number", cost_amount)

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
            input_: Any | None = None
            if _input_ is None:
                _nulls.append(_where_)
            elif _input_ is not _ABSENT:
                input_ = _input_

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
            output: Any | None = None
            if _output is None:
                _nulls.append(_where_)
            elif _output is not _ABSENT:
                output = _output

            else:
                _absent += 1

            _where_ = "finishReason"
            _finish_reason = src_dict.get("finishReason", _ABSENT)
            finish_reason: str | None = None
            if _finish_reason is None:
                raise _decoding.Mismatch("string", None)
            elif _finish_reason is not _ABSENT:
                finish_reason = _finish_reason
                if not (isinstance(finish_reason, str)):
                    raise _decoding.Mismatch("string", finish_reason)

            else:
                _absent += 1

            _where_ = "usage"
            _usage = src_dict.get("usage", _ABSENT)
            usage: TokenUsage | None = None
            if _usage is None:
                raise _decoding.Mismatch("object", None)
            elif _usage is not _ABSENT:
                usage = TokenUsage.from_dict(_usage)

            else:
                _absent += 1

            _where_ = "toolCallId"
            _tool_call_id = src_dict.get("toolCallId", _ABSENT)
            tool_call_id: str | None = None
            if _tool_call_id is None:
                raise _decoding.Mismatch("string", None)
            elif _tool_call_id is not _ABSENT:
                tool_call_id = _tool_call_id
                if not (isinstance(tool_call_id, str)):
                    raise _decoding.Mismatch("string", tool_call_id)

            else:
                _absent += 1

            _where_ = "toolInput"
            _tool_input = src_dict.get("toolInput", _ABSENT)
            tool_input: Any | None = None
            if _tool_input is None:
                _nulls.append(_where_)
            elif _tool_input is not _ABSENT:
                tool_input = _tool_input

            else:
                _absent += 1

            _where_ = "toolOutput"
            _tool_output = src_dict.get("toolOutput", _ABSENT)
            tool_output: Any | None = None
            if _tool_output is None:
                _nulls.append(_where_)
            elif _tool_output is not _ABSENT:
                tool_output = _tool_output

            else:
                _absent += 1

            _where_ = "query"
            _query = src_dict.get("query", _ABSENT)
            query: Any | None = None
            if _query is None:
                _nulls.append(_where_)
            elif _query is not _ABSENT:
                query = _query

            else:
                _absent += 1

            _where_ = "result"
            _result = src_dict.get("result", _ABSENT)
            result: Any | None = None
            if _result is None:
                _nulls.append(_where_)
            elif _result is not _ABSENT:
                result = _result

            else:
                _absent += 1

            _where_ = "guardrailAction"
            _guardrail_action = src_dict.get("guardrailAction", _ABSENT)
            guardrail_action: str | None = None
            if _guardrail_action is None:
                raise _decoding.Mismatch("string", None)
            elif _guardrail_action is not _ABSENT:
                guardrail_action = _guardrail_action
                if not (isinstance(guardrail_action, str)):
                    raise _decoding.Mismatch("string", guardrail_action)

            else:
                _absent += 1

            _where_ = "guardrailTriggered"
            _guardrail_triggered = src_dict.get("guardrailTriggered", _ABSENT)
            guardrail_triggered: bool | None = None
            if _guardrail_triggered is None:
                raise _decoding.Mismatch("boolean", None)
            elif _guardrail_triggered is not _ABSENT:
                guardrail_triggered = _guardrail_triggered
                if not (isinstance(guardrail_triggered, bool)):
                    raise _decoding.Mismatch("boolean", guardrail_triggered)

            else:
                _absent += 1

            _where_ = "guardrailType"
            _guardrail_type = src_dict.get("guardrailType", _ABSENT)
            guardrail_type: str | None = None
            if _guardrail_type is None:
                raise _decoding.Mismatch("string", None)
            elif _guardrail_type is not _ABSENT:
                guardrail_type = _guardrail_type
                if not (isinstance(guardrail_type, str)):
                    raise _decoding.Mismatch("string", guardrail_type)

            else:
                _absent += 1

            _where_ = "evaluationExplanation"
            _evaluation_explanation = src_dict.get("evaluationExplanation", _ABSENT)
            evaluation_explanation: Any | None = None
            if _evaluation_explanation is None:
                _nulls.append(_where_)
            elif _evaluation_explanation is not _ABSENT:
                evaluation_explanation = _evaluation_explanation

            else:
                _absent += 1

            _where_ = "evaluationLabel"
            _evaluation_label = src_dict.get("evaluationLabel", _ABSENT)
            evaluation_label: str | None = None
            if _evaluation_label is None:
                raise _decoding.Mismatch("string", None)
            elif _evaluation_label is not _ABSENT:
                evaluation_label = _evaluation_label
                if not (isinstance(evaluation_label, str)):
                    raise _decoding.Mismatch("string", evaluation_label)

            else:
                _absent += 1

            _where_ = "evaluationScore"
            _evaluation_score = src_dict.get("evaluationScore", _ABSENT)
            evaluation_score: float | None = None
            if _evaluation_score is None:
                raise _decoding.Mismatch("number", None)
            elif _evaluation_score is not _ABSENT:
                evaluation_score = _evaluation_score
                if not (
                    isinstance(evaluation_score, (int, float)) and not isinstance(evaluation_score, bool)
                ):
                    raise _decoding.Mismatch("number", evaluation_score)

            else:
                _absent += 1

            _where_ = "evaluatorName"
            _evaluator_name = src_dict.get("evaluatorName", _ABSENT)
            evaluator_name: str | None = None
            if _evaluator_name is None:
                raise _decoding.Mismatch("string", None)
            elif _evaluator_name is not _ABSENT:
                evaluator_name = _evaluator_name
                if not (isinstance(evaluator_name, str)):
                    raise _decoding.Mismatch("string", evaluator_name)

            else:
                _absent += 1

            _where_ = "content"
            _content = src_dict.get("content", _ABSENT)
            content: Any | None = None
            if _content is None:
                _nulls.append(_where_)
            elif _content is not _ABSENT:
                content = _content

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
            ingest_step_event = cls.__new__(cls)
            ingest_step_event.type = type_
            ingest_step_event.trace_id = trace_id
            ingest_step_event.parent_id = parent_id
            ingest_step_event.name = name
            ingest_step_event.group = group
            ingest_step_event.status = status
            ingest_step_event.status_code = status_code
            ingest_step_event.timestamp = timestamp
            ingest_step_event.end_time = end_time
            ingest_step_event.duration_ms = duration_ms
            ingest_step_event.cost_amount = cost_amount
            ingest_step_event.error = error
            ingest_step_event.metadata = metadata
            ingest_step_event.params = params
            ingest_step_event.event = event
            ingest_step_event.input = input_
            ingest_step_event.model_id = model_id
            ingest_step_event.output = output
            ingest_step_event.finish_reason = finish_reason
            ingest_step_event.usage = usage
            ingest_step_event.tool_call_id = tool_call_id
            ingest_step_event.tool_input = tool_input
            ingest_step_event.tool_output = tool_output
            ingest_step_event.query = query
            ingest_step_event.result = result
            ingest_step_event.guardrail_action = guardrail_action
            ingest_step_event.guardrail_triggered = guardrail_triggered
            ingest_step_event.guardrail_type = guardrail_type
            ingest_step_event.evaluation_explanation = evaluation_explanation
            ingest_step_event.evaluation_label = evaluation_label
            ingest_step_event.evaluation_score = evaluation_score
            ingest_step_event.evaluator_name = evaluator_name
            ingest_step_event.content = content
            ingest_step_event.key = key
            ingest_step_event._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 34 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        ingest_step_event.additional_properties = d
        return ingest_step_event

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
_new = IngestStepEvent.__new__


def _decode(d: Any) -> IngestStepEvent:
    """IngestStepEvent.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 1  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(IngestStepEvent)
    o.type = _StepType_member(d["type"]) or StepType.from_json(d["type"])
    if "traceId" in d:
        v = d["traceId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.trace_id = v
    else:
        o.trace_id = None
    if "parentId" in d:
        v = d["parentId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.parent_id = v
    else:
        o.parent_id = None
    if "name" in d:
        v = d["name"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.name = v
    else:
        o.name = None
    if "group" in d:
        v = d["group"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.group = v
    else:
        o.group = None
    if "status" in d:
        v = d["status"]
        known += 1
        v = _StepStatus_member(v) or StepStatus.from_json(v)
        o.status = v
    else:
        o.status = None
    if "statusCode" in d:
        v = d["statusCode"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.status_code = v
    else:
        o.status_code = None
    if "timestamp" in d:
        v = d["timestamp"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.timestamp = v
    else:
        o.timestamp = None
    if "endTime" in d:
        v = d["endTime"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.end_time = v
    else:
        o.end_time = None
    if "durationMs" in d:
        v = d["durationMs"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.duration_ms = v
    else:
        o.duration_ms = None
    if "costAmount" in d:
        v = d["costAmount"]
        known += 1
        if v.__class__ is not float and v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.cost_amount = v
    else:
        o.cost_amount = None
    if "error" in d:
        v = d["error"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.error = v
    else:
        o.error = None
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
        o.output = v
    else:
        o.output = None
    if "finishReason" in d:
        v = d["finishReason"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.finish_reason = v
    else:
        o.finish_reason = None
    if "usage" in d:
        v = d["usage"]
        known += 1
        v = _decode_TokenUsage(v)
        o.usage = v
    else:
        o.usage = None
    if "toolCallId" in d:
        v = d["toolCallId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.tool_call_id = v
    else:
        o.tool_call_id = None
    if "toolInput" in d:
        v = d["toolInput"]
        known += 1
        if v is None:
            nulls += ("toolInput",)
        o.tool_input = v
    else:
        o.tool_input = None
    if "toolOutput" in d:
        v = d["toolOutput"]
        known += 1
        if v is None:
            nulls += ("toolOutput",)
        o.tool_output = v
    else:
        o.tool_output = None
    if "query" in d:
        v = d["query"]
        known += 1
        if v is None:
            nulls += ("query",)
        o.query = v
    else:
        o.query = None
    if "result" in d:
        v = d["result"]
        known += 1
        if v is None:
            nulls += ("result",)
        o.result = v
    else:
        o.result = None
    if "guardrailAction" in d:
        v = d["guardrailAction"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.guardrail_action = v
    else:
        o.guardrail_action = None
    if "guardrailTriggered" in d:
        v = d["guardrailTriggered"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.guardrail_triggered = v
    else:
        o.guardrail_triggered = None
    if "guardrailType" in d:
        v = d["guardrailType"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.guardrail_type = v
    else:
        o.guardrail_type = None
    if "evaluationExplanation" in d:
        v = d["evaluationExplanation"]
        known += 1
        if v is None:
            nulls += ("evaluationExplanation",)
        o.evaluation_explanation = v
    else:
        o.evaluation_explanation = None
    if "evaluationLabel" in d:
        v = d["evaluationLabel"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.evaluation_label = v
    else:
        o.evaluation_label = None
    if "evaluationScore" in d:
        v = d["evaluationScore"]
        known += 1
        if v.__class__ is not float and v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.evaluation_score = v
    else:
        o.evaluation_score = None
    if "evaluatorName" in d:
        v = d["evaluatorName"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.evaluator_name = v
    else:
        o.evaluator_name = None
    if "content" in d:
        v = d["content"]
        known += 1
        if v is None:
            nulls += ("content",)
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


IngestStepEvent._decode_fast = _decode

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
            "parent_id": "parentId",
            "name": "name",
            "group": "group",
            "status": "status",
            "status_code": "statusCode",
            "timestamp": "timestamp",
            "end_time": "endTime",
            "duration_ms": "durationMs",
            "cost_amount": "costAmount",
            "error": "error",
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
        type_: str
        trace_id: str | _msgspec.UnsetType = _msgspec.UNSET
        parent_id: str | _msgspec.UnsetType = _msgspec.UNSET
        name: str | _msgspec.UnsetType = _msgspec.UNSET
        group: str | _msgspec.UnsetType = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        status_code: str | _msgspec.UnsetType = _msgspec.UNSET
        timestamp: str | _msgspec.UnsetType = _msgspec.UNSET
        end_time: str | _msgspec.UnsetType = _msgspec.UNSET
        duration_ms: int | _msgspec.UnsetType = _msgspec.UNSET
        cost_amount: int | float | _msgspec.UnsetType = _msgspec.UNSET
        error: str | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        params: Any = _msgspec.UNSET
        event: str | _msgspec.UnsetType = _msgspec.UNSET
        input_: Any = _msgspec.UNSET
        model_id: str | _msgspec.UnsetType = _msgspec.UNSET
        output: Any = _msgspec.UNSET
        finish_reason: str | _msgspec.UnsetType = _msgspec.UNSET
        usage: _Struct_TokenUsage | _msgspec.UnsetType = _msgspec.UNSET
        tool_call_id: str | _msgspec.UnsetType = _msgspec.UNSET
        tool_input: Any = _msgspec.UNSET
        tool_output: Any = _msgspec.UNSET
        query: Any = _msgspec.UNSET
        result: Any = _msgspec.UNSET
        guardrail_action: str | _msgspec.UnsetType = _msgspec.UNSET
        guardrail_triggered: bool | _msgspec.UnsetType = _msgspec.UNSET
        guardrail_type: str | _msgspec.UnsetType = _msgspec.UNSET
        evaluation_explanation: Any = _msgspec.UNSET
        evaluation_label: str | _msgspec.UnsetType = _msgspec.UNSET
        evaluation_score: int | float | _msgspec.UnsetType = _msgspec.UNSET
        evaluator_name: str | _msgspec.UnsetType = _msgspec.UNSET
        content: Any = _msgspec.UNSET
        key: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestStepEvent:
        """IngestStepEvent from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(IngestStepEvent)
        o.type = _StepType_member(s.type_) or StepType.from_json(s.type_)
        v = s.trace_id
        if v is _UNSET:
            v = None
        o.trace_id = v
        v = s.parent_id
        if v is _UNSET:
            v = None
        o.parent_id = v
        v = s.name
        if v is _UNSET:
            v = None
        o.name = v
        v = s.group
        if v is _UNSET:
            v = None
        o.group = v
        v = s.status
        if v is _UNSET:
            v = None
        else:
            v = _StepStatus_member(v) or StepStatus.from_json(v)
        o.status = v
        v = s.status_code
        if v is _UNSET:
            v = None
        o.status_code = v
        v = s.timestamp
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.timestamp = v
        v = s.end_time
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.end_time = v
        v = s.duration_ms
        if v is _UNSET:
            v = None
        o.duration_ms = v
        v = s.cost_amount
        if v is _UNSET:
            v = None
        o.cost_amount = v
        v = s.error
        if v is _UNSET:
            v = None
        o.error = v
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
        o.output = v
        v = s.finish_reason
        if v is _UNSET:
            v = None
        o.finish_reason = v
        v = s.usage
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_TokenUsage(v)
        o.usage = v
        v = s.tool_call_id
        if v is _UNSET:
            v = None
        o.tool_call_id = v
        v = s.tool_input
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("toolInput")
        o.tool_input = v
        v = s.tool_output
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("toolOutput")
        o.tool_output = v
        v = s.query
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("query")
        o.query = v
        v = s.result
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("result")
        o.result = v
        v = s.guardrail_action
        if v is _UNSET:
            v = None
        o.guardrail_action = v
        v = s.guardrail_triggered
        if v is _UNSET:
            v = None
        o.guardrail_triggered = v
        v = s.guardrail_type
        if v is _UNSET:
            v = None
        o.guardrail_type = v
        v = s.evaluation_explanation
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evaluationExplanation")
        o.evaluation_explanation = v
        v = s.evaluation_label
        if v is _UNSET:
            v = None
        o.evaluation_label = v
        v = s.evaluation_score
        if v is _UNSET:
            v = None
        o.evaluation_score = v
        v = s.evaluator_name
        if v is _UNSET:
            v = None
        o.evaluator_name = v
        v = s.content
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("content")
        o.content = v
        v = s.key
        if v is _UNSET:
            v = None
        o.key = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    IngestStepEvent._struct = _Struct
    IngestStepEvent._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.token_usage import TokenUsage  # noqa: E402
from ..models.token_usage import _decode as _decode_TokenUsage  # noqa: E402

if _msgspec is not None:
    from ..models.token_usage import _from_struct as _from_struct_TokenUsage  # noqa: E402
    from ..models.token_usage import _Struct as _Struct_TokenUsage  # noqa: E402
