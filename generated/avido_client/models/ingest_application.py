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

from ..models.application_environment import ApplicationEnvironment
from ..models.application_type import ApplicationType

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "title",
        "slug",
        "description",
        "context",
        "type",
        "humanAnnotationEnabled",
        "environment",
        "language",
        "createdAt",
        "modifiedAt",
    }
)


@_attrs_define
class IngestApplication:
    """The application of an eval definition sent with an ingested evaluation.

    Attributes:
        id (str): Unique identifier of the application.
        org_id (str): Organization ID that owns the application.
        title (str): Title of the application.
        slug (str): URL-friendly slug of the application.
        description (str): Description of the application.
        context (str): Context or instructions of the application.
        type (ApplicationType): Type of the application. Example: CHATBOT.
        human_annotation_enabled (bool): Whether human annotation is enabled for the application.
        environment (ApplicationEnvironment | None): Environment of the application. Defaults to DEV. Example: DEV.
        language (str | None): Language of the application, as an ISO 639-1 code (da, de, en, es, fr, it, nl, pt or sv).
        created_at (datetime.datetime | None): When the application was created.
        modified_at (datetime.datetime | None): When the application was last modified.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestApplication]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestApplication]]

    id: str
    org_id: str
    title: str
    slug: str
    description: str
    context: str
    type: ApplicationType
    human_annotation_enabled: bool
    environment: ApplicationEnvironment | None = None
    language: str | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        title = self.title

        slug = self.slug

        description = self.description

        context = self.context

        type_ = self.type.value

        human_annotation_enabled = self.human_annotation_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "title": title,
                "slug": slug,
                "description": description,
                "context": context,
                "type": type_,
                "humanAnnotationEnabled": human_annotation_enabled,
            }
        )
        if self.environment is not None:
            field_dict["environment"] = self.environment.value
        if self.language is not None:
            field_dict["language"] = self.language
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.modified_at is not None:
            field_dict["modifiedAt"] = self.modified_at.isoformat()

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

            _where_ = "slug"
            slug = src_dict["slug"]
            if not (isinstance(slug, str)):
                raise _decoding.Mismatch("string", slug)

            _where_ = "description"
            description = src_dict["description"]
            if not (isinstance(description, str)):
                raise _decoding.Mismatch("string", description)

            _where_ = "context"
            context = src_dict["context"]
            if not (isinstance(context, str)):
                raise _decoding.Mismatch("string", context)

            _where_ = "type"
            type_ = ApplicationType.from_json(src_dict["type"])

            _where_ = "humanAnnotationEnabled"
            human_annotation_enabled = src_dict["humanAnnotationEnabled"]
            if not (isinstance(human_annotation_enabled, bool)):
                raise _decoding.Mismatch("boolean", human_annotation_enabled)

            _where_ = "environment"
            _environment = src_dict.get("environment", _ABSENT)
            environment: ApplicationEnvironment | None = None
            if _environment is None:
                raise _decoding.Mismatch("string", None)
            elif _environment is not _ABSENT:
                environment = ApplicationEnvironment.from_json(_environment)

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

            _where_ = "createdAt"
            _created_at = src_dict.get("createdAt", _ABSENT)
            created_at: datetime.datetime | None = None
            if _created_at is None:
                raise _decoding.Mismatch("date-time string", None)
            elif _created_at is not _ABSENT:
                created_at = datetime.datetime.fromisoformat(_created_at)

            else:
                _absent += 1

            _where_ = "modifiedAt"
            _modified_at = src_dict.get("modifiedAt", _ABSENT)
            modified_at: datetime.datetime | None = None
            if _modified_at is None:
                raise _decoding.Mismatch("date-time string", None)
            elif _modified_at is not _ABSENT:
                modified_at = datetime.datetime.fromisoformat(_modified_at)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            ingest_application = cls.__new__(cls)
            ingest_application.id = id
            ingest_application.org_id = org_id
            ingest_application.title = title
            ingest_application.slug = slug
            ingest_application.description = description
            ingest_application.context = context
            ingest_application.type = type_
            ingest_application.human_annotation_enabled = human_annotation_enabled
            ingest_application.environment = environment
            ingest_application.language = language
            ingest_application.created_at = created_at
            ingest_application.modified_at = modified_at
            ingest_application._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 12 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        ingest_application.additional_properties = d
        return ingest_application

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
from ..models.application_environment import _KNOWN as _ApplicationEnvironment_known  # noqa: E402

_ApplicationEnvironment_member = _ApplicationEnvironment_known.get
from ..models.application_type import _KNOWN as _ApplicationType_known  # noqa: E402

_ApplicationType_member = _ApplicationType_known.get
_new = IngestApplication.__new__


def _decode(d: Any) -> IngestApplication:
    """IngestApplication.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 8  # the keys the spec names that came
    o = _new(IngestApplication)
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
    v = d["slug"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.slug = v
    v = d["description"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.description = v
    v = d["context"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.context = v
    o.type = _ApplicationType_member(d["type"]) or ApplicationType.from_json(d["type"])
    v = d["humanAnnotationEnabled"]
    if v.__class__ is not bool:
        raise _decoding.FastPathMiss
    o.human_annotation_enabled = v
    if "environment" in d:
        v = d["environment"]
        known += 1
        v = _ApplicationEnvironment_member(v) or ApplicationEnvironment.from_json(v)
        o.environment = v
    else:
        o.environment = None
    if "language" in d:
        v = d["language"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.language = v
    else:
        o.language = None
    if "createdAt" in d:
        v = d["createdAt"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.created_at = v
    else:
        o.created_at = None
    if "modifiedAt" in d:
        v = d["modifiedAt"]
        known += 1
        v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.modified_at = v
    else:
        o.modified_at = None
    o._null_keys = _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IngestApplication._decode_fast = _decode

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
            "slug": "slug",
            "description": "description",
            "context": "context",
            "type_": "type",
            "human_annotation_enabled": "humanAnnotationEnabled",
            "environment": "environment",
            "language": "language",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
        },
    ):
        id: str
        org_id: str
        title: str
        slug: str
        description: str
        context: str
        type_: str
        human_annotation_enabled: bool
        environment: str | _msgspec.UnsetType = _msgspec.UNSET
        language: str | _msgspec.UnsetType = _msgspec.UNSET
        created_at: str | _msgspec.UnsetType = _msgspec.UNSET
        modified_at: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestApplication:
        """IngestApplication from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(IngestApplication)
        o.id = s.id
        o.org_id = s.org_id
        o.title = s.title
        o.slug = s.slug
        o.description = s.description
        o.context = s.context
        o.type = _ApplicationType_member(s.type_) or ApplicationType.from_json(s.type_)
        o.human_annotation_enabled = s.human_annotation_enabled
        v = s.environment
        if v is _UNSET:
            v = None
        else:
            v = _ApplicationEnvironment_member(v) or ApplicationEnvironment.from_json(v)
        o.environment = v
        v = s.language
        if v is _UNSET:
            v = None
        o.language = v
        v = s.created_at
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.created_at = v
        v = s.modified_at
        if v is _UNSET:
            v = None
        else:
            v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
        o.modified_at = v
        o._null_keys = _NO_NULLS
        o.additional_properties = {}
        return o

    IngestApplication._struct = _Struct
    IngestApplication._from_struct = _from_struct
