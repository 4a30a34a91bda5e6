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


from ..models.issue_priority import IssuePriority
from ..models.issue_source import IssueSource
from ..models.issue_type import IssueType

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "source",
        "description",
        "type",
        "priority",
        "parentId",
        "taskId",
        "testId",
        "topicId",
        "traceId",
        "evalDefinitionId",
        "experimentId",
        "annotationId",
    }
)


@_attrs_define
class IssueCreate:
    """An issue to raise: a problem or an improvement to track.

    Attributes:
        title (str): Title of the issue. Example: Replacement card not offered.
        source (IssueSource): Where an issue was raised. Example: API.
        description (str | None): What the issue is about, in detail.
        type (IssueType | None): What kind of issue it is. Example: BUG.
        priority (IssuePriority | None): How urgent an issue is. Example: MEDIUM.
        parent_id (str | None): ID of the issue this one is a sub-issue of.
        task_id (str | None): ID of the task the issue concerns.
        test_id (str | None): ID of the test the issue concerns.
        topic_id (str | None): ID of the topic the issue concerns.
        trace_id (str | None): ID of the trace the issue concerns.
        eval_definition_id (str | None): ID of the eval definition whose evaluation raised the issue.
        experiment_id (str | None): ID of the experiment the issue belongs to.
        annotation_id (str | None): ID of the annotation the issue comes from.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IssueCreate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IssueCreate]]

    title: str
    source: IssueSource
    description: str | None = None
    type: IssueType | None = None
    priority: IssuePriority | None = None
    parent_id: str | None = None
    task_id: str | None = None
    test_id: str | None = None
    topic_id: str | None = None
    trace_id: str | None = None
    eval_definition_id: str | None = None
    experiment_id: str | None = None
    annotation_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "source": source,
            }
        )
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._null_keys:
            field_dict["description"] = None
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.priority is not None:
            field_dict["priority"] = self.priority.value
        if self.parent_id is not None:
            field_dict["parentId"] = self.parent_id
        if self.task_id is not None:
            field_dict["taskId"] = self.task_id
        if self.test_id is not None:
            field_dict["testId"] = self.test_id
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        if self.trace_id is not None:
            field_dict["traceId"] = self.trace_id
        if self.eval_definition_id is not None:
            field_dict["evalDefinitionId"] = self.eval_definition_id
        if self.experiment_id is not None:
            field_dict["experimentId"] = self.experiment_id
        if self.annotation_id is not None:
            field_dict["annotationId"] = self.annotation_id

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

            _where_ = "source"
            source = IssueSource.from_json(src_dict["source"])

            _where_ = "description"
            _description = src_dict.get("description", _ABSENT)
            description: str | None = None
            if _description is None:
                _nulls.append(_where_)
            elif _description is not _ABSENT:
                if isinstance(_description, str):
                    description = _description
                else:
                    raise _decoding.Mismatch("null or string", _description)

            else:
                _absent += 1

            _where_ = "type"
            _type_ = src_dict.get("type", _ABSENT)
            type_: IssueType | None = None
            if _type_ is None:
                raise _decoding.Mismatch("string", None)
            elif _type_ is not _ABSENT:
                type_ = IssueType.from_json(_type_)

            else:
                _absent += 1

            _where_ = "priority"
            _priority = src_dict.get("priority", _ABSENT)
            priority: IssuePriority | None = None
            if _priority is None:
                raise _decoding.Mismatch("string", None)
            elif _priority is not _ABSENT:
                priority = IssuePriority.from_json(_priority)

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

            _where_ = "taskId"
            _task_id = src_dict.get("taskId", _ABSENT)
            task_id: str | None = None
            if _task_id is None:
                raise _decoding.Mismatch("string", None)
            elif _task_id is not _ABSENT:
                task_id = _task_id
                if not (isinstance(task_id, str)):
                    raise _decoding.Mismatch("string", task_id)

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

            _where_ = "evalDefinitionId"
            _eval_definition_id = src_dict.get("evalDefinitionId", _ABSENT)
            eval_definition_id: str | None = None
            if _eval_definition_id is None:
                raise _decoding.Mismatch("string", None)
            elif _eval_definition_id is not _ABSENT:
                eval_definition_id = _eval_definition_id
                if not (isinstance(eval_definition_id, str)):
                    raise _decoding.Mismatch("string", eval_definition_id)

            else:
                _absent += 1

            _where_ = "experimentId"
            _experiment_id = src_dict.get("experimentId", _ABSENT)
            experiment_id: str | None = None
            if _experiment_id is None:
                raise _decoding.Mismatch("string", None)
            elif _experiment_id is not _ABSENT:
                experiment_id = _experiment_id
                if not (isinstance(experiment_id, str)):
                    raise _decoding.Mismatch("string", experiment_id)

            else:
                _absent += 1

            _where_ = "annotationId"
            _annotation_id = src_dict.get("annotationId", _ABSENT)
            annotation_id: str | None = None
            if _annotation_id is None:
                raise _decoding.Mismatch("string", None)
            elif _annotation_id is not _ABSENT:
                annotation_id = _annotation_id
                if not (isinstance(annotation_id, str)):
                    raise _decoding.Mismatch("string", annotation_id)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            issue_create = cls.__new__(cls)
            issue_create.title = title
            issue_create.source = source
            issue_create.description = description
            issue_create.type = type_
            issue_create.priority = priority
            issue_create.parent_id = parent_id
            issue_create.task_id = task_id
            issue_create.test_id = test_id
            issue_create.topic_id = topic_id
            issue_create.trace_id = trace_id
            issue_create.eval_definition_id = eval_definition_id
            issue_create.experiment_id = experiment_id
            issue_create.annotation_id = annotation_id
            issue_create._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
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
        issue_create.additional_properties = d
        return issue_create

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


from ..models.issue_priority import _KNOWN as _IssuePriority_known  # noqa: E402

_IssuePriority_member = _IssuePriority_known.get
from ..models.issue_source import _KNOWN as _IssueSource_known  # noqa: E402

_IssueSource_member = _IssueSource_known.get
from ..models.issue_type import _KNOWN as _IssueType_known  # noqa: E402

_IssueType_member = _IssueType_known.get
_new = IssueCreate.__new__


def _decode(d: Any) -> IssueCreate:
    """IssueCreate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(IssueCreate)
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    o.source = _IssueSource_member(d["source"]) or IssueSource.from_json(d["source"])
    if "description" in d:
        v = d["description"]
        known += 1
        if v is None:
            nulls += ("description",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.description = v
    else:
        o.description = None
    if "type" in d:
        v = d["type"]
        known += 1
        v = _IssueType_member(v) or IssueType.from_json(v)
        o.type = v
    else:
        o.type = None
    if "priority" in d:
        v = d["priority"]
        known += 1
        v = _IssuePriority_member(v) or IssuePriority.from_json(v)
        o.priority = v
    else:
        o.priority = None
    if "parentId" in d:
        v = d["parentId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.parent_id = v
    else:
        o.parent_id = None
    if "taskId" in d:
        v = d["taskId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.task_id = v
    else:
        o.task_id = None
    if "testId" in d:
        v = d["testId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.test_id = v
    else:
        o.test_id = None
    if "topicId" in d:
        v = d["topicId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.topic_id = v
    else:
        o.topic_id = None
    if "traceId" in d:
        v = d["traceId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.trace_id = v
    else:
        o.trace_id = None
    if "evalDefinitionId" in d:
        v = d["evalDefinitionId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.eval_definition_id = v
    else:
        o.eval_definition_id = None
    if "experimentId" in d:
        v = d["experimentId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.experiment_id = v
    else:
        o.experiment_id = None
    if "annotationId" in d:
        v = d["annotationId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.annotation_id = v
    else:
        o.annotation_id = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IssueCreate._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "title": "title",
            "source": "source",
            "description": "description",
            "type_": "type",
            "priority": "priority",
            "parent_id": "parentId",
            "task_id": "taskId",
            "test_id": "testId",
            "topic_id": "topicId",
            "trace_id": "traceId",
            "eval_definition_id": "evalDefinitionId",
            "experiment_id": "experimentId",
            "annotation_id": "annotationId",
        },
    ):
        title: str
        source: str
        description: str | None | _msgspec.UnsetType = _msgspec.UNSET
        type_: str | _msgspec.UnsetType = _msgspec.UNSET
        priority: str | _msgspec.UnsetType = _msgspec.UNSET
        parent_id: str | _msgspec.UnsetType = _msgspec.UNSET
        task_id: str | _msgspec.UnsetType = _msgspec.UNSET
        test_id: str | _msgspec.UnsetType = _msgspec.UNSET
        topic_id: str | _msgspec.UnsetType = _msgspec.UNSET
        trace_id: str | _msgspec.UnsetType = _msgspec.UNSET
        eval_definition_id: str | _msgspec.UnsetType = _msgspec.UNSET
        experiment_id: str | _msgspec.UnsetType = _msgspec.UNSET
        annotation_id: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IssueCreate:
        """IssueCreate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(IssueCreate)
        o.title = s.title
        o.source = _IssueSource_member(s.source) or IssueSource.from_json(s.source)
        v = s.description
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("description")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.description = v
        v = s.type_
        if v is _UNSET:
            v = None
        else:
            v = _IssueType_member(v) or IssueType.from_json(v)
        o.type = v
        v = s.priority
        if v is _UNSET:
            v = None
        else:
            v = _IssuePriority_member(v) or IssuePriority.from_json(v)
        o.priority = v
        v = s.parent_id
        if v is _UNSET:
            v = None
        o.parent_id = v
        v = s.task_id
        if v is _UNSET:
            v = None
        o.task_id = v
        v = s.test_id
        if v is _UNSET:
            v = None
        o.test_id = v
        v = s.topic_id
        if v is _UNSET:
            v = None
        o.topic_id = v
        v = s.trace_id
        if v is _UNSET:
            v = None
        o.trace_id = v
        v = s.eval_definition_id
        if v is _UNSET:
            v = None
        o.eval_definition_id = v
        v = s.experiment_id
        if v is _UNSET:
            v = None
        o.experiment_id = v
        v = s.annotation_id
        if v is _UNSET:
            v = None
        o.annotation_id = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    IssueCreate._struct = _Struct
    IssueCreate._from_struct = _from_struct
