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

import datetime

from ..models.document_type import DocumentType
from ..models.document_version_status import DocumentVersionStatus

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "documentId",
        "versionNumber",
        "orgId",
        "applicationId",
        "title",
        "content",
        "language",
        "type",
        "status",
        "metadata",
        "originalSentences",
        "createdAt",
        "modifiedAt",
    }
)


@_attrs_define
class DocumentVersion:
    """One version of a document.

    Attributes:
        id (str): Unique identifier of the version.
        document_id (str): ID of the document.
        version_number (int): Number of the version within its document, from 1. Example: 1.
        org_id (str): Organization ID that owns the document.
        application_id (str): ID of the application the document belongs to.
        title (str): Title of the document in this version.
        content (str): Content of the document in this version.
        language (str): Language of the version. Example: en.
        type (DocumentType): What a document holds: knowledge the application draws on, or a policy it follows. Example:
            KNOWLEDGE.
        status (DocumentVersionStatus): Where a version of a document is in its review. Example: APPROVED.
        metadata (Any): Free-form metadata of the version: a JSON object.
        original_sentences (list[str]): The sentences of the source the version was made from.
        created_at (datetime.datetime): When the version was created.
        modified_at (datetime.datetime): When the version was last modified.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], DocumentVersion]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], DocumentVersion]]

    id: str
    document_id: str
    version_number: int
    org_id: str
    application_id: str
    title: str
    content: str
    language: str
    type: DocumentType
    status: DocumentVersionStatus
    metadata: Any
    original_sentences: list[str]
    created_at: datetime.datetime
    modified_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        version_number = self.version_number

        org_id = self.org_id

        application_id = self.application_id

        title = self.title

        content = self.content

        language = self.language

        type_ = self.type.value

        status = self.status.value

        metadata = self.metadata

        original_sentences = self.original_sentences

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "documentId": document_id,
                "versionNumber": version_number,
                "orgId": org_id,
                "applicationId": application_id,
                "title": title,
                "content": content,
                "language": language,
                "type": type_,
                "status": status,
                "metadata": metadata,
                "originalSentences": original_sentences,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )

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
            _where_ = "id"
            id = src_dict["id"]
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _where_ = "documentId"
            document_id = src_dict["documentId"]
            if not (isinstance(document_id, str)):
                raise _decoding.Mismatch("string", document_id)

            _where_ = "versionNumber"
            version_number = src_dict["versionNumber"]
            if not (isinstance(version_number, int) and not isinstance(version_number, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(version_number, float) and version_number.is_integer():
                    version_number = int(version_number)
                else:
                    raise _decoding.Mismatch("integer", version_number)

            _where_ = "orgId"
            org_id = src_dict["orgId"]
            if not (isinstance(org_id, str)):
                raise _decoding.Mismatch("string", org_id)

            _where_ = "applicationId"
            application_id = src_dict["applicationId"]
            if not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _where_ = "title"
            title = src_dict["title"]
            if not (isinstance(title, str)):
                raise _decoding.Mismatch("string", title)

            _where_ = "content"
            content = src_dict["content"]
            if not (isinstance(content, str)):
                raise _decoding.Mismatch("string", content)

            _where_ = "language"
            language = src_dict["language"]
            if not (isinstance(language, str)):
                raise _decoding.Mismatch("string", language)

            _where_ = "type"
            type_ = DocumentType.from_json(src_dict["type"])

            _where_ = "status"
            status = DocumentVersionStatus.from_json(src_dict["status"])

            _where_ = "metadata"
            metadata = src_dict["metadata"]

            _where_ = "originalSentences"
            _original_sentences = src_dict["originalSentences"]
            if True:
                if not isinstance(_original_sentences, list):
                    raise _decoding.Mismatch("array", _original_sentences)
                original_sentences = []
                for _index, original_sentences_item_data in enumerate(_original_sentences):
                    _where_ = ("originalSentences", _index)
                    if not (isinstance(original_sentences_item_data, str)):
                        raise _decoding.Mismatch("string", original_sentences_item_data)
                    original_sentences.append(original_sentences_item_data)

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            document_version = cls.__new__(cls)
            document_version.id = id
            document_version.document_id = document_id
            document_version.version_number = version_number
            document_version.org_id = org_id
            document_version.application_id = application_id
            document_version.title = title
            document_version.content = content
            document_version.language = language
            document_version.type = type_
            document_version.status = status
            document_version.metadata = metadata
            document_version.original_sentences = original_sentences
            document_version.created_at = created_at
            document_version.modified_at = modified_at
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 14 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        document_version.additional_properties = d
        return document_version

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
from ..models.document_version_status import _KNOWN as _DocumentVersionStatus_known  # noqa: E402

_DocumentVersionStatus_member = _DocumentVersionStatus_known.get
_new = DocumentVersion.__new__


def _decode(d: Any) -> DocumentVersion:
    """DocumentVersion.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(DocumentVersion)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["documentId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.document_id = v
    v = d["versionNumber"]
    if v.__class__ is not int:
        raise _decoding.FastPathMiss
    o.version_number = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    v = d["applicationId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.application_id = v
    v = d["title"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.title = v
    v = d["content"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.content = v
    v = d["language"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.language = v
    o.type = _DocumentType_member(d["type"]) or DocumentType.from_json(d["type"])
    o.status = _DocumentVersionStatus_member(d["status"]) or DocumentVersionStatus.from_json(d["status"])
    o.metadata = d["metadata"]
    v = d["originalSentences"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    for _item0 in v:
        if _item0.__class__ is not str:
            raise _decoding.FastPathMiss
    v = list(v)
    o.original_sentences = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    o.additional_properties = {} if len(d) == 14 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


DocumentVersion._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "document_id": "documentId",
            "version_number": "versionNumber",
            "org_id": "orgId",
            "application_id": "applicationId",
            "title": "title",
            "content": "content",
            "language": "language",
            "type_": "type",
            "status": "status",
            "metadata": "metadata",
            "original_sentences": "originalSentences",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
        },
    ):
        id: str
        document_id: str
        version_number: int
        org_id: str
        application_id: str
        title: str
        content: str
        language: str
        type_: str
        status: str
        metadata: Any
        original_sentences: list[str]
        created_at: str
        modified_at: str

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> DocumentVersion:
        """DocumentVersion from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(DocumentVersion)
        o.id = s.id
        o.document_id = s.document_id
        o.version_number = s.version_number
        o.org_id = s.org_id
        o.application_id = s.application_id
        o.title = s.title
        o.content = s.content
        o.language = s.language
        o.type = _DocumentType_member(s.type_) or DocumentType.from_json(s.type_)
        o.status = _DocumentVersionStatus_member(s.status) or DocumentVersionStatus.from_json(s.status)
        o.metadata = s.metadata
        o.original_sentences = s.original_sentences
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        o.additional_properties = {}
        return o

    DocumentVersion._struct = _Struct
    DocumentVersion._from_struct = _from_struct
