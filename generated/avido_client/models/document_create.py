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


from ..models.document_type import DocumentType
from ..models.document_version_status import DocumentVersionStatus

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "content",
        "type",
        "status",
        "language",
        "metadata",
        "originalSentences",
        "assignee",
        "topicId",
        "scrapeJobId",
    }
)


@_attrs_define
class DocumentCreate:
    """A document to create, with its first version.

    Attributes:
        title (str): Title of the first version. Example: Blocking a lost card.
        content (str): Content of the first version.
        type (DocumentType | None): What a document holds: knowledge the application draws on, or a policy it follows.
            Example: KNOWLEDGE.
        status (DocumentVersionStatus | None): Where a version of a document is in its review. Example: APPROVED.
        language (str | None): Language of the first version. Example: en.
        metadata (Any | None): Free-form metadata of the first version: a JSON object.
        original_sentences (list[str] | None): The sentences of the source the document is made from.
        assignee (str | None): ID of the user to assign the document to; the caller when left out.
        topic_id (str | None): ID of the topic the document belongs to.
        scrape_job_id (str | None): ID of the scrape the document was made from.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], DocumentCreate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], DocumentCreate]]

    title: str
    content: str
    type: DocumentType | None = None
    status: DocumentVersionStatus | None = None
    language: str | None = None
    metadata: Any | None = None
    original_sentences: list[str] | None = None
    assignee: str | None = None
    topic_id: str | None = None
    scrape_job_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "content": content,
            }
        )
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.language is not None:
            field_dict["language"] = self.language
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None
        if self.original_sentences is not None:
            field_dict["originalSentences"] = self.original_sentences

        if self.assignee is not None:
            field_dict["assignee"] = self.assignee
        if self.topic_id is not None:
            field_dict["topicId"] = self.topic_id
        if self.scrape_job_id is not None:
            field_dict["scrapeJobId"] = self.scrape_job_id

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

            _where_ = "content"
            content = src_dict["content"]
            if not (isinstance(content, str)):
                raise _decoding.Mismatch("string", content)

            _where_ = "type"
            _type_ = src_dict.get("type", _ABSENT)
            type_: DocumentType | None = None
            if _type_ is None:
                raise _decoding.Mismatch("string", None)
            elif _type_ is not _ABSENT:
                type_ = DocumentType.from_json(_type_)

            else:
                _absent += 1

            _where_ = "status"
            _status = src_dict.get("status", _ABSENT)
            status: DocumentVersionStatus | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = DocumentVersionStatus.from_json(_status)

            else:
                _absent += 1

            _where_ = "language"
            _language = src_dict.get("language", _ABSENT)
            language: str | None = None
            if _language is None:
                raise _decoding.Mismatch("string", None)
            elif _language is not _ABSENT:
                language = _language
                if not (isinstance(language, str)):
                    raise _decoding.Mismatch("string", language)

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

            _where_ = "originalSentences"
            _original_sentences = src_dict.get("originalSentences", _ABSENT)
            original_sentences: list[str] | None = None
            if _original_sentences is None:
                raise _decoding.Mismatch("array", None)
            elif _original_sentences is not _ABSENT:
                _original_sentences = _original_sentences
                if True:
                    if not isinstance(_original_sentences, list):
                        raise _decoding.Mismatch("array", _original_sentences)
                    original_sentences = []
                    for _index, original_sentences_item_data in enumerate(_original_sentences):
                        _where_ = ("originalSentences", _index)
                        if not (isinstance(original_sentences_item_data, str)):
                            raise _decoding.Mismatch("string", original_sentences_item_data)
                        original_sentences.append(original_sentences_item_data)

            else:
                _absent += 1

            _where_ = "assignee"
            _assignee = src_dict.get("assignee", _ABSENT)
            assignee: str | None = None
            if _assignee is None:
                raise _decoding.Mismatch("string", None)
            elif _assignee is not _ABSENT:
                assignee = _assignee
                if not (isinstance(assignee, str)):
                    raise _decoding.Mismatch("string", assignee)

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

            _where_ = "scrapeJobId"
            _scrape_job_id = src_dict.get("scrapeJobId", _ABSENT)
            scrape_job_id: str | None = None
            if _scrape_job_id is None:
                raise _decoding.Mismatch("string", None)
            elif _scrape_job_id is not _ABSENT:
                scrape_job_id = _scrape_job_id
                if not (isinstance(scrape_job_id, str)):
                    raise _decoding.Mismatch("string", scrape_job_id)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            document_create = cls.__new__(cls)
            document_create.title = title
            document_create.content = content
            document_create.type = type_
            document_create.status = status
            document_create.language = language
            document_create.metadata = metadata
            document_create.original_sentences = original_sentences
            document_create.assignee = assignee
            document_create.topic_id = topic_id
            document_create.scrape_job_id = scrape_job_id
            document_create._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 10 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        document_create.additional_properties = d
        return document_create

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


from ..models.document_type import _KNOWN as _DocumentType_known  # noqa: E402

_DocumentType_member = _DocumentType_known.get
from ..models.document_version_status import _KNOWN as _DocumentVersionStatus_known  # noqa: E402

_DocumentVersionStatus_member = _DocumentVersionStatus_known.get
_new = DocumentCreate.__new__


def _decode(d: Any) -> DocumentCreate:
    """DocumentCreate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(DocumentCreate)
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    v = d["content"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.content = v
    if "type" in d:
        v = d["type"]
        known += 1
        v = _DocumentType_member(v) or DocumentType.from_json(v)
        o.type = v
    else:
        o.type = None
    if "status" in d:
        v = d["status"]
        known += 1
        v = _DocumentVersionStatus_member(v) or DocumentVersionStatus.from_json(v)
        o.status = v
    else:
        o.status = None
    if "language" in d:
        v = d["language"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.language = v
    else:
        o.language = None
    if "metadata" in d:
        v = d["metadata"]
        known += 1
        if v is None:
            nulls += ("metadata",)
        o.metadata = v
    else:
        o.metadata = None
    if "originalSentences" in d:
        v = d["originalSentences"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        for _item0 in v:
            if _item0.__class__ is not str:
                raise _decoding.FastPathMiss
        v = list(v)
        o.original_sentences = v
    else:
        o.original_sentences = None
    if "assignee" in d:
        v = d["assignee"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.assignee = v
    else:
        o.assignee = None
    if "topicId" in d:
        v = d["topicId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.topic_id = v
    else:
        o.topic_id = None
    if "scrapeJobId" in d:
        v = d["scrapeJobId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.scrape_job_id = v
    else:
        o.scrape_job_id = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


DocumentCreate._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "title": "title",
            "content": "content",
            "type_": "type",
            "status": "status",
            "language": "language",
            "metadata": "metadata",
            "original_sentences": "originalSentences",
            "assignee": "assignee",
            "topic_id": "topicId",
            "scrape_job_id": "scrapeJobId",
        },
    ):
        title: str
        content: str
        type_: str | _msgspec.UnsetType = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        language: str | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        original_sentences: list[str] | _msgspec.UnsetType = _msgspec.UNSET
        assignee: str | _msgspec.UnsetType = _msgspec.UNSET
        topic_id: str | _msgspec.UnsetType = _msgspec.UNSET
        scrape_job_id: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> DocumentCreate:
        """DocumentCreate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(DocumentCreate)
        o.title = s.title
        o.content = s.content
        v = s.type_
        if v is _UNSET:
            v = None
        else:
            v = _DocumentType_member(v) or DocumentType.from_json(v)
        o.type = v
        v = s.status
        if v is _UNSET:
            v = None
        else:
            v = _DocumentVersionStatus_member(v) or DocumentVersionStatus.from_json(v)
        o.status = v
        v = s.language
        if v is _UNSET:
            v = None
        o.language = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        v = s.original_sentences
        if v is _UNSET:
            v = None
        o.original_sentences = v
        v = s.assignee
        if v is _UNSET:
            v = None
        o.assignee = v
        v = s.topic_id
        if v is _UNSET:
            v = None
        o.topic_id = v
        v = s.scrape_job_id
        if v is _UNSET:
            v = None
        o.scrape_job_id = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    DocumentCreate._struct = _Struct
    DocumentCreate._from_struct = _from_struct
