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

from ..models.topic_status import TopicStatus

if TYPE_CHECKING:
    from ..models.topic_eval_definition import TopicEvalDefinition
    from ..models.user_summary import UserSummary


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "title",
        "createdAt",
        "modifiedAt",
        "baseline",
        "applicationId",
        "status",
        "isInScope",
        "isDocumentsVerified",
        "isKnowledgeBaseVerified",
        "isPoliciesVerified",
        "isTasksVerified",
        "assignedTo",
        "assignedUser",
        "documentCount",
        "taskCount",
        "evalDefinitions",
    }
)


@_attrs_define
class Topic:
    """A topic, a subject the application's tasks, documents and eval definitions are grouped by.

    Attributes:
        id (str): Unique identifier of the topic. Example: 789e4567-e89b-12d3-a456-426614174000.
        org_id (str): Organization ID that owns this topic. Example: org_123456.
        title (str): Title of the topic. Example: Code Quality.
        created_at (datetime.datetime): When the topic was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the topic was last modified. Example: 2024-01-05T12:34:56.789Z.
        baseline (float | None): Optional baseline score for this topic. Example: 0.85.
        application_id (str | None): ID of the application the topic belongs to.
        status (TopicStatus | None): The state of a topic. Example: ACTIVE.
        is_in_scope (bool | None): Whether the topic is in the application's scope.
        is_documents_verified (bool | None): Whether the topic's documents have been verified.
        is_knowledge_base_verified (bool | None): Whether the topic's knowledge base has been verified.
        is_policies_verified (bool | None): Whether the topic's policies have been verified.
        is_tasks_verified (bool | None): Whether every task of the topic has been verified.
        assigned_to (str | None): ID of the user the topic is assigned to.
        assigned_user (UserSummary | None): The user the topic is assigned to.
        document_count (int | None): Number of documents in the topic.
        task_count (int | None): Number of tasks in the topic.
        eval_definitions (list[TopicEvalDefinition] | None): The eval definitions scoped to the topic.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Topic]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Topic]]

    id: str
    org_id: str
    title: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    baseline: float | None = None
    application_id: str | None = None
    status: TopicStatus | None = None
    is_in_scope: bool | None = None
    is_documents_verified: bool | None = None
    is_knowledge_base_verified: bool | None = None
    is_policies_verified: bool | None = None
    is_tasks_verified: bool | None = None
    assigned_to: str | None = None
    assigned_user: UserSummary | None = None
    document_count: int | None = None
    task_count: int | None = None
    eval_definitions: list[TopicEvalDefinition] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        title = self.title

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "title": title,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if self.baseline is not None:
            field_dict["baseline"] = self.baseline
        elif "baseline" in self._null_keys:
            field_dict["baseline"] = None
        if self.application_id is not None:
            field_dict["applicationId"] = self.application_id
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.is_in_scope is not None:
            field_dict["isInScope"] = self.is_in_scope
        if self.is_documents_verified is not None:
            field_dict["isDocumentsVerified"] = self.is_documents_verified
        if self.is_knowledge_base_verified is not None:
            field_dict["isKnowledgeBaseVerified"] = self.is_knowledge_base_verified
        if self.is_policies_verified is not None:
            field_dict["isPoliciesVerified"] = self.is_policies_verified
        if self.is_tasks_verified is not None:
            field_dict["isTasksVerified"] = self.is_tasks_verified
        if self.assigned_to is not None:
            field_dict["assignedTo"] = self.assigned_to
        elif "assignedTo" in self._null_keys:
            field_dict["assignedTo"] = None
        if self.assigned_user is not None:
            if isinstance(self.assigned_user, UserSummary):
                field_dict["assignedUser"] = self.assigned_user.to_dict()
            else:
                field_dict["assignedUser"] = self.assigned_user
        elif "assignedUser" in self._null_keys:
            field_dict["assignedUser"] = None
        if self.document_count is not None:
            field_dict["documentCount"] = self.document_count
        elif "documentCount" in self._null_keys:
            field_dict["documentCount"] = None
        if self.task_count is not None:
            field_dict["taskCount"] = self.task_count
        elif "taskCount" in self._null_keys:
            field_dict["taskCount"] = None
        if self.eval_definitions is not None:
            if isinstance(self.eval_definitions, list):
                field_dict["evalDefinitions"] = []
                for eval_definitions_type_0_item_data in self.eval_definitions:
                    eval_definitions_type_0_item = eval_definitions_type_0_item_data.to_dict()
                    field_dict["evalDefinitions"].append(eval_definitions_type_0_item)

            else:
                field_dict["evalDefinitions"] = self.eval_definitions
        elif "evalDefinitions" in self._null_keys:
            field_dict["evalDefinitions"] = None

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

            _where_ = "orgId"
            org_id = src_dict["orgId"]
            if not (isinstance(org_id, str)):
                raise _decoding.Mismatch("string", org_id)

            _where_ = "title"
            title = src_dict["title"]
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

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

            _where_ = "applicationId"
            _application_id = src_dict.get("applicationId", _ABSENT)
            application_id: str | None = None
            if _application_id is None:
                raise _decoding.Mismatch("string", None)
            elif _application_id is not _ABSENT:
                application_id = _application_id
                if not (isinstance(application_id, str)):
                    raise _decoding.Mismatch("string", application_id)

            else:
                _absent += 1

            _where_ = "status"
            _status = src_dict.get("status", _ABSENT)
            status: TopicStatus | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = TopicStatus.from_json(_status)

            else:
                _absent += 1

            _where_ = "isInScope"
            _is_in_scope = src_dict.get("isInScope", _ABSENT)
            is_in_scope: bool | None = None
            if _is_in_scope is None:
                raise _decoding.Mismatch("boolean", None)
            elif _is_in_scope is not _ABSENT:
                is_in_scope = _is_in_scope
                if not (isinstance(is_in_scope, bool)):
                    raise _decoding.Mismatch("boolean", is_in_scope)

            else:
                _absent += 1

            _where_ = "isDocumentsVerified"
            _is_documents_verified = src_dict.get("isDocumentsVerified", _ABSENT)
            is_documents_verified: bool | None = None
            if _is_documents_verified is None:
                raise _decoding.Mismatch("boolean", None)
            elif _is_documents_verified is not _ABSENT:
                is_documents_verified = _is_documents_verified
                if not (isinstance(is_documents_verified, bool)):
                    raise _decoding.Mismatch("boolean", is_documents_verified)

            else:
                _absent += 1

            _where_ = "isKnowledgeBaseVerified"
            _is_knowledge_base_verified = src_dict.get("isKnowledgeBaseVerified", _ABSENT)
            is_knowledge_base_verified: bool | None = None
            if _is_knowledge_base_verified is None:
                raise _decoding.Mismatch("boolean", None)
            elif _is_knowledge_base_verified is not _ABSENT:
                is_knowledge_base_verified = _is_knowledge_base_verified
                if not (isinstance(is_knowledge_base_verified, bool)):
                    raise _decoding.Mismatch("boolean", is_knowledge_base_verified)

            else:
                _absent += 1

            _where_ = "isPoliciesVerified"
            _is_policies_verified = src_dict.get("isPoliciesVerified", _ABSENT)
            is_policies_verified: bool | None = None
            if _is_policies_verified is None:
                raise _decoding.Mismatch("boolean", None)
            elif _is_policies_verified is not _ABSENT:
                is_policies_verified = _is_policies_verified
                if not (isinstance(is_policies_verified, bool)):
                    raise _decoding.Mismatch("boolean", is_policies_verified)

            else:
                _absent += 1

            _where_ = "isTasksVerified"
            _is_tasks_verified = src_dict.get("isTasksVerified", _ABSENT)
            is_tasks_verified: bool | None = None
            if _is_tasks_verified is None:
                raise _decoding.Mismatch("boolean", None)
            elif _is_tasks_verified is not _ABSENT:
                is_tasks_verified = _is_tasks_verified
                if not (isinstance(is_tasks_verified, bool)):
                    raise _decoding.Mismatch("boolean", is_tasks_verified)

            else:
                _absent += 1

            _where_ = "assignedTo"
            _assigned_to = src_dict.get("assignedTo", _ABSENT)
            assigned_to: str | None = None
            if _assigned_to is None:
                _nulls.append(_where_)
            elif _assigned_to is not _ABSENT:
                if isinstance(_assigned_to, str):
                    assigned_to = _assigned_to
                else:
                    raise _decoding.Mismatch("null or string", _assigned_to)

            else:
                _absent += 1

            _where_ = "assignedUser"
            _assigned_user = src_dict.get("assignedUser", _ABSENT)
            assigned_user: UserSummary | None = None
            if _assigned_user is None:
                _nulls.append(_where_)
            elif _assigned_user is not _ABSENT:
                if isinstance(_assigned_user, dict):
                    assigned_user_type_0 = UserSummary.from_dict(_assigned_user)

                    assigned_user = assigned_user_type_0
                else:
                    raise _decoding.Mismatch("null or object", _assigned_user)

            else:
                _absent += 1

            _where_ = "documentCount"
            _document_count = src_dict.get("documentCount", _ABSENT)
            document_count: int | None = None
            if _document_count is None:
                _nulls.append(_where_)
            elif _document_count is not _ABSENT:
                if isinstance(_document_count, int) and not isinstance(_document_count, bool):
                    document_count = _document_count
                elif (
                    isinstance(_document_count, float) and _document_count.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    document_count = int(_document_count)
                else:
                    raise _decoding.Mismatch("null or integer", _document_count)

            else:
                _absent += 1

            _where_ = "taskCount"
            _task_count = src_dict.get("taskCount", _ABSENT)
            task_count: int | None = None
            if _task_count is None:
                _nulls.append(_where_)
            elif _task_count is not _ABSENT:
                if isinstance(_task_count, int) and not isinstance(_task_count, bool):
                    task_count = _task_count
                elif (
                    isinstance(_task_count, float) and _task_count.is_integer()
                ):  # JSON Schema counts 2.0 as an integer
                    task_count = int(_task_count)
                else:
                    raise _decoding.Mismatch("null or integer", _task_count)

            else:
                _absent += 1

            _where_ = "evalDefinitions"
            _eval_definitions = src_dict.get("evalDefinitions", _ABSENT)
            eval_definitions: list[TopicEvalDefinition] | None = None
            if _eval_definitions is None:
                _nulls.append(_where_)
            elif _eval_definitions is not _ABSENT:
                if isinstance(_eval_definitions, list):
                    _eval_definitions_type_0 = _eval_definitions
                    if True:
                        if not isinstance(_eval_definitions_type_0, list):
                            raise _decoding.Mismatch("array", _eval_definitions_type_0)
                        eval_definitions_type_0 = []
                        for _index, eval_definitions_type_0_item_data in enumerate(_eval_definitions_type_0):
                            _where_ = ("evalDefinitions", _index)
                            eval_definitions_type_0_item = TopicEvalDefinition.from_dict(
                                eval_definitions_type_0_item_data
                            )

                            eval_definitions_type_0.append(eval_definitions_type_0_item)

                    eval_definitions = eval_definitions_type_0
                else:
                    raise _decoding.Mismatch("null or array", _eval_definitions)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            topic = cls.__new__(cls)
            topic.id = id
            topic.org_id = org_id
            topic.title = title
            topic.created_at = created_at
            topic.modified_at = modified_at
            topic.baseline = baseline
            topic.application_id = application_id
            topic.status = status
            topic.is_in_scope = is_in_scope
            topic.is_documents_verified = is_documents_verified
            topic.is_knowledge_base_verified = is_knowledge_base_verified
            topic.is_policies_verified = is_policies_verified
            topic.is_tasks_verified = is_tasks_verified
            topic.assigned_to = assigned_to
            topic.assigned_user = assigned_user
            topic.document_count = document_count
            topic.task_count = task_count
            topic.eval_definitions = eval_definitions
            topic._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 18 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        topic.additional_properties = d
        return topic

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
from ..models.topic_status import _KNOWN as _TopicStatus_known  # noqa: E402

_TopicStatus_member = _TopicStatus_known.get
_new = Topic.__new__


def _decode(d: Any) -> Topic:
    """Topic.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 5  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Topic)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
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
    if "applicationId" in d:
        v = d["applicationId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.application_id = v
    else:
        o.application_id = None
    if "status" in d:
        v = d["status"]
        known += 1
        v = _TopicStatus_member(v) or TopicStatus.from_json(v)
        o.status = v
    else:
        o.status = None
    if "isInScope" in d:
        v = d["isInScope"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_in_scope = v
    else:
        o.is_in_scope = None
    if "isDocumentsVerified" in d:
        v = d["isDocumentsVerified"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_documents_verified = v
    else:
        o.is_documents_verified = None
    if "isKnowledgeBaseVerified" in d:
        v = d["isKnowledgeBaseVerified"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_knowledge_base_verified = v
    else:
        o.is_knowledge_base_verified = None
    if "isPoliciesVerified" in d:
        v = d["isPoliciesVerified"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_policies_verified = v
    else:
        o.is_policies_verified = None
    if "isTasksVerified" in d:
        v = d["isTasksVerified"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.is_tasks_verified = v
    else:
        o.is_tasks_verified = None
    if "assignedTo" in d:
        v = d["assignedTo"]
        known += 1
        if v is None:
            nulls += ("assignedTo",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.assigned_to = v
    else:
        o.assigned_to = None
    if "assignedUser" in d:
        v = d["assignedUser"]
        known += 1
        if v is None:
            nulls += ("assignedUser",)
        else:
            if v.__class__ is dict:
                v = _decode_UserSummary(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.assigned_user = v
    else:
        o.assigned_user = None
    if "documentCount" in d:
        v = d["documentCount"]
        known += 1
        if v is None:
            nulls += ("documentCount",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.document_count = v
    else:
        o.document_count = None
    if "taskCount" in d:
        v = d["taskCount"]
        known += 1
        if v is None:
            nulls += ("taskCount",)
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.task_count = v
    else:
        o.task_count = None
    if "evalDefinitions" in d:
        v = d["evalDefinitions"]
        known += 1
        if v is None:
            nulls += ("evalDefinitions",)
        else:
            if v.__class__ is list:
                v = list(map(_decode_TopicEvalDefinition, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.eval_definitions = v
    else:
        o.eval_definitions = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Topic._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "org_id": "orgId",
            "title": "title",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "baseline": "baseline",
            "application_id": "applicationId",
            "status": "status",
            "is_in_scope": "isInScope",
            "is_documents_verified": "isDocumentsVerified",
            "is_knowledge_base_verified": "isKnowledgeBaseVerified",
            "is_policies_verified": "isPoliciesVerified",
            "is_tasks_verified": "isTasksVerified",
            "assigned_to": "assignedTo",
            "assigned_user": "assignedUser",
            "document_count": "documentCount",
            "task_count": "taskCount",
            "eval_definitions": "evalDefinitions",
        },
    ):
        id: str
        org_id: str
        title: str
        created_at: str
        modified_at: str
        baseline: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        application_id: str | _msgspec.UnsetType = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        is_in_scope: bool | _msgspec.UnsetType = _msgspec.UNSET
        is_documents_verified: bool | _msgspec.UnsetType = _msgspec.UNSET
        is_knowledge_base_verified: bool | _msgspec.UnsetType = _msgspec.UNSET
        is_policies_verified: bool | _msgspec.UnsetType = _msgspec.UNSET
        is_tasks_verified: bool | _msgspec.UnsetType = _msgspec.UNSET
        assigned_to: str | None | _msgspec.UnsetType = _msgspec.UNSET
        assigned_user: _Struct_UserSummary | None | _msgspec.UnsetType = _msgspec.UNSET
        document_count: int | None | _msgspec.UnsetType = _msgspec.UNSET
        task_count: int | None | _msgspec.UnsetType = _msgspec.UNSET
        eval_definitions: list[_Struct_TopicEvalDefinition] | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Topic:
        """Topic from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Topic)
        o.id = s.id
        o.org_id = s.org_id
        o.title = s.title
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
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
        v = s.application_id
        if v is _UNSET:
            v = None
        o.application_id = v
        v = s.status
        if v is _UNSET:
            v = None
        else:
            v = _TopicStatus_member(v) or TopicStatus.from_json(v)
        o.status = v
        v = s.is_in_scope
        if v is _UNSET:
            v = None
        o.is_in_scope = v
        v = s.is_documents_verified
        if v is _UNSET:
            v = None
        o.is_documents_verified = v
        v = s.is_knowledge_base_verified
        if v is _UNSET:
            v = None
        o.is_knowledge_base_verified = v
        v = s.is_policies_verified
        if v is _UNSET:
            v = None
        o.is_policies_verified = v
        v = s.is_tasks_verified
        if v is _UNSET:
            v = None
        o.is_tasks_verified = v
        v = s.assigned_to
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("assignedTo")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.assigned_to = v
        v = s.assigned_user
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("assignedUser")
        else:
            if v.__class__ is _Struct_UserSummary:
                v = _from_struct_UserSummary(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.assigned_user = v
        v = s.document_count
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("documentCount")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.document_count = v
        v = s.task_count
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("taskCount")
        else:
            if v.__class__ is int:
                pass
            elif v.__class__ is float:
                raise _decoding.FastPathMiss
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.task_count = v
        v = s.eval_definitions
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("evalDefinitions")
        else:
            if v.__class__ is list:
                v = list(map(_from_struct_TopicEvalDefinition, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.eval_definitions = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Topic._struct = _Struct
    Topic._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.topic_eval_definition import TopicEvalDefinition  # noqa: E402
from ..models.topic_eval_definition import _decode as _decode_TopicEvalDefinition  # noqa: E402
from ..models.user_summary import UserSummary  # noqa: E402
from ..models.user_summary import _decode as _decode_UserSummary  # noqa: E402

if _msgspec is not None:
    from ..models.topic_eval_definition import _from_struct as _from_struct_TopicEvalDefinition  # noqa: E402
    from ..models.topic_eval_definition import _Struct as _Struct_TopicEvalDefinition  # noqa: E402
    from ..models.user_summary import _from_struct as _from_struct_UserSummary  # noqa: E402
    from ..models.user_summary import _Struct as _Struct_UserSummary  # noqa: E402
