from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding

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
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            _nulls: list[str] = []
            _absent = 0
            _key = "title"
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

            _key = "content"
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

            _key = "status"
            _status = src_dict.get("status", _ABSENT)
            status: DocumentVersionStatus | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = DocumentVersionStatus.from_json(_status)

            else:
                _absent += 1

            _key = "language"
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

            _key = "metadata"
            _metadata = src_dict.get("metadata", _ABSENT)
            metadata: Any | None = None
            if _metadata is None:
                _nulls.append(_key)
            elif _metadata is not _ABSENT:
                metadata = _metadata

            else:
                _absent += 1

            _key = "originalSentences"
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
                        _key = ("originalSentences", _index)
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
            _located = _decoding.locate(_exc, _key, src_dict)
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
