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

from ..models.document_type import DocumentType
from ..models.lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from ..models.document_version import DocumentVersion
    from ..models.scrape_job import ScrapeJob
    from ..models.tag_summary import TagSummary


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "applicationId",
        "type",
        "status",
        "isVerified",
        "optimized",
        "createdAt",
        "modifiedAt",
        "title",
        "content",
        "assignee",
        "topicId",
        "scrapeJobId",
        "scrapeJob",
        "fileProcessingId",
        "versions",
        "tags",
    }
)


@_attrs_define
class Document:
    """A document of the application's knowledge base or policies. Its text is in its versions; the document endpoints send
    the active version's title and content too, and the version endpoints send the document without them.

        Attributes:
            id (str): Unique identifier of the document. Example: 4e8a2c6f-1b3d-4f9e-a7c5-8d2b6f4a1e3c.
            org_id (str): Organization ID that owns the document.
            application_id (str): ID of the application the document belongs to.
            type (DocumentType): What a document holds: knowledge the application draws on, or a policy it follows. Example:
                KNOWLEDGE.
            status (LifecycleStatus): Whether an eval definition, a document or a topic is still a draft or in use. Example:
                ACTIVE.
            is_verified (bool): Whether the document has been verified.
            optimized (bool): Whether the document has been optimized.
            created_at (datetime.datetime): When the document was created.
            modified_at (datetime.datetime): When the document was last modified.
            title (str | None): Title of the active version (document endpoints).
            content (str | None): Content of the active version (document endpoints).
            assignee (str | None): ID of the user the document is assigned to.
            topic_id (str | None): ID of the topic the document belongs to.
            scrape_job_id (str | None): ID of the scrape the document was made from.
            scrape_job (ScrapeJob | None): The scrape the document was made from.
            file_processing_id (str | None): ID of the file processing the document was made from.
            versions (list[DocumentVersion] | None): The versions of the document (document endpoints).
            tags (list[TagSummary] | None): The tags of the document (the document listing).
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Document]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Document]]

    id: str
    org_id: str
    application_id: str
    type: DocumentType
    status: LifecycleStatus
    is_verified: bool
    optimized: bool
    created_at: datetime.datetime
    modified_at: datetime.datetime
    title: str | None = None
    content: str | None = None
    assignee: str | None = None
    topic_id: str | None = None
    scrape_job_id: str | None = None
    scrape_job: ScrapeJob | None = None
    file_processing_id: str | None = None
    versions: list[DocumentVersion] | None = None
    tags: list[TagSummary] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        application_id = self.application_id

        type_ = self.type.value

        status = self.status.value

        is_verified = self.is_verified

        optimized = self.optimized

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "applicationId": application_id,
                "type": type_,
                "status": status,
                "isVerified": is_verified,
                "optimized": optimized,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if self.title is not None:
            field_dict["title"] = self.title
        if self.content is not None:
            field_dict["content"] = self.content
        if self.assignee is not None:
            field_dict["assignee"] = self.assignee
        elif "assignee" in self._null_keys:
            field_dict["assignee"] = None
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        elif "topicId" in self._null_keys:
            field_dict["topicId"] = None
        if self.scrape_job_id is not None:
            field_dict["scrapeJobId"] = self.scrape_job_id
        elif "scrapeJobId" in self._null_keys:
            field_dict["scrapeJobId"] = None
        if self.scrape_job is not None:
            if isinstance(self.scrape_job, ScrapeJob):
                field_dict["scrapeJob"] = self.scrape_job.to_dict()
            else:
                field_dict["scrapeJob"] = self.scrape_job
        elif "scrapeJob" in self._null_keys:
            field_dict["scrapeJob"] = None
        if self.file_processing_id is not None:
            field_dict["fileProcessingId"] = self.file_processing_id
        elif "fileProcessingId" in self._null_keys:
            field_dict["fileProcessingId"] = None
        if self.versions is not None:
            field_dict["versions"] = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                field_dict["versions"].append(versions_item)

        if self.tags is not None:
            field_dict["tags"] = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                field_dict["tags"].append(tags_item)

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

            _where_ = "applicationId"
            application_id = src_dict["applicationId"]
            if not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _where_ = "type"
            type_ = DocumentType.from_json(src_dict["type"])

            _where_ = "status"
            status = LifecycleStatus.from_json(src_dict["status"])

            _where_ = "isVerified"
            is_verified = src_dict["isVerified"]
            if not (isinstance(is_verified, bool)):
                raise _decoding.Mismatch("boolean", is_verified)

            _where_ = "optimized"
            optimized = src_dict["optimized"]
            if not (isinstance(optimized, bool)):
                raise _decoding.Mismatch("boolean", optimized)

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

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

            _where_ = "assignee"
            _assignee = src_dict.get("assignee", _ABSENT)
            assignee: str | None = None
            if _assignee is None:
                _nulls.append(_where_)
            elif _assignee is not _ABSENT:
                if isinstance(_assignee, str):
                    assignee = _assignee
                else:
                    raise _decoding.Mismatch("null or string", _assignee)

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

            _where_ = "scrapeJobId"
            _scrape_job_id = src_dict.get("scrapeJobId", _ABSENT)
            scrape_job_id: str | None = None
            if _scrape_job_id is None:
                _nulls.append(_where_)
            elif _scrape_job_id is not _ABSENT:
                if isinstance(_scrape_job_id, str):
                    scrape_job_id = _scrape_job_id
                else:
                    raise _decoding.Mismatch("null or string", _scrape_job_id)

            else:
                _absent += 1

            _where_ = "scrapeJob"
            _scrape_job = src_dict.get("scrapeJob", _ABSENT)
            scrape_job: ScrapeJob | None = None
            if _scrape_job is None:
                _nulls.append(_where_)
            elif _scrape_job is not _ABSENT:
                if isinstance(_scrape_job, dict):
                    scrape_job_type_0 = ScrapeJob.from_dict(_scrape_job)

                    scrape_job = scrape_job_type_0
                else:
                    raise _decoding.Mismatch("null or object", _scrape_job)

            else:
                _absent += 1

            _where_ = "fileProcessingId"
            _file_processing_id = src_dict.get("fileProcessingId", _ABSENT)
            file_processing_id: str | None = None
            if _file_processing_id is None:
                _nulls.append(_where_)
            elif _file_processing_id is not _ABSENT:
                if isinstance(_file_processing_id, str):
                    file_processing_id = _file_processing_id
                else:
                    raise _decoding.Mismatch("null or string", _file_processing_id)

            else:
                _absent += 1

            _where_ = "versions"
            _versions = src_dict.get("versions", _ABSENT)
            versions: list[DocumentVersion] | None = None
            if _versions is None:
                raise _decoding.Mismatch("array", None)
            elif _versions is not _ABSENT:
                _versions = _versions
                if True:
                    if not isinstance(_versions, list):
                        raise _decoding.Mismatch("array", _versions)
                    versions = []
                    for _index, versions_item_data in enumerate(_versions):
                        _where_ = ("versions", _index)
                        versions_item = DocumentVersion.from_dict(versions_item_data)

                        versions.append(versions_item)

            else:
                _absent += 1

            _where_ = "tags"
            _tags = src_dict.get("tags", _ABSENT)
            tags: list[TagSummary] | None = None
            if _tags is None:
                raise _decoding.Mismatch("array", None)
            elif _tags is not _ABSENT:
                _tags = _tags
                if True:
                    if not isinstance(_tags, list):
                        raise _decoding.Mismatch("array", _tags)
                    tags = []
                    for _index, tags_item_data in enumerate(_tags):
                        _where_ = ("tags", _index)
                        tags_item = TagSummary.from_dict(tags_item_data)

                        tags.append(tags_item)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            document = cls.__new__(cls)
            document.id = id
            document.org_id = org_id
            document.application_id = application_id
            document.type = type_
            document.status = status
            document.is_verified = is_verified
            document.optimized = optimized
            document.created_at = created_at
            document.modified_at = modified_at
            document.title = title
            document.content = content
            document.assignee = assignee
            document.topic_id = topic_id
            document.scrape_job_id = scrape_job_id
            document.scrape_job = scrape_job
            document.file_processing_id = file_processing_id
            document.versions = versions
            document.tags = tags
            document._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        document.additional_properties = d
        return document

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
from ..models.document_type import _KNOWN as _DocumentType_known  # noqa: E402

_DocumentType_member = _DocumentType_known.get
from ..models.lifecycle_status import _KNOWN as _LifecycleStatus_known  # noqa: E402

_LifecycleStatus_member = _LifecycleStatus_known.get
_new = Document.__new__


def _decode(d: Any) -> Document:
    """Document.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 9  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Document)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    v = d["applicationId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.application_id = v
    o.type = _DocumentType_member(d["type"]) or DocumentType.from_json(d["type"])
    o.status = _LifecycleStatus_member(d["status"]) or LifecycleStatus.from_json(d["status"])
    v = d["isVerified"]
    if v.__class__ is not bool:
        raise _decoding.FastPathMiss
    o.is_verified = v
    v = d["optimized"]
    if v.__class__ is not bool:
        raise _decoding.FastPathMiss
    o.optimized = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    if "title" in d:
        v = d["title"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.title = v
    else:
        o.title = None
    if "content" in d:
        v = d["content"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.content = v
    else:
        o.content = None
    if "assignee" in d:
        v = d["assignee"]
        known += 1
        if v is None:
            nulls += ("assignee",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.assignee = v
    else:
        o.assignee = None
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
    if "scrapeJobId" in d:
        v = d["scrapeJobId"]
        known += 1
        if v is None:
            nulls += ("scrapeJobId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.scrape_job_id = v
    else:
        o.scrape_job_id = None
    if "scrapeJob" in d:
        v = d["scrapeJob"]
        known += 1
        if v is None:
            nulls += ("scrapeJob",)
        else:
            if v.__class__ is dict:
                v = _decode_ScrapeJob(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.scrape_job = v
    else:
        o.scrape_job = None
    if "fileProcessingId" in d:
        v = d["fileProcessingId"]
        known += 1
        if v is None:
            nulls += ("fileProcessingId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.file_processing_id = v
    else:
        o.file_processing_id = None
    if "versions" in d:
        v = d["versions"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_DocumentVersion, v))
        o.versions = v
    else:
        o.versions = None
    if "tags" in d:
        v = d["tags"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_TagSummary, v))
        o.tags = v
    else:
        o.tags = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Document._decode_fast = _decode

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
            "application_id": "applicationId",
            "type_": "type",
            "status": "status",
            "is_verified": "isVerified",
            "optimized": "optimized",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "title": "title",
            "content": "content",
            "assignee": "assignee",
            "topic_id": "topicId",
            "scrape_job_id": "scrapeJobId",
            "scrape_job": "scrapeJob",
            "file_processing_id": "fileProcessingId",
            "versions": "versions",
            "tags": "tags",
        },
    ):
        id: str
        org_id: str
        application_id: str
        type_: str
        status: str
        is_verified: bool
        optimized: bool
        created_at: str
        modified_at: str
        title: str | _msgspec.UnsetType = _msgspec.UNSET
        content: str | _msgspec.UnsetType = _msgspec.UNSET
        assignee: str | None | _msgspec.UnsetType = _msgspec.UNSET
        topic_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        scrape_job_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        scrape_job: _Struct_ScrapeJob | None | _msgspec.UnsetType = _msgspec.UNSET
        file_processing_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        versions: list[_Struct_DocumentVersion] | _msgspec.UnsetType = _msgspec.UNSET
        tags: list[_Struct_TagSummary] | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Document:
        """Document from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Document)
        o.id = s.id
        o.org_id = s.org_id
        o.application_id = s.application_id
        o.type = _DocumentType_member(s.type_) or DocumentType.from_json(s.type_)
        o.status = _LifecycleStatus_member(s.status) or LifecycleStatus.from_json(s.status)
        o.is_verified = s.is_verified
        o.optimized = s.optimized
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        v = s.title
        if v is _UNSET:
            v = None
        o.title = v
        v = s.content
        if v is _UNSET:
            v = None
        o.content = v
        v = s.assignee
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("assignee")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.assignee = v
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
        v = s.scrape_job_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("scrapeJobId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.scrape_job_id = v
        v = s.scrape_job
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("scrapeJob")
        else:
            if v.__class__ is _Struct_ScrapeJob:
                v = _from_struct_ScrapeJob(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.scrape_job = v
        v = s.file_processing_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("fileProcessingId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.file_processing_id = v
        v = s.versions
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_DocumentVersion, v))
        o.versions = v
        v = s.tags
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_TagSummary, v))
        o.tags = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Document._struct = _Struct
    Document._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.document_version import DocumentVersion  # noqa: E402
from ..models.document_version import _decode as _decode_DocumentVersion  # noqa: E402
from ..models.scrape_job import ScrapeJob  # noqa: E402
from ..models.scrape_job import _decode as _decode_ScrapeJob  # noqa: E402
from ..models.tag_summary import TagSummary  # noqa: E402
from ..models.tag_summary import _decode as _decode_TagSummary  # noqa: E402

if _msgspec is not None:
    from ..models.document_version import _from_struct as _from_struct_DocumentVersion  # noqa: E402
    from ..models.document_version import _Struct as _Struct_DocumentVersion  # noqa: E402
    from ..models.scrape_job import _from_struct as _from_struct_ScrapeJob  # noqa: E402
    from ..models.scrape_job import _Struct as _Struct_ScrapeJob  # noqa: E402
    from ..models.tag_summary import _from_struct as _from_struct_TagSummary  # noqa: E402
    from ..models.tag_summary import _Struct as _Struct_TagSummary  # noqa: E402
