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
    from ..models.eval_definition import EvalDefinition
    from ..models.tag_summary import TagSummary
    from ..models.task_breakdown import TaskBreakdown
    from ..models.task_metrics import TaskMetrics
    from ..models.task_schedule import TaskSchedule


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "description",
        "type",
        "status",
        "isVerified",
        "inputExamples",
        "metadata",
        "evalDefinitions",
        "combined",
        "monitoring",
        "synthetic",
        "tags",
        "createdAt",
        "modifiedAt",
        "topicId",
        "parentId",
        "traceId",
        "simulatedPromptSchema",
        "passRate",
        "monitoringPassRate",
        "lastTest",
        "taskSchedule",
        "breakdown",
    }
)


@_attrs_define
class ListedTask:
    """A task as the task listing sends it: with its metrics over all runs and its tags, and its linked eval definitions as
    they are (the other tasks endpoints send each with what it expects, `TaskEvalDefinition`).

        Attributes:
            id (str): The unique identifier of the task. Example: 9d3f6b1e-2a7c-4e5d-8f1b-6c4a2e9d7b3f.
            title (str): The title of the task. Example: Block a lost card.
            description (str): The task description.
            type (TaskType): NORMAL tasks have prompts generated for each test; STATIC tasks (ADVERSARY in the
                earlier API) replay fixed ones.
                 Example: NORMAL.
            status (TaskStatus): The state of a task. Example: ACTIVE.
            is_verified (bool): Whether the task has been verified.
            input_examples (list[str]): Example inputs for the task.
            metadata (Any): Free-form metadata attached to the task: a JSON object.
            eval_definitions (list[EvalDefinition]): The eval definitions linked to the task.
            combined (TaskMetrics): How a task has fared in its tests, over one kind of run (monitoring, synthetic) or all
                of them.
            monitoring (TaskMetrics): How a task has fared in its tests, over one kind of run (monitoring, synthetic) or all
                of them.
            synthetic (TaskMetrics): How a task has fared in its tests, over one kind of run (monitoring, synthetic) or all
                of them.
            tags (list[TagSummary]): The tags of the task.
            created_at (datetime.datetime): When the task was created.
            modified_at (datetime.datetime): When the task was last modified.
            topic_id (str | None): ID of the topic the task belongs to, if any.
            parent_id (str | None): ID of the task this one was derived from, if any.
            trace_id (str | None): ID of the trace the task was made from, if any.
            simulated_prompt_schema (Any | None): JSON Schema of the simulated user prompt, for tasks that have one: a JSON
                object, or null.
            pass_rate (float | None): The pass rate of the task, in percent. Example: 87.5.
            monitoring_pass_rate (float | None): The pass rate of the task's monitoring tests, in percent. Example: 91.7.
            last_test (datetime.datetime | None): When the task was last tested.
            task_schedule (TaskSchedule | None): When the task runs on a schedule; null when it doesn't.
            breakdown (TaskBreakdown | None): The metrics by eval definition.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], ListedTask]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], ListedTask]]

    id: str
    title: str
    description: str
    type: TaskType
    status: TaskStatus
    is_verified: bool
    input_examples: list[str]
    metadata: Any
    eval_definitions: list[EvalDefinition]
    combined: TaskMetrics
    monitoring: TaskMetrics
    synthetic: TaskMetrics
    tags: list[TagSummary]
    created_at: datetime.datetime
    modified_at: datetime.datetime
    topic_id: str | None = None
    parent_id: str | None = None
    trace_id: str | None = None
    simulated_prompt_schema: Any | None = None
    pass_rate: float | None = None
    monitoring_pass_rate: float | None = None
    last_test: datetime.datetime | None = None
    task_schedule: TaskSchedule | None = None
    breakdown: TaskBreakdown | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        type_ = self.type.value

        status = self.status.value

        is_verified = self.is_verified

        input_examples = self.input_examples

        metadata = self.metadata

        eval_definitions = []
        for eval_definitions_item_data in self.eval_definitions:
            eval_definitions_item = eval_definitions_item_data.to_dict()
            eval_definitions.append(eval_definitions_item)

        combined = self.combined.to_dict()

        monitoring = self.monitoring.to_dict()

        synthetic = self.synthetic.to_dict()

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "type": type_,
                "status": status,
                "isVerified": is_verified,
                "inputExamples": input_examples,
                "metadata": metadata,
                "evalDefinitions": eval_definitions,
                "combined": combined,
                "monitoring": monitoring,
                "synthetic": synthetic,
                "tags": tags,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        elif "topicId" in self._null_keys:
            field_dict["topicId"] = None
        if self.parent_id is not None:
            field_dict["parentId"] = self.parent_id
        elif "parentId" in self._null_keys:
            field_dict["parentId"] = None
        if self.trace_id is not None:
            field_dict["traceId"] = self.trace_id
        elif "traceId" in self._null_keys:
            field_dict["traceId"] = None
        if self.simulated_prompt_schema is not None:
            field_dict["simulatedPromptSchema"] = self.simulated_prompt_schema
        elif "simulatedPromptSchema" in self._null_keys:
            field_dict["simulatedPromptSchema"] = None
        if self.pass_rate is not None:
            field_dict["passRate"] = self.pass_rate
        elif "passRate" in self._null_keys:
            field_dict["passRate"] = None
        if self.monitoring_pass_rate is not None:
            field_dict["monitoringPassRate"] = self.monitoring_pass_rate
        elif "monitoringPassRate" in self._null_keys:
            field_dict["monitoringPassRate"] = None
        if self.last_test is not None:
            if isinstance(self.last_test, datetime.datetime):
                field_dict["lastTest"] = self.last_test.isoformat()
            else:
                field_dict["lastTest"] = self.last_test
        elif "lastTest" in self._null_keys:
            field_dict["lastTest"] = None
        if self.task_schedule is not None:
            if isinstance(self.task_schedule, TaskSchedule):
                field_dict["taskSchedule"] = self.task_schedule.to_dict()
            else:
                field_dict["taskSchedule"] = self.task_schedule
        elif "taskSchedule" in self._null_keys:
            field_dict["taskSchedule"] = None
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

            _where_ = "description"
            description = src_dict["description"]
            if not (isinstance(description, str)):
                raise _decoding.Mismatch("string", description)

            _where_ = "type"
            type_ = TaskType.from_json(src_dict["type"])

            _where_ = "status"
            status = TaskStatus.from_json(src_dict["status"])

            _where_ = "isVerified"
            is_verified = src_dict["isVerified"]
            if not (isinstance(is_verified, bool)):
                raise _decoding.Mismatch("boolean", is_verified)

            _where_ = "inputExamples"
            _input_examples = src_dict["inputExamples"]
            if True:
                if not isinstance(_input_examples, list):
                    raise _decoding.Mismatch("array", _input_examples)
                input_examples = []
                for _index, input_examples_item_data in enumerate(_input_examples):
                    _where_ = ("inputExamples", _index)
                    if not (isinstance(input_examples_item_data, str)):
                        raise _decoding.Mismatch("string", input_examples_item_data)
                    input_examples.append(input_examples_item_data)

            _where_ = "metadata"
            metadata = src_dict["metadata"]

            _where_ = "evalDefinitions"
            _eval_definitions = src_dict["evalDefinitions"]
            if True:
                if not isinstance(_eval_definitions, list):
                    raise _decoding.Mismatch("array", _eval_definitions)
                eval_definitions = []
                for _index, eval_definitions_item_data in enumerate(_eval_definitions):
                    _where_ = ("evalDefinitions", _index)
                    eval_definitions_item = EvalDefinition.from_dict(eval_definitions_item_data)

                    eval_definitions.append(eval_definitions_item)

            _where_ = "combined"
            combined = TaskMetrics.from_dict(src_dict["combined"])

            _where_ = "monitoring"
            monitoring = TaskMetrics.from_dict(src_dict["monitoring"])

            _where_ = "synthetic"
            synthetic = TaskMetrics.from_dict(src_dict["synthetic"])

            _where_ = "tags"
            _tags = src_dict["tags"]
            if True:
                if not isinstance(_tags, list):
                    raise _decoding.Mismatch("array", _tags)
                tags = []
                for _index, tags_item_data in enumerate(_tags):
                    _where_ = ("tags", _index)
                    tags_item = TagSummary.from_dict(tags_item_data)

                    tags.append(tags_item)

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

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

            _where_ = "simulatedPromptSchema"
            _simulated_prompt_schema = src_dict.get("simulatedPromptSchema", _ABSENT)
            simulated_prompt_schema: Any | None = None
            if _simulated_prompt_schema is None:
                _nulls.append(_where_)
            elif _simulated_prompt_schema is not _ABSENT:
                simulated_prompt_schema = _simulated_prompt_schema

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
            listed_task = cls.__new__(cls)
            listed_task.id = id
            listed_task.title = title
            listed_task.description = description
            listed_task.type = type_
            listed_task.status = status
            listed_task.is_verified = is_verified
            listed_task.input_examples = input_examples
            listed_task.metadata = metadata
            listed_task.eval_definitions = eval_definitions
            listed_task.combined = combined
            listed_task.monitoring = monitoring
            listed_task.synthetic = synthetic
            listed_task.tags = tags
            listed_task.created_at = created_at
            listed_task.modified_at = modified_at
            listed_task.topic_id = topic_id
            listed_task.parent_id = parent_id
            listed_task.trace_id = trace_id
            listed_task.simulated_prompt_schema = simulated_prompt_schema
            listed_task.pass_rate = pass_rate
            listed_task.monitoring_pass_rate = monitoring_pass_rate
            listed_task.last_test = last_test
            listed_task.task_schedule = task_schedule
            listed_task.breakdown = breakdown
            listed_task._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 24 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        listed_task.additional_properties = d
        return listed_task

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
_new = ListedTask.__new__


def _decode(d: Any) -> ListedTask:
    """ListedTask.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 15  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(ListedTask)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    v = d["description"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.description = v
    o.type = _TaskType_member(d["type"]) or TaskType.from_json(d["type"])
    o.status = _TaskStatus_member(d["status"]) or TaskStatus.from_json(d["status"])
    v = d["isVerified"]
    if v.__class__ is not bool:
        raise _decoding.FastPathMiss
    o.is_verified = v
    v = d["inputExamples"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    for _item0 in v:
        if _item0.__class__ is not str:
            raise _decoding.FastPathMiss
    v = list(v)
    o.input_examples = v
    o.metadata = d["metadata"]
    v = d["evalDefinitions"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    v = list(map(_decode_EvalDefinition, v))
    o.eval_definitions = v
    o.combined = _decode_TaskMetrics(d["combined"])
    o.monitoring = _decode_TaskMetrics(d["monitoring"])
    o.synthetic = _decode_TaskMetrics(d["synthetic"])
    v = d["tags"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    v = list(map(_decode_TagSummary, v))
    o.tags = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
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
    if "simulatedPromptSchema" in d:
        v = d["simulatedPromptSchema"]
        known += 1
        if v is None:
            nulls += ("simulatedPromptSchema",)
        o.simulated_prompt_schema = v
    else:
        o.simulated_prompt_schema = None
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


ListedTask._decode_fast = _decode

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
            "description": "description",
            "type_": "type",
            "status": "status",
            "is_verified": "isVerified",
            "input_examples": "inputExamples",
            "metadata": "metadata",
            "eval_definitions": "evalDefinitions",
            "combined": "combined",
            "monitoring": "monitoring",
            "synthetic": "synthetic",
            "tags": "tags",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "topic_id": "topicId",
            "parent_id": "parentId",
            "trace_id": "traceId",
            "simulated_prompt_schema": "simulatedPromptSchema",
            "pass_rate": "passRate",
            "monitoring_pass_rate": "monitoringPassRate",
            "last_test": "lastTest",
            "task_schedule": "taskSchedule",
            "breakdown": "breakdown",
        },
    ):
        id: str
        title: str
        description: str
        type_: str
        status: str
        is_verified: bool
        input_examples: list[str]
        metadata: Any
        eval_definitions: list[_Struct_EvalDefinition]
        combined: _Struct_TaskMetrics
        monitoring: _Struct_TaskMetrics
        synthetic: _Struct_TaskMetrics
        tags: list[_Struct_TagSummary]
        created_at: str
        modified_at: str
        topic_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        parent_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        trace_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        simulated_prompt_schema: Any = _msgspec.UNSET
        pass_rate: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        monitoring_pass_rate: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        last_test: str | None | _msgspec.UnsetType = _msgspec.UNSET
        task_schedule: _Struct_TaskSchedule | None | _msgspec.UnsetType = _msgspec.UNSET
        breakdown: _Struct_TaskBreakdown | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> ListedTask:
        """ListedTask from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(ListedTask)
        o.id = s.id
        o.title = s.title
        o.description = s.description
        o.type = _TaskType_member(s.type_) or TaskType.from_json(s.type_)
        o.status = _TaskStatus_member(s.status) or TaskStatus.from_json(s.status)
        o.is_verified = s.is_verified
        o.input_examples = s.input_examples
        o.metadata = s.metadata
        o.eval_definitions = list(map(_from_struct_EvalDefinition, s.eval_definitions))
        o.combined = _from_struct_TaskMetrics(s.combined)
        o.monitoring = _from_struct_TaskMetrics(s.monitoring)
        o.synthetic = _from_struct_TaskMetrics(s.synthetic)
        o.tags = list(map(_from_struct_TagSummary, s.tags))
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
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
        v = s.simulated_prompt_schema
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("simulatedPromptSchema")
        o.simulated_prompt_schema = v
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

    ListedTask._struct = _Struct
    ListedTask._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_definition import EvalDefinition  # noqa: E402
from ..models.eval_definition import _decode as _decode_EvalDefinition  # noqa: E402
from ..models.tag_summary import TagSummary  # noqa: E402
from ..models.tag_summary import _decode as _decode_TagSummary  # noqa: E402
from ..models.task_breakdown import TaskBreakdown  # noqa: E402
from ..models.task_breakdown import _decode as _decode_TaskBreakdown  # noqa: E402
from ..models.task_metrics import TaskMetrics  # noqa: E402
from ..models.task_metrics import _decode as _decode_TaskMetrics  # noqa: E402
from ..models.task_schedule import TaskSchedule  # noqa: E402
from ..models.task_schedule import _decode as _decode_TaskSchedule  # noqa: E402

if _msgspec is not None:
    from ..models.eval_definition import _from_struct as _from_struct_EvalDefinition  # noqa: E402
    from ..models.eval_definition import _Struct as _Struct_EvalDefinition  # noqa: E402
    from ..models.tag_summary import _from_struct as _from_struct_TagSummary  # noqa: E402
    from ..models.tag_summary import _Struct as _Struct_TagSummary  # noqa: E402
    from ..models.task_breakdown import _from_struct as _from_struct_TaskBreakdown  # noqa: E402
    from ..models.task_breakdown import _Struct as _Struct_TaskBreakdown  # noqa: E402
    from ..models.task_metrics import _from_struct as _from_struct_TaskMetrics  # noqa: E402
    from ..models.task_metrics import _Struct as _Struct_TaskMetrics  # noqa: E402
    from ..models.task_schedule import _from_struct as _from_struct_TaskSchedule  # noqa: E402
    from ..models.task_schedule import _Struct as _Struct_TaskSchedule  # noqa: E402
