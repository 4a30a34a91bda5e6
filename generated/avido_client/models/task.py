from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.eval_definition import EvalDefinition
    from ..models.task_schedule import TaskSchedule
    from ..models.topic import Topic


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task that represents a specific job-to-be-done by the LLM in the user application.
    The earlier API sends it in full; the later one, inside a test, only its id, title
    and topic id.

        Attributes:
            id (str): The unique identifier of the task. Example: 123e4567-e89b-12d3-a456-426614174000.
            title (str): The title of the task. Example: Credit Card Block.
            created_at (datetime.datetime | Unset): The date and time the task was created. Example:
                2024-01-01T00:00:00.000Z.
            modified_at (datetime.datetime | Unset): The date and time the task was last updated. Example:
                2024-01-01T00:00:00.000Z.
            description (str | Unset): The task description. Example: Wants to block their credit card.
            type_ (TaskType | Unset): NORMAL tasks have a dynamic user prompt; ADVERSARY tasks a fixed one. Example: NORMAL.
            baseline (float | None | Unset): The baseline score of the task. Example: 0.5.
            application (Application | Unset): Application configuration and metadata.
            topic (None | Topic | Unset): The topic the task belongs to; null or absent when it has none.
            topic_id (None | str | Unset): The ID of the topic the task belongs to, if any. Example:
                789e4567-e89b-12d3-a456-426614174000.
            definitions (list[EvalDefinition] | Unset): The eval definitions linked to the task.
            pass_rate (float | None | Unset): The 30 day pass rate for the task measured in percentage. Example: 66.
            last_test (datetime.datetime | None | Unset): The date and time this task was last tested. Example:
                2024-01-01T00:00:00.000Z.
            input_examples (list[str] | None | Unset): Example inputs for the task.
            task_schedule (None | TaskSchedule | Unset): When the task runs on a schedule; null when it doesn't.
            metadata (Any | Unset): Free-form metadata attached to the task, a JSON object or null.
            simulated_prompt_schema (Any | Unset): JSON Schema of the simulated user prompt for tasks that have one, or
                null.
    """

    id: str
    title: str
    created_at: datetime.datetime | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    type_: TaskType | Unset = UNSET
    baseline: float | None | Unset = UNSET
    application: Application | Unset = UNSET
    topic: None | Topic | Unset = UNSET
    topic_id: None | str | Unset = UNSET
    definitions: list[EvalDefinition] | Unset = UNSET
    pass_rate: float | None | Unset = UNSET
    last_test: datetime.datetime | None | Unset = UNSET
    input_examples: list[str] | None | Unset = UNSET
    task_schedule: None | TaskSchedule | Unset = UNSET
    metadata: Any | Unset = UNSET
    simulated_prompt_schema: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        baseline: float | None | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        topic: dict[str, Any] | None | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        elif isinstance(self.topic, Topic):
            topic = self.topic.to_dict()
        else:
            topic = self.topic

        topic_id: None | str | Unset
        if isinstance(self.topic_id, Unset):
            topic_id = UNSET
        else:
            topic_id = self.topic_id

        definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.definitions, Unset):
            definitions = []
            for definitions_item_data in self.definitions:
                definitions_item = definitions_item_data.to_dict()
                definitions.append(definitions_item)

        pass_rate: float | None | Unset
        if isinstance(self.pass_rate, Unset):
            pass_rate = UNSET
        else:
            pass_rate = self.pass_rate

        last_test: None | str | Unset
        if isinstance(self.last_test, Unset):
            last_test = UNSET
        elif isinstance(self.last_test, datetime.datetime):
            last_test = self.last_test.isoformat()
        else:
            last_test = self.last_test

        input_examples: list[str] | None | Unset
        if isinstance(self.input_examples, Unset):
            input_examples = UNSET
        elif isinstance(self.input_examples, list):
            input_examples = self.input_examples

        else:
            input_examples = self.input_examples

        task_schedule: dict[str, Any] | None | Unset
        if isinstance(self.task_schedule, Unset):
            task_schedule = UNSET
        elif isinstance(self.task_schedule, TaskSchedule):
            task_schedule = self.task_schedule.to_dict()
        else:
            task_schedule = self.task_schedule

        metadata = self.metadata

        simulated_prompt_schema = self.simulated_prompt_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if application is not UNSET:
            field_dict["application"] = application
        if topic is not UNSET:
            field_dict["topic"] = topic
        if topic_id is not UNSET:
            field_dict["topicId"] = topic_id
        if definitions is not UNSET:
            field_dict["definitions"] = definitions
        if pass_rate is not UNSET:
            field_dict["passRate"] = pass_rate
        if last_test is not UNSET:
            field_dict["lastTest"] = last_test
        if input_examples is not UNSET:
            field_dict["inputExamples"] = input_examples
        if task_schedule is not UNSET:
            field_dict["taskSchedule"] = task_schedule
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if simulated_prompt_schema is not UNSET:
            field_dict["simulatedPromptSchema"] = simulated_prompt_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode the JSON object; raises _decoding.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            d = dict(src_dict)
            _key = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _key = "title"
            title = d.pop("title")
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _key = "createdAt"
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _key = "modifiedAt"
            _modified_at = d.pop("modifiedAt", UNSET)
            modified_at: datetime.datetime | Unset
            if isinstance(_modified_at, Unset):
                modified_at = UNSET
            else:
                modified_at = datetime.datetime.fromisoformat(_modified_at)

            _key = "description"
            description = d.pop("description", UNSET)
            if description is not UNSET and not (isinstance(description, str)):
                raise _decoding.Mismatch("string", description)

            _key = "type"
            _type_ = d.pop("type", UNSET)
            type_: TaskType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = TaskType.from_json(_type_)

            _key = "baseline"
            _baseline = d.pop("baseline", UNSET)
            baseline: float | None | Unset
            if _baseline is None or isinstance(_baseline, Unset):
                baseline = _baseline
            elif isinstance(_baseline, (int, float)) and not isinstance(_baseline, bool):
                baseline = _baseline
            else:
                raise _decoding.Mismatch("null or number", _baseline)

            _key = "application"
            _application = d.pop("application", UNSET)
            application: Application | Unset
            if isinstance(_application, Unset):
                application = UNSET
            else:
                application = Application.from_dict(_application)

            _key = "topic"
            _topic = d.pop("topic", UNSET)
            topic: None | Topic | Unset
            if _topic is None or isinstance(_topic, Unset):
                topic = _topic
            elif isinstance(_topic, dict):
                topic_type_0 = Topic.from_dict(_topic)

                topic = topic_type_0
            else:
                raise _decoding.Mismatch("null or object", _topic)

            _key = "topicId"
            _topic_id = d.pop("topicId", UNSET)
            topic_id: None | str | Unset
            if _topic_id is None or isinstance(_topic_id, Unset):
                topic_id = _topic_id
            elif isinstance(_topic_id, str):
                topic_id = _topic_id
            else:
                raise _decoding.Mismatch("null or string", _topic_id)

            _key = "definitions"
            _definitions = d.pop("definitions", UNSET)
            definitions: list[EvalDefinition] | Unset = UNSET
            if _definitions is not UNSET:
                if not isinstance(_definitions, list):
                    raise _decoding.Mismatch("array", _definitions)
                definitions = []
                for _index, definitions_item_data in enumerate(_definitions):
                    _key = ("definitions", _index)
                    definitions_item = EvalDefinition.from_dict(definitions_item_data)

                    definitions.append(definitions_item)

            _key = "passRate"
            _pass_rate = d.pop("passRate", UNSET)
            pass_rate: float | None | Unset
            if _pass_rate is None or isinstance(_pass_rate, Unset):
                pass_rate = _pass_rate
            elif isinstance(_pass_rate, (int, float)) and not isinstance(_pass_rate, bool):
                pass_rate = _pass_rate
            else:
                raise _decoding.Mismatch("null or number", _pass_rate)

            _key = "lastTest"
            _last_test = d.pop("lastTest", UNSET)
            last_test: datetime.datetime | None | Unset
            if _last_test is None or isinstance(_last_test, Unset):
                last_test = _last_test
            elif isinstance(_last_test, str):
                last_test_type_0 = datetime.datetime.fromisoformat(_last_test)

                last_test = last_test_type_0
            else:
                raise _decoding.Mismatch("null or date-time string", _last_test)

            _key = "inputExamples"
            _input_examples = d.pop("inputExamples", UNSET)
            input_examples: list[str] | None | Unset
            if _input_examples is None or isinstance(_input_examples, Unset):
                input_examples = _input_examples
            elif isinstance(_input_examples, list):
                _input_examples_type_0 = _input_examples
                if True:
                    if not isinstance(_input_examples_type_0, list):
                        raise _decoding.Mismatch("array", _input_examples_type_0)
                    input_examples_type_0 = []
                    for _index, input_examples_type_0_item_data in enumerate(_input_examples_type_0):
                        _key = ("inputExamples_type_0", _index)
                        if not (isinstance(input_examples_type_0_item_data, str)):
                            raise _decoding.Mismatch("string", input_examples_type_0_item_data)
                        input_examples_type_0.append(input_examples_type_0_item_data)

                input_examples = input_examples_type_0
            else:
                raise _decoding.Mismatch("null or array", _input_examples)

            _key = "taskSchedule"
            _task_schedule = d.pop("taskSchedule", UNSET)
            task_schedule: None | TaskSchedule | Unset
            if _task_schedule is None or isinstance(_task_schedule, Unset):
                task_schedule = _task_schedule
            elif isinstance(_task_schedule, dict):
                task_schedule_type_0 = TaskSchedule.from_dict(_task_schedule)

                task_schedule = task_schedule_type_0
            else:
                raise _decoding.Mismatch("null or object", _task_schedule)

            _key = "metadata"
            metadata = d.pop("metadata", UNSET)

            _key = "simulatedPromptSchema"
            simulated_prompt_schema = d.pop("simulatedPromptSchema", UNSET)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task = cls.__new__(cls)
            task.id = id
            task.title = title
            task.created_at = created_at
            task.modified_at = modified_at
            task.description = description
            task.type_ = type_
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
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

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


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.application import Application  # noqa: E402
from ..models.eval_definition import EvalDefinition  # noqa: E402
from ..models.task_schedule import TaskSchedule  # noqa: E402
from ..models.topic import Topic  # noqa: E402
