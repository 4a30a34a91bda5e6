from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

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


from ..models.current_task_type import CurrentTaskType

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "description",
        "type",
        "topicId",
        "inputExamples",
        "simulatedPromptSchema",
        "metadata",
        "quickstartId",
    }
)


@_attrs_define
class TaskCreate:
    """A task to create.

    Attributes:
        title (str): The title of the task. Example: Block a lost card.
        description (str): A short description of the task. Example: The customer lost their debit card and wants it
            blocked.
        type (CurrentTaskType | None): The types a task is created with today: STATIC tasks replay fixed prompts (their
            `inputExamples`), NORMAL tasks have prompts generated for each test. Example: NORMAL.
        topic_id (str | None): ID of the topic the task belongs to.
        input_examples (list[str] | None): Prompts for the task; the ones a STATIC task replays, so required for those.
        simulated_prompt_schema (Any | None): JSON Schema of the prompts to generate for the task's tests: a JSON
            object.
        metadata (Any | None): Your own metadata for the task, such as ids in other systems: a JSON object.
        quickstart_id (str | None): ID of the quickstart the task comes from, if one does.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TaskCreate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TaskCreate]]

    title: str
    description: str
    type: CurrentTaskType | None = None
    topic_id: str | None = None
    input_examples: list[str] | None = None
    simulated_prompt_schema: Any | None = None
    metadata: Any | None = None
    quickstart_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
            }
        )
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        if self.input_examples is not None:
            field_dict["inputExamples"] = self.input_examples

        if self.simulated_prompt_schema is not None:
            field_dict["simulatedPromptSchema"] = self.simulated_prompt_schema
        elif "simulatedPromptSchema" in self._null_keys:
            field_dict["simulatedPromptSchema"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.quickstart_id is not None:
            field_dict["quickstartId"] = self.quickstart_id

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
            _where_ = "title"
            title = src_dict["title"]
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _where_ = "description"
            description = src_dict["description"]
            if not (isinstance(description, str)):
                raise _decoding.Mismatch("string", description)

            _where_ = "type"
            _type_ = src_dict.get("type", _ABSENT)
            type_: CurrentTaskType | None = None
            if _type_ is None:
                raise _decoding.Mismatch("string", None)
            elif _type_ is not _ABSENT:
                type_ = CurrentTaskType.from_json(_type_)

            else:
                _absent += 1

            _where_ = "topicId"
            _topic_id = src_dict.get("topicId", _ABSENT)
            topic_id: str | None = None
            if _topic_id is None:
                raise _decoding.Mismatch("string", None)
            elif _topic_id is not _ABSENT:
                topic_id = _topic_id
                if not (isinstance(topic_id, str)):
                    raise _decoding.Mismatch("string", topic_id)

            else:
                _absent += 1

            _where_ = "inputExamples"
            _input_examples = src_dict.get("inputExamples", _ABSENT)
            input_examples: list[str] | None = None
            if _input_examples is None:
                raise _decoding.Mismatch("array", None)
            elif _input_examples is not _ABSENT:
                _input_examples = _input_examples
                if True:
                    if not isinstance(_input_examples, list):
                        raise _decoding.Mismatch("array", _input_examples)
                    input_examples = []
                    for _index, input_examples_item_data in enumerate(_input_examples):
                        _where_ = ("inputExamples", _index)
                        if not (isinstance(input_examples_item_data, str)):
                            raise _decoding.Mismatch("string", input_examples_item_data)
                        input_examples.append(input_examples_item_data)

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

            _where_ = "metadata"
            _metadata = src_dict.get("metadata", _ABSENT)
            metadata: Any | None = None
            if _metadata is None:
                _nulls.append(_where_)
            elif _metadata is not _ABSENT:
                metadata = _metadata

            else:
                _absent += 1

            _where_ = "quickstartId"
            _quickstart_id = src_dict.get("quickstartId", _ABSENT)
            quickstart_id: str | None = None
            if _quickstart_id is None:
                raise _decoding.Mismatch("string", None)
            elif _quickstart_id is not _ABSENT:
                quickstart_id = _quickstart_id
                if not (isinstance(quickstart_id, str)):
                    raise _decoding.Mismatch("string", quickstart_id)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task_create = cls.__new__(cls)
            task_create.title = title
            task_create.description = description
            task_create.type = type_
            task_create.topic_id = topic_id
            task_create.input_examples = input_examples
            task_create.simulated_prompt_schema = simulated_prompt_schema
            task_create.metadata = metadata
            task_create.quickstart_id = quickstart_id
            task_create._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 8 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        task_create.additional_properties = d
        return task_create

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


from ..models.current_task_type import _KNOWN as _CurrentTaskType_known  # noqa: E402

_CurrentTaskType_member = _CurrentTaskType_known.get
_new = TaskCreate.__new__


def _decode(d: Any) -> TaskCreate:
    """TaskCreate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TaskCreate)
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    v = d["description"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.description = v
    if "type" in d:
        v = d["type"]
        known += 1
        v = _CurrentTaskType_member(v) or CurrentTaskType.from_json(v)
        o.type = v
    else:
        o.type = None
    if "topicId" in d:
        v = d["topicId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.topic_id = v
    else:
        o.topic_id = None
    if "inputExamples" in d:
        v = d["inputExamples"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        for _item0 in v:
            if _item0.__class__ is not str:
                raise _decoding.FastPathMiss
        v = list(v)
        o.input_examples = v
    else:
        o.input_examples = None
    if "simulatedPromptSchema" in d:
        v = d["simulatedPromptSchema"]
        known += 1
        if v is None:
            nulls += ("simulatedPromptSchema",)
        o.simulated_prompt_schema = v
    else:
        o.simulated_prompt_schema = None
    if "metadata" in d:
        v = d["metadata"]
        known += 1
        if v is None:
            nulls += ("metadata",)
        o.metadata = v
    else:
        o.metadata = None
    if "quickstartId" in d:
        v = d["quickstartId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.quickstart_id = v
    else:
        o.quickstart_id = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TaskCreate._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "title": "title",
            "description": "description",
            "type_": "type",
            "topic_id": "topicId",
            "input_examples": "inputExamples",
            "simulated_prompt_schema": "simulatedPromptSchema",
            "metadata": "metadata",
            "quickstart_id": "quickstartId",
        },
    ):
        title: str
        description: str
        type_: str | _msgspec.UnsetType = _msgspec.UNSET
        topic_id: str | _msgspec.UnsetType = _msgspec.UNSET
        input_examples: list[str] | _msgspec.UnsetType = _msgspec.UNSET
        simulated_prompt_schema: Any = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        quickstart_id: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TaskCreate:
        """TaskCreate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TaskCreate)
        o.title = s.title
        o.description = s.description
        v = s.type_
        if v is _UNSET:
            v = None
        else:
            v = _CurrentTaskType_member(v) or CurrentTaskType.from_json(v)
        o.type = v
        v = s.topic_id
        if v is _UNSET:
            v = None
        o.topic_id = v
        v = s.input_examples
        if v is _UNSET:
            v = None
        o.input_examples = v
        v = s.simulated_prompt_schema
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("simulatedPromptSchema")
        o.simulated_prompt_schema = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        v = s.quickstart_id
        if v is _UNSET:
            v = None
        o.quickstart_id = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TaskCreate._struct = _Struct
    TaskCreate._from_struct = _from_struct
