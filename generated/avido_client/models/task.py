from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.eval_definition import EvalDefinition
    from ..models.topic import Topic


T = TypeVar("T", bound="Task")

# The keys the spec names for this object; any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "modifiedAt",
        "title",
        "description",
        "application",
        "baseline",
        "topic",
        "definitions",
        "passRate",
        "lastTest",
        "inputExamples",
    }
)


@_attrs_define
class Task:
    """A task that represents a specific job-to-be-done by the LLM in the user application.

    Attributes:
        id (str): The unique identifier of the task. Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime): The date and time the task was created. Example: 2024-01-01T00:00:00.000Z.
        modified_at (datetime.datetime): The date and time the task was last updated. Example: 2024-01-01T00:00:00.000Z.
        title (str): The title of the task. Example: Credit Card Block.
        description (str): The task description. Example: Wants to block their credit card.
        application (Application): Application configuration and metadata.
        baseline (float | None | Unset): The baseline score of the task. Example: 0.5.
        topic (None | Topic | Unset): The topic the task belongs to; null or absent when it has none.
        definitions (list[EvalDefinition] | Unset): The eval definitions linked to the task.
        pass_rate (float | None | Unset): The 30 day pass rate for the task measured in percentage. Example: 66.
        last_test (datetime.datetime | None | Unset): The date and time this task was last tested. Example:
            2024-01-01T00:00:00.000Z.
        input_examples (list[str] | None | Unset): Example inputs for the task.
    """

    id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    title: str
    description: str
    application: Application
    baseline: float | None | Unset = UNSET
    topic: None | Topic | Unset = UNSET
    definitions: list[EvalDefinition] | Unset = UNSET
    pass_rate: float | None | Unset = UNSET
    last_test: datetime.datetime | None | Unset = UNSET
    input_examples: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        title = self.title

        description = self.description

        application = self.application.to_dict()

        baseline: float | None | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        topic: dict[str, Any] | None | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        elif isinstance(self.topic, Topic):
            topic = self.topic.to_dict()
        else:
            topic = self.topic

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "title": title,
                "description": description,
                "application": application,
            }
        )
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if topic is not UNSET:
            field_dict["topic"] = topic
        if definitions is not UNSET:
            field_dict["definitions"] = definitions
        if pass_rate is not UNSET:
            field_dict["passRate"] = pass_rate
        if last_test is not UNSET:
            field_dict["lastTest"] = last_test
        if input_examples is not UNSET:
            field_dict["inputExamples"] = input_examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode the JSON object; raises errors.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            d = dict(src_dict)
            _key = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise errors.Mismatch("string", id)

            _key = "createdAt"
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

            _key = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(d.pop("modifiedAt"))

            _key = "title"
            title = d.pop("title")
            if not (isinstance(title, str)):
                raise errors.Mismatch("string", title)

            _key = "description"
            description = d.pop("description")
            if not (isinstance(description, str)):
                raise errors.Mismatch("string", description)

            _key = "application"
            application = Application.from_dict(d.pop("application"))

            _key = "baseline"
            _baseline = d.pop("baseline", UNSET)
            baseline: float | None | Unset
            if _baseline is None or isinstance(_baseline, Unset):
                baseline = _baseline
            elif isinstance(_baseline, (int, float)) and not isinstance(_baseline, bool):
                baseline = _baseline
            else:
                raise errors.Mismatch("null or number", _baseline)

            _key = "topic"
            _topic = d.pop("topic", UNSET)
            topic: None | Topic | Unset
            if _topic is None or isinstance(_topic, Unset):
                topic = _topic
            elif isinstance(_topic, dict):
                topic_type_0 = Topic.from_dict(_topic)

                topic = topic_type_0
            else:
                raise errors.Mismatch("null or object", _topic)

            _key = "definitions"
            _definitions = d.pop("definitions", UNSET)
            definitions: list[EvalDefinition] | Unset = UNSET
            if _definitions is not UNSET:
                if not isinstance(_definitions, list):
                    raise errors.Mismatch("array", _definitions)
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
                raise errors.Mismatch("null or number", _pass_rate)

            _key = "lastTest"
            _last_test = d.pop("lastTest", UNSET)
            last_test: datetime.datetime | None | Unset
            if _last_test is None or isinstance(_last_test, Unset):
                last_test = _last_test
            elif isinstance(_last_test, str):
                last_test_type_0 = datetime.datetime.fromisoformat(_last_test)

                last_test = last_test_type_0
            else:
                raise errors.Mismatch("null or date-time string", _last_test)

            _key = "inputExamples"
            _input_examples = d.pop("inputExamples", UNSET)
            input_examples: list[str] | None | Unset
            if _input_examples is None or isinstance(_input_examples, Unset):
                input_examples = _input_examples
            elif isinstance(_input_examples, list):
                _input_examples_type_0 = _input_examples
                if True:
                    if not isinstance(_input_examples_type_0, list):
                        raise errors.Mismatch("array", _input_examples_type_0)
                    input_examples_type_0 = []
                    for _index, input_examples_type_0_item_data in enumerate(_input_examples_type_0):
                        _key = ("inputExamples_type_0", _index)
                        if not (isinstance(input_examples_type_0_item_data, str)):
                            raise errors.Mismatch("string", input_examples_type_0_item_data)
                        input_examples_type_0.append(input_examples_type_0_item_data)

                input_examples = input_examples_type_0
            else:
                raise errors.Mismatch("null or array", _input_examples)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task = cls.__new__(cls)
            task.id = id
            task.created_at = created_at
            task.modified_at = modified_at
            task.title = title
            task.description = description
            task.application = application
            task.baseline = baseline
            task.topic = topic
            task.definitions = definitions
            task.pass_rate = pass_rate
            task.last_test = last_test
            task.input_examples = input_examples
        except Exception as _exc:
            _located = errors.locate(_exc, _key, src_dict)
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
from ..models.topic import Topic  # noqa: E402
