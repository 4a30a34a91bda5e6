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

from ..models.task_status import TaskStatus
from ..models.task_type import TaskType

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.eval_definition import EvalDefinition
    from ..models.task_breakdown import TaskBreakdown
    from ..models.task_eval_definition import TaskEvalDefinition
    from ..models.task_metrics import TaskMetrics
    from ..models.task_schedule import TaskSchedule
    from ..models.topic import Topic


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "createdAt",
        "modifiedAt",
        "description",
        "type",
        "baseline",
        "application",
        "topic",
        "topicId",
        "definitions",
        "passRate",
        "lastTest",
        "inputExamples",
        "taskSchedule",
        "metadata",
        "simulatedPromptSchema",
        "status",
        "isVerified",
        "parentId",
        "traceId",
        "evalDefinitions",
        "monitoringPassRate",
        "monitoring",
        "synthetic",
        "breakdown",
    }
)


@_attrs_define
class Task:
    """A task that represents a specific job-to-be-done by the LLM in the user application.
    The earlier API sends it in full inside runs and tests; the later one, inside a test,
    only its id, title and topic id; the tasks endpoints send it with its status, eval
    definitions, schedule and metrics.

        Attributes:
            id (str): The unique identifier of the task. Example: 123e4567-e89b-12d3-a456-426614174000.
            title (str): The title of the task. Example: Credit Card Block.
            created_at (datetime.datetime | None): The date and time the task was created. Example:
                2024-01-01T00:00:00.000Z.
            modified_at (datetime.datetime | None): The date and time the task was last updated. Example:
                2024-01-01T00:00:00.000Z.
            description (str | None): The task description. Example: Wants to block their credit card.
            type (TaskType | None): NORMAL tasks have prompts generated for each test; STATIC tasks (ADVERSARY in the
                earlier API) replay fixed ones.
                 Example: NORMAL.
            baseline (float | None): The baseline score of the task. Example: 0.5.
            application (Application | None): Application configuration and metadata.
            topic (Topic | None): The topic the task belongs to; null or absent when it has none.
            topic_id (str | None): The ID of the topic the task belongs to, if any. Example:
                789e4567-e89b-12d3-a456-426614174000.
            definitions (list[EvalDefinition] | None): The eval definitions linked to the task.
            pass_rate (float | None): The 30 day pass rate for the task measured in percentage. Example: 66.
            last_test (datetime.datetime | None): The date and time this task was last tested. Example:
                2024-01-01T00:00:00.000Z.
            input_examples (list[str] | None): Example inputs for the task.
            task_schedule (TaskSchedule | None): When the task runs on a schedule; null when it doesn't.
            metadata (Any | None): Free-form metadata attached to the task, a JSON object or null.
            simulated_prompt_schema (Any | None): JSON Schema of the simulated user prompt for tasks that have one, or null.
            status (TaskStatus | None): The state of a task. Example: ACTIVE.
            is_verified (bool | None): Whether the task has been verified.
            parent_id (str | None): ID of the task this one was derived from, if any.
            trace_id (str | None): ID of the trace the task was made from, if any.
            eval_definitions (list[TaskEvalDefinition] | None): The eval definitions linked to the task, each with what it
                expects (tasks endpoints).
            monitoring_pass_rate (float | None): The pass rate of the task's monitoring tests, in percent. Example: 91.7.
            monitoring (TaskMetrics | None): Metrics from monitoring of live traffic.
            synthetic (TaskMetrics | None): Metrics from tests Avido ran itself.
            breakdown (TaskBreakdown | None): The metrics by eval definition.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Task]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Task]]

    id: str
    title: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    description: str | None = None
    type: TaskType | None = None
    baseline: float | None = None
    application: Application | None = None
    topic: Topic | None = None
    topic_id: str | None = None
    definitions: list[EvalDefinition] | None = None
    pass_rate: float | None = None
    last_test: datetime.datetime | None = None
    input_examples: list[str] | None = None
    task_schedule: TaskSchedule | None = None
    metadata: Any | None = None
    simulated_prompt_schema: Any | None = None
    status: TaskStatus | None = None
    is_verified: bool | None = None
    parent_id: str | None = None
    trace_id: str | None = None
    eval_definitions: list[TaskEvalDefinition] | None = None
    monitoring_pass_rate: float | None = None
    monitoring: TaskMetrics | None = None
    synthetic: TaskMetrics | None = None
    breakdown: TaskBreakdown | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.modified_at is not None:
            field_dict["modifiedAt"] = self.modified_at.isoformat()
        if self.description is not None:
            field_dict["description"] = self.description
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.baseline is not None:
            field_dict["baseline"] = self.baseline
        elif "baseline" in self._null_keys:
            field_dict["baseline"] = None
        if self.application is not None:
            field_dict["application"] = self.application.to_dict()
        if self.topic is not None:
            if isinstance(self.topic, Topic):
                field_dict["topic"] = self.topic.to_dict()
            else:
                field_dict["topic"] = self.topic
        elif "topic" in self._null_keys:
            field_dict["topic"] = None
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        elif "topicId" in self._null_keys:
            field_dict["topicId"] = None
        if self.definitions is not None:
            field_dict["definitions"] = []
            for definitions_item_data in self.definitions:
                definitions_item = definitions_item_data.to_dict()
                field_dict["definitions"].append(definitions_item)

        if self.pass_rate is not None:
            field_dict["passRate"] = self.pass_rate
        elif "passRate" in self._null_keys:
            field_dict["passRate"] = None
        if self.last_test is not None:
            if isinstance(self.last_test, datetime.datetime):
                field_dict["lastTest"] = self.last_test.isoformat()
            else:
                field_dict["lastTest"] = self.last_test
        elif "lastTest" in self._null_keys:
            field_dict["lastTest"] = None
        if self.input_examples is not None:
            if isinstance(self.input_examples, list):
                field_dict["inputExamples"] = self.input_examples

            else:
                field_dict["inputExamples"] = self.input_examples
        elif "inputExamples" in self._null_keys:
            field_dict["inputExamples"] = None
        if self.task_schedule is not None:
            if isinstance(self.task_schedule, TaskSchedule):
                field_dict["taskSchedule"] = self.task_schedule.to_dict()
            else:
                field_dict["taskSchedule"] = self.task_schedule
        elif "taskSchedule" in self._null_keys:
            field_dict["taskSchedule"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.simulated_prompt_schema is not None:
            field_dict["simulatedPromptSchema"] = self.simulated_prompt_schema
        elif "simulatedPromptSchema" in self._null_keys:
            field_dict["simulatedPromptSchema"] = None
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.is_verified is not None:
            field_dict["isVerified"] = self.is_verified
        if self.parent_id is not None:
            field_dict["parentId"] = self.parent_id
        elif "parentId" in self._null_keys:
            field_dict["parentId"] = None
        if self.trace_id is not None:
            field_dict["traceId"] = self.trace_id
        elif "traceId" in self._null_keys:
            field_dict["traceId"] = None
        if self.eval_definitions is not None:
            field_dict["evalDefinitions"] = []
            for eval_definitions_item_data in self.eval_definitions:
                eval_definitions_item = eval_definitions_item_data.to_dict()
                field_dict["evalDefinitions"].append(eval_definitions_item)

        if self.monitoring_pass_rate is not None:
            field_dict["monitoringPassRate"] = self.monitoring_pass_rate
        elif "monitoringPassRate" in self._null_keys:
            field_dict["monitoringPassRate"] = None
        if self.monitoring is not None:
            if isinstance(self.monitoring, TaskMetrics):
                field_dict["monitoring"] = self.monitoring.to_dict()
            else:
                field_dict["monitoring"] = self.monitoring
        elif "monitoring" in self._null_keys:
            field_dict["monitoring"] = None
        if self.synthetic is not None:
            if isinstance(self.synthetic, TaskMetrics):
                field_dict["synthetic"] = self.synthetic.to_dict()
            else:
                field_dict["synthetic"] = self.synthetic
        elif "synthetic" in self._null_keys:
            field_dict["synthetic"] = None
        if self.breakdown is not None:
            if isinstance(self.breakdown, TaskBreakdown):
                field_dict["breakdown"] = self.breakdown.to_dict()
            else:
                field_dict["breakdown"] = self.breakdown
        elif "breakdown" in self._null_keys:
            field_dict["breakdown"] = None

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

            _where_ = "title"
            title = src_dict["title"]
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _where_ = "createdAt"
            _created_at = src_dict.get("createdAt", _ABSENT)
            created_at: datetime.datetime | None = None
            if _created_at is None:
                raise _decoding.Mismatch("date-time string", None)
            elif _created_at is not _ABSENT:
                created_at = datetime.datetime.fromisoformat(_created_at)

            else:
                _absent += 1

            _where_ = "modifiedAt"
            _modified_at = src_dict.get("modifiedAt", _ABSENT)
            modified_at: datetime.datetime | None = None
            if _modified_at is None:
                raise _decoding.Mismatch("date-time string", None)
            elif _modified_at is not _ABSENT:
                modified_at = datetime.datetime.fromisoformat(_modified_at)

            else:
                _absent += 1

            _where_ = "description"
            _description = src_dict.get("description", _ABSENT)
            description: str | None = None
            if _description is None:
                raise _decoding.Mismatch("string", None)
            elif _description is not _ABSENT:
                description = _description
                if not (isinstance(description, str)):
                    raise _decoding.Mismatch("string", description)

            else:
                _absent += 1

            _where_ = "type"
            _type_ = src_dict.get("type", _ABSENT)
            type_: TaskType | None = None
            if _type_ is None:
                raise _decoding.Mismatch("string", None)
            elif _type_ is not _ABSENT:
                type_ = TaskType.from_json(_type_)

            else:
                _absent += 1

            _where_ = "baseline"
            _baseline = src_dict.get("baseline", _ABSENT)
            baseline: float | None = None
            if _baseline is None:
                _nulls.append(_where_)
            elif _baseline is not _ABSENT:
                if isinstance(_baseline, (int, float)) and not isinstance(_baseline, bool):
                    baseline = _baseline
                else:
                    raise _decoding.Mismatch("null or number", _baseline)

            else:
                _absent += 1

            _where_ = "application"
            _application = src_dict.get("application", _ABSENT)
            application: Application | None = None
            if _application is None:
                raise _decoding.Mismatch("object", None)
            elif _application is not _ABSENT:
                application = Application.from_dict(_application)

            else:
                _absent += 1

            _where_ = "topic"
            _topic = src_dict.get("topic", _ABSENT)
            topic: Topic | None = None
            if _topic is None:
                _nulls.append(_where_)
            elif _topic is not _ABSENT:
                if isinstance(_topic, dict):
                    topic_type_0 = Topic.from_dict(_topic)

                    topic = topic_type_0
                else:
                    raise _decoding.Mismatch("null or object", _topic)

            else:
                _absent += 1

            _where_ = "topicId"
            _topic_id = src_dict.get("topicId", _ABSENT)
            topic_id: str | None = None
            if _topic_id is None:
                _nulls.append(_where_)
            elif _topic_id is not _ABSENT:
                if isinstance(_topic_id, str):
                    topic_id = _topic_id
                else:
                    raise _decoding.Mismatch("null or string", _topic_id)

            else:
                _absent += 1

            _where_ = "definitions"
            _definitions = src_dict.get("definitions", _ABSENT)
            definitions: list[EvalDefinition] | None = None
            if _definitions is None:
                raise _decoding.Mismatch("array", None)
            elif _definitions is not _ABSENT:
                _definitions = _definitions
                if True:
                    if not isinstance(_definitions, list):
                        raise _decoding.Mismatch("array", _definitions)
                    definitions = []
                    for _index, definitions_item_data in enumerate(_definitions):
                        _where_ = ("definitions", _index)
                        definitions_item = EvalDefinition.from_dict(definitions_item_data)

                        definitions.append(definitions_item)

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

            _where_ = "lastTest"
            _last_test = src_dict.get("lastTest", _ABSENT)
            last_test: datetime.datetime | None = None
            if _last_test is None:
                _nulls.append(_where_)
            elif _last_test is not _ABSENT:
                if isinstance(_last_test, str):
                    last_test_type_0 = datetime.datetime.fromisoformat(_last_test)

                    last_test = last_test_type_0
                else:
                    raise _decoding.Mismatch("null or date-time string", _last_test)

            else:
                _absent += 1

            _where_ = "inputExamples"
            _input_examples = src_dict.get("inputExamples", _ABSENT)
            input_examples: list[str] | None = None
            if _input_examples is None:
                _nulls.append(_where_)
            elif _input_examples is not _ABSENT:
                if isinstance(_input_examples, list):
                    _input_examples_type_0 = _input_examples
                    if True:
                        if not isinstance(_input_examples_type_0, list):
                            raise _decoding.Mismatch("array", _input_examples_type_0)
                        input_examples_type_0 = []
                        for _index, input_examples_type_0_item_data in enumerate(_input_examples_type_0):
                            _where_ = ("inputExamples", _index)
                            if not (isinstance(input_examples_type_0_item_data, str)):
                                raise _decoding.Mismatch("string", input_examples_type_0_item_data)
                            input_examples_type_0.append(input_examples_type_0_item_data)

                    input_examples = input_examples_type_0
                else:
                    raise _decoding.Mismatch("null or array", _input_examples)

            else:
                _absent += 1

            _where_ = "taskSchedule"
            _task_schedule = src_dict.get("taskSchedule", _ABSENT)
            task_schedule: TaskSchedule | None = None
            if _task_schedule is None:
                _nulls.append(_where_)
            elif _task_schedule is not _ABSENT:
                if isinstance(_task_schedule, dict):
                    task_schedule_type_0 = TaskSchedule.from_dict(_task_schedule)

                    task_schedule = task_schedule_type_0
                else:
                    raise _decoding.Mismatch("null or object", _task_schedule)

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

            _where_ = "simulatedPromptSchema"
            _simulated_prompt_schema = src_dict.get("simulatedPromptSchema", _ABSENT)
            simulated_prompt_schema: Any | None = None
            if _simulated_prompt_schema is None:
                _nulls.append(_where_)
            elif _simulated_prompt_schema is not _ABSENT:
                simulated_prompt_schema = _simulated_prompt_schema

            else:
                _absent += 1

            _where_ = "status"
            _status = src_dict.get("status", _ABSENT)
            status: TaskStatus | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = TaskStatus.from_json(_status)

            else:
                _absent += 1

            _where_ = "isVerified"
            _is_verified = src_dict.get("isVerified", _ABSENT)
            is_verified: bool | None = None
            if _is_verified is None:
                raise _decoding.Mismatch("boolean", None)
            elif _is_verified is not _ABSENT:
                is_verified = _is_verified
                if not (isinstance(is_verified, bool)):
                    raise _decoding.Mismatch("boolean", is_verified)

            else:
                _absent += 1

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

            _where_ = "traceId"
            _trace_id = src_dict.get("traceId", _ABSENT)
            trace_id: str | None = None
            if _trace_id is None:
                _nulls.append(_where_)
            elif _trace_id is not _ABSENT:
                if isinstance(_trace_id, str):
                    trace_id = _trace_id
                else:
                    raise _decoding.Mismatch("null or string", _trace_id)

            else:
                _absent += 1

            _where_ = "evalDefinitions"
            _eval_definitions = src_dict.get("evalDefinitions", _ABSENT)
            eval_definitions: list[TaskEvalDefinition] | None = None
            if _eval_definitions is None:
                raise _decoding.Mismatch("array", None)
            elif _eval_definitions is not _ABSENT:
                _eval_definitions = _eval_definitions
                if True:
                    if not isinstance(_eval_definitions, list):
                        raise _decoding.Mismatch("array", _eval_definitions)
                    eval_definitions = []
                    for _index, eval_definitions_item_data in enumerate(_eval_definitions):
                        _where_ = ("evalDefinitions", _index)
                        eval_definitions_item = TaskEvalDefinition.from_dict(eval_definitions_item_data)

                        eval_definitions.append(eval_definitions_item)

            else:
                _absent += 1

            _where_ = "monitoringPassRate"
            _monitoring_pass_rate = src_dict.get("monitoringPassRate", _ABSENT)
            monitoring_pass_rate: float | None = None
            if _monitoring_pass_rate is None:
                _nulls.append(_where_)
            elif _monitoring_pass_rate is not _ABSENT:
                if isinstance(_monitoring_pass_rate, (int, float)) and not isinstance(
                    _monitoring_pass_rate, bool
                ):
                    monitoring_pass_rate = _monitoring_pass_rate
                else:
                    raise _decoding.Mismatch("null or number", _monitoring_pass_rate)

            else:
                _absent += 1

            _where_ = "monitoring"
            _monitoring = src_dict.get("monitoring", _ABSENT)
            monitoring: TaskMetrics | None = None
            if _monitoring is None:
                _nulls.append(_where_)
            elif _monitoring is not _ABSENT:
                if isinstance(_monitoring, dict):
                    monitoring_type_0 = TaskMetrics.from_dict(_monitoring)

                    monitoring = monitoring_type_0
                else:
                    raise _decoding.Mismatch("null or object", _monitoring)

            else:
                _absent += 1

            _where_ = "synthetic"
            _synthetic = src_dict.get("synthetic", _ABSENT)
            synthetic: TaskMetrics | None = None
            if _synthetic is None:
                _nulls.append(_where_)
            elif _synthetic is not _ABSENT:
                if isinstance(_synthetic, dict):
                    synthetic_type_0 = TaskMetrics.from_dict(_synthetic)

                    synthetic = synthetic_type_0
                else:
                    raise _decoding.Mismatch("null or object", _synthetic)

            else:
                _absent += 1

            _where_ = "breakdown"
            _breakdown = src_dict.get("breakdown", _ABSENT)
            breakdown: TaskBreakdown | None = None
            if _breakdown is None:
                _nulls.append(_where_)
            elif _breakdown is not _ABSENT:
                if isinstance(_breakdown, dict):
                    breakdown_type_0 = TaskBreakdown.from_dict(_breakdown)

                    breakdown = breakdown_type_0
                else:
                    raise _decoding.Mismatch("null or object", _breakdown)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task = cls.__new__(cls)
            task.id = id
            task.title = title
            task.created_at = created_at
            task.modified_at = modified_at
            task.description = description
            task.type = type_
            task.baseline = baseline
            task.application = application
            task.topic = topic
            task.topic_id = topic_id
            task.definitions = definitions
            task.pass_rate = pass_rate
            task.last_test = last_test
            task.input_examples = input_examples
            task.task_schedule = task_schedule
            task.metadata = metadata
            task.simulated_prompt_schema = simulated_prompt_schema
            task.status = status
            task.is_verified = is_verified
            task.parent_id = parent_id
            task.trace_id = trace_id
            task.eval_definitions = eval_definitions
            task.monitoring_pass_rate = monitoring_pass_rate
            task.monitoring = monitoring
            task.synthetic = synthetic
            task.breakdown = breakdown
            task._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 26 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        task.additional_properties = d
        return task

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
from ..models.task_status import _KNOWN as _TaskStatus_known  # noqa: E402

_TaskStatus_member = _TaskStatus_known.get
from ..models.task_type import _KNOWN as _TaskType_known  # noqa: E402

_TaskType_member = _TaskType_known.get
_new = Task.__new__


def _decode(d: Any) -> Task:
    """Task.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Task)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    if "createdAt" in d:
        v = d["createdAt"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.created_at = v
    else:
        o.created_at = None
    if "modifiedAt" in d:
        v = d["modifiedAt"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.modified_at = v
    else:
        o.modified_at = None
    if "description" in d:
        v = d["description"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.description = v
    else:
        o.description = None
    if "type" in d:
        v = d["type"]
        known += 1
        v = _TaskType_member(v) or TaskType.from_json(v)
        o.type = v
    else:
        o.type = None
    if "baseline" in d:
        v = d["baseline"]
        known += 1
        if v is None:
            nulls += ("baseline",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.baseline = v
    else:
        o.baseline = None
    if "application" in d:
        v = d["application"]
        known += 1
        v = _decode_Application(v)
        o.application = v
    else:
        o.application = None
    if "topic" in d:
        v = d["topic"]
        known += 1
        if v is None:
            nulls += ("topic",)
        else:
            if v.__class__ is dict:
                v = _decode_Topic(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.topic = v
    else:
        o.topic = None
    if "topicId" in d:
        v = d["topicId"]
        known += 1
        if v is None:
            nulls += ("topicId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.topic_id = v
    else:
        o.topic_id = None
    if "definitions" in d:
        v = d["definitions"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_EvalDefinition, v))
        o.definitions = v
    else:
        o.definitions = None
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
    if "lastTest" in d:
        v = d["lastTest"]
        known += 1
        if v is None:
            nulls += ("lastTest",)
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.last_test = v
    else:
        o.last_test = None
    if "inputExamples" in d:
        v = d["inputExamples"]
        known += 1
        if v is None:
            nulls += ("inputExamples",)
        else:
            if v.__class__ is list:
                for _item0 in v:
                    if _item0.__class__ is not str:
                        raise _decoding.FastPathMiss
                v = list(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.input_examples = v
    else:
        o.input_examples = None
    if "taskSchedule" in d:
        v = d["taskSchedule"]
        known += 1
        if v is None:
            nulls += ("taskSchedule",)
        else:
            if v.__class__ is dict:
                v = _decode_TaskSchedule(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.task_schedule = v
    else:
        o.task_schedule = None
    if "metadata" in d:
        v = d["metadata"]
        known += 1
        if v is None:
            nulls += ("metadata",)
        o.metadata = v
    else:
        o.metadata = None
    if "simulatedPromptSchema" in d:
        v = d["simulatedPromptSchema"]
        known += 1
        if v is None:
            nulls += ("simulatedPromptSchema",)
        o.simulated_prompt_schema = v
    else:
        o.simulated_prompt_schema = None
    if "status" in d:
        v = d["status"]
        known += 1
        v = _TaskStatus_member(v) or TaskStatus.from_json(v)
        o.status = v
    else:
        o.status = None
    if "isVerified" in d:
        v = d["isVerified"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_verified = v
    else:
        o.is_verified = None
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
    if "traceId" in d:
        v = d["traceId"]
        known += 1
        if v is None:
            nulls += ("traceId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.trace_id = v
    else:
        o.trace_id = None
    if "evalDefinitions" in d:
        v = d["evalDefinitions"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_TaskEvalDefinition, v))
        o.eval_definitions = v
    else:
        o.eval_definitions = None
    if "monitoringPassRate" in d:
        v = d["monitoringPassRate"]
        known += 1
        if v is None:
            nulls += ("monitoringPassRate",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.monitoring_pass_rate = v
    else:
        o.monitoring_pass_rate = None
    if "monitoring" in d:
        v = d["monitoring"]
        known += 1
        if v is None:
            nulls += ("monitoring",)
        else:
            if v.__class__ is dict:
                v = _decode_TaskMetrics(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.monitoring = v
    else:
        o.monitoring = None
    if "synthetic" in d:
        v = d["synthetic"]
        known += 1
        if v is None:
            nulls += ("synthetic",)
        else:
            if v.__class__ is dict:
                v = _decode_TaskMetrics(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.synthetic = v
    else:
        o.synthetic = None
    if "breakdown" in d:
        v = d["breakdown"]
        known += 1
        if v is None:
            nulls += ("breakdown",)
        else:
            if v.__class__ is dict:
                v = _decode_TaskBreakdown(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.breakdown = v
    else:
        o.breakdown = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Task._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "title": "title",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "description": "description",
            "type_": "type",
            "baseline": "baseline",
            "application": "application",
            "topic": "topic",
            "topic_id": "topicId",
            "definitions": "definitions",
            "pass_rate": "passRate",
            "last_test": "lastTest",
            "input_examples": "inputExamples",
            "task_schedule": "taskSchedule",
            "metadata": "metadata",
            "simulated_prompt_schema": "simulatedPromptSchema",
            "status": "status",
            "is_verified": "isVerified",
            "parent_id": "parentId",
            "trace_id": "traceId",
            "eval_definitions": "evalDefinitions",
            "monitoring_pass_rate": "monitoringPassRate",
            "monitoring": "monitoring",
            "synthetic": "synthetic",
            "breakdown": "breakdown",
        },
    ):
        id: str
        title: str
        created_at: str | _msgspec.UnsetType = _msgspec.UNSET
        modified_at: str | _msgspec.UnsetType = _msgspec.UNSET
        description: str | _msgspec.UnsetType = _msgspec.UNSET
        type_: str | _msgspec.UnsetType = _msgspec.UNSET
        baseline: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        application: _Struct_Application | _msgspec.UnsetType = _msgspec.UNSET
        topic: _Struct_Topic | None | _msgspec.UnsetType = _msgspec.UNSET
        topic_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        definitions: list[_Struct_EvalDefinition] | _msgspec.UnsetType = _msgspec.UNSET
        pass_rate: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        last_test: str | None | _msgspec.UnsetType = _msgspec.UNSET
        input_examples: list[str] | None | _msgspec.UnsetType = _msgspec.UNSET
        task_schedule: _Struct_TaskSchedule | None | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        simulated_prompt_schema: Any = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        is_verified: bool | _msgspec.UnsetType = _msgspec.UNSET
        parent_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        trace_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        eval_definitions: list[_Struct_TaskEvalDefinition] | _msgspec.UnsetType = _msgspec.UNSET
        monitoring_pass_rate: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        monitoring: _Struct_TaskMetrics | None | _msgspec.UnsetType = _msgspec.UNSET
        synthetic: _Struct_TaskMetrics | None | _msgspec.UnsetType = _msgspec.UNSET
        breakdown: _Struct_TaskBreakdown | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Task:
        """Task from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Task)
        o.id = s.id
        o.title = s.title
        v = s.created_at
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.created_at = v
        v = s.modified_at
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.modified_at = v
        v = s.description
        if v is _UNSET:
            v = None
        o.description = v
        v = s.type_
        if v is _UNSET:
            v = None
        else:
            v = _TaskType_member(v) or TaskType.from_json(v)
        o.type = v
        v = s.baseline
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("baseline")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.baseline = v
        v = s.application
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_Application(v)
        o.application = v
        v = s.topic
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("topic")
        else:
            if v.__class__ is _Struct_Topic:
                v = _from_struct_Topic(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.topic = v
        v = s.topic_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("topicId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.topic_id = v
        v = s.definitions
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_EvalDefinition, v))
        o.definitions = v
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
        v = s.last_test
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("lastTest")
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.last_test = v
        v = s.input_examples
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("inputExamples")
        else:
            if v.__class__ is list:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.input_examples = v
        v = s.task_schedule
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("taskSchedule")
        else:
            if v.__class__ is _Struct_TaskSchedule:
                v = _from_struct_TaskSchedule(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.task_schedule = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        v = s.simulated_prompt_schema
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("simulatedPromptSchema")
        o.simulated_prompt_schema = v
        v = s.status
        if v is _UNSET:
            v = None
        else:
            v = _TaskStatus_member(v) or TaskStatus.from_json(v)
        o.status = v
        v = s.is_verified
        if v is _UNSET:
            v = None
        o.is_verified = v
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
        v = s.trace_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("traceId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.trace_id = v
        v = s.eval_definitions
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_TaskEvalDefinition, v))
        o.eval_definitions = v
        v = s.monitoring_pass_rate
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("monitoringPassRate")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.monitoring_pass_rate = v
        v = s.monitoring
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("monitoring")
        else:
            if v.__class__ is _Struct_TaskMetrics:
                v = _from_struct_TaskMetrics(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.monitoring = v
        v = s.synthetic
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("synthetic")
        else:
            if v.__class__ is _Struct_TaskMetrics:
                v = _from_struct_TaskMetrics(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.synthetic = v
        v = s.breakdown
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("breakdown")
        else:
            if v.__class__ is _Struct_TaskBreakdown:
                v = _from_struct_TaskBreakdown(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.breakdown = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Task._struct = _Struct
    Task._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.application import Application  # noqa: E402
from ..models.application import _decode as _decode_Application  # noqa: E402
from ..models.eval_definition import EvalDefinition  # noqa: E402
from ..models.eval_definition import _decode as _decode_EvalDefinition  # noqa: E402
from ..models.task_breakdown import TaskBreakdown  # noqa: E402
from ..models.task_breakdown import _decode as _decode_TaskBreakdown  # noqa: E402
from ..models.task_eval_definition import TaskEvalDefinition  # noqa: E402
from ..models.task_eval_definition import _decode as _decode_TaskEvalDefinition  # noqa: E402
from ..models.task_metrics import TaskMetrics  # noqa: E402
from ..models.task_metrics import _decode as _decode_TaskMetrics  # noqa: E402
from ..models.task_schedule import TaskSchedule  # noqa: E402
from ..models.task_schedule import _decode as _decode_TaskSchedule  # noqa: E402
from ..models.topic import Topic  # noqa: E402
from ..models.topic import _decode as _decode_Topic  # noqa: E402

if _msgspec is not None:
    from ..models.application import _from_struct as _from_struct_Application  # noqa: E402
    from ..models.application import _Struct as _Struct_Application  # noqa: E402
    from ..models.eval_definition import _from_struct as _from_struct_EvalDefinition  # noqa: E402
    from ..models.eval_definition import _Struct as _Struct_EvalDefinition  # noqa: E402
    from ..models.task_breakdown import _from_struct as _from_struct_TaskBreakdown  # noqa: E402
    from ..models.task_breakdown import _Struct as _Struct_TaskBreakdown  # noqa: E402
    from ..models.task_eval_definition import _from_struct as _from_struct_TaskEvalDefinition  # noqa: E402
    from ..models.task_eval_definition import _Struct as _Struct_TaskEvalDefinition  # noqa: E402
    from ..models.task_metrics import _from_struct as _from_struct_TaskMetrics  # noqa: E402
    from ..models.task_metrics import _Struct as _Struct_TaskMetrics  # noqa: E402
    from ..models.task_schedule import _from_struct as _from_struct_TaskSchedule  # noqa: E402
    from ..models.task_schedule import _Struct as _Struct_TaskSchedule  # noqa: E402
    from ..models.topic import _from_struct as _from_struct_Topic  # noqa: E402
    from ..models.topic import _Struct as _Struct_Topic  # noqa: E402
