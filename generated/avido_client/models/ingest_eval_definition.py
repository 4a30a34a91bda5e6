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

from ..models.current_eval_type import CurrentEvalType

if TYPE_CHECKING:
    from ..models.eval_config import EvalConfig
    from ..models.ingest_application import IngestApplication


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "application",
        "globalConfig",
        "styleGuideId",
        "topics",
        "createdAt",
        "modifiedAt",
    }
)


@_attrs_define
class IngestEvalDefinition:
    """The eval definition of an ingested evaluation.

    Attributes:
        id (str): Unique identifier of the eval definition.
        name (str): Name of the eval definition.
        type (CurrentEvalType): The types an eval definition is created with today (`EvalType` also holds the values
            earlier releases of the API sent). Example: CUSTOM.
        application (IngestApplication | None): The application the eval definition belongs to, or null.
        global_config (EvalConfig | None): How an eval is set up. A CUSTOM eval takes `criterion`; an OUTPUT_MATCH eval
            takes `type` and, for a list, `matchMode` (and optionally `extract`, `passThreshold`, `scoreMetric`). The SDK
            has a model for each; this one schema holds them all (docs/spec-decisions.md).
        style_guide_id (str | None): ID of the style guide the eval checks against, for style evals.
        topics (list[str] | None): IDs of the topics the eval definition is limited to.
        created_at (datetime.datetime | None): When the eval definition was created.
        modified_at (datetime.datetime | None): When the eval definition was last modified.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestEvalDefinition]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestEvalDefinition]]

    id: str
    name: str
    type: CurrentEvalType
    application: IngestApplication | None = None
    global_config: EvalConfig | None = None
    style_guide_id: str | None = None
    topics: list[str] | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if self.application is not None:
            if isinstance(self.application, IngestApplication):
                field_dict["application"] = self.application.to_dict()
            else:
                field_dict["application"] = self.application
        elif "application" in self._null_keys:
            field_dict["application"] = None
        if self.global_config is not None:
            field_dict["globalConfig"] = self.global_config.to_dict()
        if self.style_guide_id is not None:
            field_dict["styleGuideId"] = self.style_guide_id
        elif "styleGuideId" in self._null_keys:
            field_dict["styleGuideId"] = None
        if self.topics is not None:
            field_dict["topics"] = self.topics

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

            _where_ = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise _decoding.Mismatch("string", name)

            _where_ = "type"
            type_ = CurrentEvalType.from_json(src_dict["type"])

            _where_ = "application"
            _application = src_dict.get("application", _ABSENT)
            application: IngestApplication | None = None
            if _application is None:
                _nulls.append(_where_)
            elif _application is not _ABSENT:
                if isinstance(_application, dict):
                    application_type_0 = IngestApplication.from_dict(_application)

                    application = application_type_0
                else:
                    raise _decoding.Mismatch("null or object", _application)

            else:
                _absent += 1

            _where_ = "globalConfig"
            _global_config = src_dict.get("globalConfig", _ABSENT)
            global_config: EvalConfig | None = None
            if _global_config is None:
                raise _decoding.Mismatch("object", None)
            elif _global_config is not _ABSENT:
                global_config = EvalConfig.from_dict(_global_config)

            else:
                _absent += 1

            _where_ = "styleGuideId"
            _style_guide_id = src_dict.get("styleGuideId", _ABSENT)
            style_guide_id: str | None = None
            if _style_guide_id is None:
                _nulls.append(_where_)
            elif _style_guide_id is not _ABSENT:
                if isinstance(_style_guide_id, str):
                    style_guide_id = _style_guide_id
                else:
                    raise _decoding.Mismatch("null or string", _style_guide_id)

            else:
                _absent += 1

            _where_ = "topics"
            _topics = src_dict.get("topics", _ABSENT)
            topics: list[str] | None = None
            if _topics is None:
                raise _decoding.Mismatch("array", None)
            elif _topics is not _ABSENT:
                _topics = _topics
                if True:
                    if not isinstance(_topics, list):
                        raise _decoding.Mismatch("array", _topics)
                    topics = []
                    for _index, topics_item_data in enumerate(_topics):
                        _where_ = ("topics", _index)
                        if not (isinstance(topics_item_data, str)):
                            raise _decoding.Mismatch("string", topics_item_data)
                        topics.append(topics_item_data)

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
            ingest_eval_definition = cls.__new__(cls)
            ingest_eval_definition.id = id
            ingest_eval_definition.name = name
            ingest_eval_definition.type = type_
            ingest_eval_definition.application = application
            ingest_eval_definition.global_config = global_config
            ingest_eval_definition.style_guide_id = style_guide_id
            ingest_eval_definition.topics = topics
            ingest_eval_definition.created_at = created_at
            ingest_eval_definition.modified_at = modified_at
            ingest_eval_definition._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 9 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        ingest_eval_definition.additional_properties = d
        return ingest_eval_definition

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
from ..models.current_eval_type import _KNOWN as _CurrentEvalType_known  # noqa: E402

_CurrentEvalType_member = _CurrentEvalType_known.get
_new = IngestEvalDefinition.__new__


def _decode(d: Any) -> IngestEvalDefinition:
    """IngestEvalDefinition.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 3  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(IngestEvalDefinition)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["name"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.name = v
    o.type = _CurrentEvalType_member(d["type"]) or CurrentEvalType.from_json(d["type"])
    if "application" in d:
        v = d["application"]
        known += 1
        if v is None:
            nulls += ("application",)
        else:
            if v.__class__ is dict:
                v = _decode_IngestApplication(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.application = v
    else:
        o.application = None
    if "globalConfig" in d:
        v = d["globalConfig"]
        known += 1
        v = _decode_EvalConfig(v)
        o.global_config = v
    else:
        o.global_config = None
    if "styleGuideId" in d:
        v = d["styleGuideId"]
        known += 1
        if v is None:
            nulls += ("styleGuideId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.style_guide_id = v
    else:
        o.style_guide_id = None
    if "topics" in d:
        v = d["topics"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        for _item0 in v:
            if _item0.__class__ is not str:
                raise _decoding.FastPathMiss
        v = list(v)
        o.topics = v
    else:
        o.topics = None
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
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


IngestEvalDefinition._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "name": "name",
            "type_": "type",
            "application": "application",
            "global_config": "globalConfig",
            "style_guide_id": "styleGuideId",
            "topics": "topics",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
        },
    ):
        id: str
        name: str
        type_: str
        application: _Struct_IngestApplication | None | _msgspec.UnsetType = _msgspec.UNSET
        global_config: _Struct_EvalConfig | _msgspec.UnsetType = _msgspec.UNSET
        style_guide_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        topics: list[str] | _msgspec.UnsetType = _msgspec.UNSET
        created_at: str | _msgspec.UnsetType = _msgspec.UNSET
        modified_at: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestEvalDefinition:
        """IngestEvalDefinition from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(IngestEvalDefinition)
        o.id = s.id
        o.name = s.name
        o.type = _CurrentEvalType_member(s.type_) or CurrentEvalType.from_json(s.type_)
        v = s.application
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("application")
        else:
            if v.__class__ is _Struct_IngestApplication:
                v = _from_struct_IngestApplication(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.application = v
        v = s.global_config
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_EvalConfig(v)
        o.global_config = v
        v = s.style_guide_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("styleGuideId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.style_guide_id = v
        v = s.topics
        if v is _UNSET:
            v = None
        o.topics = v
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
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    IngestEvalDefinition._struct = _Struct
    IngestEvalDefinition._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_config import EvalConfig  # noqa: E402
from ..models.eval_config import _decode as _decode_EvalConfig  # noqa: E402
from ..models.ingest_application import IngestApplication  # noqa: E402
from ..models.ingest_application import _decode as _decode_IngestApplication  # noqa: E402

if _msgspec is not None:
    from ..models.eval_config import _from_struct as _from_struct_EvalConfig  # noqa: E402
    from ..models.eval_config import _Struct as _Struct_EvalConfig  # noqa: E402
    from ..models.ingest_application import _from_struct as _from_struct_IngestApplication  # noqa: E402
    from ..models.ingest_application import _Struct as _Struct_IngestApplication  # noqa: E402
