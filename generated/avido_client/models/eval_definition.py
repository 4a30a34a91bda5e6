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


from ..models.eval_type import EvalType

if TYPE_CHECKING:
    from ..models.application import Application


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "modifiedAt",
        "type",
        "name",
        "application",
        "globalConfig",
        "styleGuideId",
        "topics",
    }
)


@_attrs_define
class EvalDefinition:
    """The definition of an eval, as linked to tasks and evaluations.

    Attributes:
        id (str): Unique identifier of the eval definition. Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        created_at (str): When the eval definition was created, as an ISO 8601 date-time. Kept a plain
            string because the documented example shows the placeholder "<string>".
        modified_at (str): When the eval definition was last modified, as an ISO 8601 date-time. Kept a
            plain string because the documented example shows the placeholder "<string>".
        type (EvalType): Type of evaluation. The union of the values documented across releases of the API. Example:
            NATURALNESS.
        name (str): Name of the eval definition.
        application (Application | None): The application the eval definition belongs to, where the API includes it; may
            be null.
        global_config (Any | None): Configuration of the eval; any JSON value (null included), its structure depends on
            the eval type.
        style_guide_id (str | None): ID of the style guide the eval checks against, for style evals. Example:
            3c90c3cc-0d44-4b50-8888-8dd25736052a.
        topics (list[str] | None): IDs of the topics this eval definition is limited to, for topic-scoped evals.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], EvalDefinition]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], EvalDefinition]]

    id: str
    created_at: str
    modified_at: str
    type: EvalType
    name: str
    application: Application | None = None
    global_config: Any | None = None
    style_guide_id: str | None = None
    topics: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        modified_at = self.modified_at

        type_ = self.type.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "type": type_,
                "name": name,
            }
        )
        if self.application is not None:
            if isinstance(self.application, Application):
                field_dict["application"] = self.application.to_dict()
            else:
                field_dict["application"] = self.application
        elif "application" in self._null_keys:
            field_dict["application"] = None
        if self.global_config is not None:
            field_dict["globalConfig"] = self.global_config
        elif "globalConfig" in self._null_keys:
            field_dict["globalConfig"] = None
        if self.style_guide_id is not None:
            field_dict["styleGuideId"] = self.style_guide_id
        elif "styleGuideId" in self._null_keys:
            field_dict["styleGuideId"] = None
        if self.topics is not None:
            if isinstance(self.topics, list):
                field_dict["topics"] = self.topics

            else:
                field_dict["topics"] = self.topics
        elif "topics" in self._null_keys:
            field_dict["topics"] = None

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

            _where_ = "createdAt"
            created_at = src_dict["createdAt"]
            if not (isinstance(created_at, str)):
                raise _decoding.Mismatch("string", created_at)

            _where_ = "modifiedAt"
            modified_at = src_dict["modifiedAt"]
            if not (isinstance(modified_at, str)):
                raise _decoding.Mismatch("string", modified_at)

            _where_ = "type"
            type_ = EvalType.from_json(src_dict["type"])

            _where_ = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise _decoding.Mismatch("string", name)

            _where_ = "application"
            _application = src_dict.get("application", _ABSENT)
            application: Application | None = None
            if _application is None:
                _nulls.append(_where_)
            elif _application is not _ABSENT:
                if isinstance(_application, dict):
                    application_type_0 = Application.from_dict(_application)

                    application = application_type_0
                else:
                    raise _decoding.Mismatch("null or object", _application)

            else:
                _absent += 1

            _where_ = "globalConfig"
            _global_config = src_dict.get("globalConfig", _ABSENT)
            global_config: Any | None = None
            if _global_config is None:
                _nulls.append(_where_)
            elif _global_config is not _ABSENT:
                global_config = _global_config

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
                _nulls.append(_where_)
            elif _topics is not _ABSENT:
                if isinstance(_topics, list):
                    _topics_type_0 = _topics
                    if True:
                        if not isinstance(_topics_type_0, list):
                            raise _decoding.Mismatch("array", _topics_type_0)
                        topics_type_0 = []
                        for _index, topics_type_0_item_data in enumerate(_topics_type_0):
                            _where_ = ("topics", _index)
                            if not (isinstance(topics_type_0_item_data, str)):
                                raise _decoding.Mismatch("string", topics_type_0_item_data)
                            topics_type_0.append(topics_type_0_item_data)

                    topics = topics_type_0
                else:
                    raise _decoding.Mismatch("null or array", _topics)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            eval_definition = cls.__new__(cls)
            eval_definition.id = id
            eval_definition.created_at = created_at
            eval_definition.modified_at = modified_at
            eval_definition.type = type_
            eval_definition.name = name
            eval_definition.application = application
            eval_definition.global_config = global_config
            eval_definition.style_guide_id = style_guide_id
            eval_definition.topics = topics
            eval_definition._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        eval_definition.additional_properties = d
        return eval_definition

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


from ..models.eval_type import _KNOWN as _EvalType_known  # noqa: E402

_EvalType_member = _EvalType_known.get
_new = EvalDefinition.__new__


def _decode(d: Any) -> EvalDefinition:
    """EvalDefinition.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 5  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(EvalDefinition)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["createdAt"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.created_at = v
    v = d["modifiedAt"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.modified_at = v
    o.type = _EvalType_member(d["type"]) or EvalType.from_json(d["type"])
    v = d["name"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.name = v
    if "application" in d:
        v = d["application"]
        known += 1
        if v is None:
            nulls += ("application",)
        else:
            if v.__class__ is dict:
                v = _decode_Application(v)
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
        if v is None:
            nulls += ("globalConfig",)
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
        if v is None:
            nulls += ("topics",)
        else:
            if v.__class__ is list:
                for _item0 in v:
                    if _item0.__class__ is not str:
                        raise _decoding.FastPathMiss
                v = list(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.topics = v
    else:
        o.topics = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


EvalDefinition._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "type_": "type",
            "name": "name",
            "application": "application",
            "global_config": "globalConfig",
            "style_guide_id": "styleGuideId",
            "topics": "topics",
        },
    ):
        id: str
        created_at: str
        modified_at: str
        type_: str
        name: str
        application: _Struct_Application | None | _msgspec.UnsetType = _msgspec.UNSET
        global_config: Any = _msgspec.UNSET
        style_guide_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        topics: list[str] | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> EvalDefinition:
        """EvalDefinition from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(EvalDefinition)
        o.id = s.id
        o.created_at = s.created_at
        o.modified_at = s.modified_at
        o.type = _EvalType_member(s.type_) or EvalType.from_json(s.type_)
        o.name = s.name
        v = s.application
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("application")
        else:
            if v.__class__ is _Struct_Application:
                v = _from_struct_Application(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.application = v
        v = s.global_config
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("globalConfig")
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
        elif v is None:
            nulls.append("topics")
        else:
            if v.__class__ is list:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.topics = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    EvalDefinition._struct = _Struct
    EvalDefinition._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.application import Application  # noqa: E402
from ..models.application import _decode as _decode_Application  # noqa: E402

if _msgspec is not None:
    from ..models.application import _from_struct as _from_struct_Application  # noqa: E402
    from ..models.application import _Struct as _Struct_Application  # noqa: E402
