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


from ..models.current_eval_type import CurrentEvalType

if TYPE_CHECKING:
    from ..models.eval_config import EvalConfig


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "globalConfig",
        "styleGuideId",
        "quickstartId",
    }
)


@_attrs_define
class EvalDefinitionCreate:
    """An eval definition to create.

    Attributes:
        name (str): Name of the eval definition. Example: Confirms the card is blocked.
        type (CurrentEvalType): The types an eval definition is created with today (`EvalType` also holds the values
            earlier releases of the API sent). Example: CUSTOM.
        global_config (EvalConfig | None): How an eval is set up. A CUSTOM eval takes `criterion`; an OUTPUT_MATCH eval
            takes `type` and, for a list, `matchMode` (and optionally `extract`, `passThreshold`, `scoreMetric`). The SDK
            has a model for each; this one schema holds them all (docs/spec-decisions.md).
        style_guide_id (str | None): ID of the style guide to check against, for a STYLE eval.
        quickstart_id (str | None): ID of a quickstart to link the definition to; it is then created as a DRAFT.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], EvalDefinitionCreate]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], EvalDefinitionCreate]]

    name: str
    type: CurrentEvalType
    global_config: EvalConfig | None = None
    style_guide_id: str | None = None
    quickstart_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if self.global_config is not None:
            field_dict["globalConfig"] = self.global_config.to_dict()
        if self.style_guide_id is not None:
            field_dict["styleGuideId"] = self.style_guide_id
        if self.quickstart_id is not None:
            field_dict["quickstartId"] = self.quickstart_id

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
            _where_ = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise _decoding.Mismatch("string", name)

            _where_ = "type"
            type_ = CurrentEvalType.from_json(src_dict["type"])

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
                raise _decoding.Mismatch("string", None)
            elif _style_guide_id is not _ABSENT:
                style_guide_id = _style_guide_id
                if not (isinstance(style_guide_id, str)):
                    raise _decoding.Mismatch("string", style_guide_id)

            else:
                _absent += 1

            _where_ = "quickstartId"
            _quickstart_id = src_dict.get("quickstartId", _ABSENT)
            quickstart_id: str | None = None
            if _quickstart_id is None:
                raise _decoding.Mismatch("string", None)
            elif _quickstart_id is not _ABSENT:
                quickstart_id = _quickstart_id
                if not (isinstance(quickstart_id, str)):
                    raise _decoding.Mismatch("string", quickstart_id)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            eval_definition_create = cls.__new__(cls)
            eval_definition_create.name = name
            eval_definition_create.type = type_
            eval_definition_create.global_config = global_config
            eval_definition_create.style_guide_id = style_guide_id
            eval_definition_create.quickstart_id = quickstart_id
            eval_definition_create._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 5 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        eval_definition_create.additional_properties = d
        return eval_definition_create

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


from ..models.current_eval_type import _KNOWN as _CurrentEvalType_known  # noqa: E402

_CurrentEvalType_member = _CurrentEvalType_known.get
_new = EvalDefinitionCreate.__new__


def _decode(d: Any) -> EvalDefinitionCreate:
    """EvalDefinitionCreate.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    o = _new(EvalDefinitionCreate)
    v = d["name"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.name = v
    o.type = _CurrentEvalType_member(d["type"]) or CurrentEvalType.from_json(d["type"])
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
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.style_guide_id = v
    else:
        o.style_guide_id = None
    if "quickstartId" in d:
        v = d["quickstartId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.quickstart_id = v
    else:
        o.quickstart_id = None
    o._null_keys = _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


EvalDefinitionCreate._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "name": "name",
            "type_": "type",
            "global_config": "globalConfig",
            "style_guide_id": "styleGuideId",
            "quickstart_id": "quickstartId",
        },
    ):
        name: str
        type_: str
        global_config: _Struct_EvalConfig | _msgspec.UnsetType = _msgspec.UNSET
        style_guide_id: str | _msgspec.UnsetType = _msgspec.UNSET
        quickstart_id: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> EvalDefinitionCreate:
        """EvalDefinitionCreate from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(EvalDefinitionCreate)
        o.name = s.name
        o.type = _CurrentEvalType_member(s.type_) or CurrentEvalType.from_json(s.type_)
        v = s.global_config
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_EvalConfig(v)
        o.global_config = v
        v = s.style_guide_id
        if v is _UNSET:
            v = None
        o.style_guide_id = v
        v = s.quickstart_id
        if v is _UNSET:
            v = None
        o.quickstart_id = v
        o._null_keys = _NO_NULLS
        o.additional_properties = {}
        return o

    EvalDefinitionCreate._struct = _Struct
    EvalDefinitionCreate._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_config import EvalConfig  # noqa: E402
from ..models.eval_config import _decode as _decode_EvalConfig  # noqa: E402

if _msgspec is not None:
    from ..models.eval_config import _from_struct as _from_struct_EvalConfig  # noqa: E402
    from ..models.eval_config import _Struct as _Struct_EvalConfig  # noqa: E402
