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


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "description",
        "topicId",
        "deleteEmptySourceTopic",
        "inputExamples",
        "isVerified",
        "metadata",
        "simulatedPromptSchema",
    }
)


@_attrs_define
class TaskUpdate:
    """Changes to a task: only the fields given change.

    Attributes:
        title (str | None): The new title.
        description (str | None): The new description.
        topic_id (str | None): ID of the topic to move the task to; null to take it out of its topic.
        delete_empty_source_topic (bool | None): When the task moves to another topic: whether to delete the topic it
            leaves if no task is left in it. The deletion can't be undone.
        input_examples (list[str] | None): The new prompts of the task.
        is_verified (bool | None): Whether the task has been verified.
        metadata (Any | None): Metadata to replace the task's with, a JSON object; null removes it all.
        simulated_prompt_schema (Any | None): The new JSON Schema of the prompts to generate, a JSON object; null
            removes it.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TaskUpdate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TaskUpdate]]

    title: str | None = None
    description: str | None = None
    topic_id: str | None = None
    delete_empty_source_topic: bool | None = None
    input_examples: list[str] | None = None
    is_verified: bool | None = None
    metadata: Any | None = None
    simulated_prompt_schema: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not None:
            field_dict["title"] = self.title
        if self.description is not None:
            field_dict["description"] = self.description
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        elif "topicId" in self._null_keys:
            field_dict["topicId"] = None
        if self.delete_empty_source_topic is not None:
            field_dict["deleteEmptySourceTopic"] = self.delete_empty_source_topic
        if self.input_examples is not None:
            field_dict["inputExamples"] = self.input_examples

        if self.is_verified is not None:
            field_dict["isVerified"] = self.is_verified
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.simulated_prompt_schema is not None:
            field_dict["simulatedPromptSchema"] = self.simulated_prompt_schema
        elif "simulatedPromptSchema" in self._null_keys:
            field_dict["simulatedPromptSchema"] = None

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
            _title = src_dict.get("title", _ABSENT)
            title: str | None = None
            if _title is None:
                raise _decoding.Mismatch("string", None)
            elif _title is not _ABSENT:
                title = _title
                if not (isinstance(title, str)):
                    raise _decoding.Mismatch("string", title)

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

            _where_ = "deleteEmptySourceTopic"
            _delete_empty_source_topic = src_dict.get("deleteEmptySourceTopic", _ABSENT)
            delete_empty_source_topic: bool | None = None
            if _delete_empty_source_topic is None:
                raise _decoding.Mismatch("boolean", None)
            elif _delete_empty_source_topic is not _ABSENT:
                delete_empty_source_topic = _delete_empty_source_topic
                if not (isinstance(delete_empty_source_topic, bool)):
                    raise _decoding.Mismatch("boolean", delete_empty_source_topic)

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

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task_update = cls.__new__(cls)
            task_update.title = title
            task_update.description = description
            task_update.topic_id = topic_id
            task_update.delete_empty_source_topic = delete_empty_source_topic
            task_update.input_examples = input_examples
            task_update.is_verified = is_verified
            task_update.metadata = metadata
            task_update.simulated_prompt_schema = simulated_prompt_schema
            task_update._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        task_update.additional_properties = d
        return task_update

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


_new = TaskUpdate.__new__


def _decode(d: Any) -> TaskUpdate:
    """TaskUpdate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 0  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TaskUpdate)
    if "title" in d:
        v = d["title"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.title = v
    else:
        o.title = None
    if "description" in d:
        v = d["description"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.description = v
    else:
        o.description = None
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
    if "deleteEmptySourceTopic" in d:
        v = d["deleteEmptySourceTopic"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.delete_empty_source_topic = v
    else:
        o.delete_empty_source_topic = None
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
    if "isVerified" in d:
        v = d["isVerified"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_verified = v
    else:
        o.is_verified = None
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
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TaskUpdate._decode_fast = _decode

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
            "topic_id": "topicId",
            "delete_empty_source_topic": "deleteEmptySourceTopic",
            "input_examples": "inputExamples",
            "is_verified": "isVerified",
            "metadata": "metadata",
            "simulated_prompt_schema": "simulatedPromptSchema",
        },
    ):
        title: str | _msgspec.UnsetType = _msgspec.UNSET
        description: str | _msgspec.UnsetType = _msgspec.UNSET
        topic_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        delete_empty_source_topic: bool | _msgspec.UnsetType = _msgspec.UNSET
        input_examples: list[str] | _msgspec.UnsetType = _msgspec.UNSET
        is_verified: bool | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        simulated_prompt_schema: Any = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TaskUpdate:
        """TaskUpdate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TaskUpdate)
        v = s.title
        if v is _UNSET:
            v = None
        o.title = v
        v = s.description
        if v is _UNSET:
            v = None
        o.description = v
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
        v = s.delete_empty_source_topic
        if v is _UNSET:
            v = None
        o.delete_empty_source_topic = v
        v = s.input_examples
        if v is _UNSET:
            v = None
        o.input_examples = v
        v = s.is_verified
        if v is _UNSET:
            v = None
        o.is_verified = v
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
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TaskUpdate._struct = _Struct
    TaskUpdate._from_struct = _from_struct
