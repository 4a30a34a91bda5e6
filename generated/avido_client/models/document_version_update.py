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


from ..models.document_version_status import DocumentVersionStatus

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "content",
        "status",
        "language",
        "metadata",
        "originalSentences",
    }
)


@_attrs_define
class DocumentVersionUpdate:
    """Changes to a version of a document: only the fields given change.

    Attributes:
        title (str | None): The new title.
        content (str | None): The new content.
        status (DocumentVersionStatus | None): Where a version of a document is in its review. Example: APPROVED.
        language (str | None): The new language.
        metadata (Any | None): The new metadata: a JSON object.
        original_sentences (list[str] | None): The new source sentences.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], DocumentVersionUpdate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], DocumentVersionUpdate]]

    title: str | None = None
    content: str | None = None
    status: DocumentVersionStatus | None = None
    language: str | None = None
    metadata: Any | None = None
    original_sentences: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not None:
            field_dict["title"] = self.title
        if self.content is not None:
            field_dict["content"] = self.content
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

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            document_version_update = cls.__new__(cls)
            document_version_update.title = title
            document_version_update.content = content
            document_version_update.status = status
            document_version_update.language = language
            document_version_update.metadata = metadata
            document_version_update.original_sentences = original_sentences
            document_version_update._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 6 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        document_version_update.additional_properties = d
        return document_version_update

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


from ..models.document_version_status import _KNOWN as _DocumentVersionStatus_known  # noqa: E402

_DocumentVersionStatus_member = _DocumentVersionStatus_known.get
_new = DocumentVersionUpdate.__new__


def _decode(d: Any) -> DocumentVersionUpdate:
    """DocumentVersionUpdate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 0  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(DocumentVersionUpdate)
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
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


DocumentVersionUpdate._decode_fast = _decode

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
            "status": "status",
            "language": "language",
            "metadata": "metadata",
            "original_sentences": "originalSentences",
        },
    ):
        title: str | _msgspec.UnsetType = _msgspec.UNSET
        content: str | _msgspec.UnsetType = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        language: str | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET
        original_sentences: list[str] | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> DocumentVersionUpdate:
        """DocumentVersionUpdate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(DocumentVersionUpdate)
        v = s.title
        if v is _UNSET:
            v = None
        o.title = v
        v = s.content
        if v is _UNSET:
            v = None
        o.content = v
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
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    DocumentVersionUpdate._struct = _Struct
    DocumentVersionUpdate._from_struct = _from_struct
