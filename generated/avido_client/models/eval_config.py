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


from ..models.match_mode import MatchMode
from ..models.match_score_metric import MatchScoreMetric
from ..models.output_match_type import OutputMatchType

if TYPE_CHECKING:
    from ..models.match_extraction import MatchExtraction


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "criterion",
        "type",
        "matchMode",
        "extract",
        "passThreshold",
        "scoreMetric",
    }
)


@_attrs_define
class EvalConfig:
    """How an eval is set up. A CUSTOM eval takes `criterion`; an OUTPUT_MATCH eval takes `type` and, for a list,
    `matchMode` (and optionally `extract`, `passThreshold`, `scoreMetric`). The SDK has a model for each; this one
    schema holds them all (docs/spec-decisions.md).

        Attributes:
            criterion (str | None): What a CUSTOM eval checks the output against (required for those). Example: The
                assistant confirms the card is blocked..
            type (OutputMatchType | None): Whether an output-match eval compares one string or a list of items. Example:
                list.
            match_mode (MatchMode | None): How a list output match compares: the same items in any order, or the expected
                items among the output's. Example: contains.
            extract (MatchExtraction | None): How an output-match eval takes the part to compare out of the output: a
                regular expression and the group or groups to keep.
            pass_threshold (float | None): The score at or above which a list match passes. Example: 0.8.
            score_metric (MatchScoreMetric | None): Which measure a list output match scores by. Example: recall.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], EvalConfig]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], EvalConfig]]

    criterion: str | None = None
    type: OutputMatchType | None = None
    match_mode: MatchMode | None = None
    extract: MatchExtraction | None = None
    pass_threshold: float | None = None
    score_metric: MatchScoreMetric | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.criterion is not None:
            field_dict["criterion"] = self.criterion
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.match_mode is not None:
            field_dict["matchMode"] = self.match_mode.value
        if self.extract is not None:
            field_dict["extract"] = self.extract.to_dict()
        if self.pass_threshold is not None:
            field_dict["passThreshold"] = self.pass_threshold
        if self.score_metric is not None:
            field_dict["scoreMetric"] = self.score_metric.value

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
            _where_ = "criterion"
            _criterion = src_dict.get("criterion", _ABSENT)
            criterion: str | None = None
            if _criterion is None:
                raise _decoding.Mismatch("string", None)
            elif _criterion is not _ABSENT:
                criterion = _criterion
                if not (isinstance(criterion, str)):
                    raise _decoding.Mismatch("string", criterion)

            else:
                _absent += 1

            _where_ = "type"
            _type_ = src_dict.get("type", _ABSENT)
            type_: OutputMatchType | None = None
            if _type_ is None:
                raise _decoding.Mismatch("string", None)
            elif _type_ is not _ABSENT:
                type_ = OutputMatchType.from_json(_type_)

            else:
                _absent += 1

            _where_ = "matchMode"
            _match_mode = src_dict.get("matchMode", _ABSENT)
            match_mode: MatchMode | None = None
            if _match_mode is None:
                raise _decoding.Mismatch("string", None)
            elif _match_mode is not _ABSENT:
                match_mode = MatchMode.from_json(_match_mode)

            else:
                _absent += 1

            _where_ = "extract"
            _extract = src_dict.get("extract", _ABSENT)
            extract: MatchExtraction | None = None
            if _extract is None:
                raise _decoding.Mismatch("object", None)
            elif _extract is not _ABSENT:
                extract = MatchExtraction.from_dict(_extract)

            else:
                _absent += 1

            _where_ = "passThreshold"
            _pass_threshold = src_dict.get("passThreshold", _ABSENT)
            pass_threshold: float | None = None
            if _pass_threshold is None:
                raise _decoding.Mismatch("number", None)
            elif _pass_threshold is not _ABSENT:
                pass_threshold = _pass_threshold
                if not (isinstance(pass_threshold, (int, float)) and not isinstance(pass_threshold, bool)):
                    raise _decoding.Mismatch("number", pass_threshold)

            else:
                _absent += 1

            _where_ = "scoreMetric"
            _score_metric = src_dict.get("scoreMetric", _ABSENT)
            score_metric: MatchScoreMetric | None = None
            if _score_metric is None:
                raise _decoding.Mismatch("string", None)
            elif _score_metric is not _ABSENT:
                score_metric = MatchScoreMetric.from_json(_score_metric)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            eval_config = cls.__new__(cls)
            eval_config.criterion = criterion
            eval_config.type = type_
            eval_config.match_mode = match_mode
            eval_config.extract = extract
            eval_config.pass_threshold = pass_threshold
            eval_config.score_metric = score_metric
            eval_config._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        eval_config.additional_properties = d
        return eval_config

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


from ..models.match_mode import _KNOWN as _MatchMode_known  # noqa: E402

_MatchMode_member = _MatchMode_known.get
from ..models.match_score_metric import _KNOWN as _MatchScoreMetric_known  # noqa: E402

_MatchScoreMetric_member = _MatchScoreMetric_known.get
from ..models.output_match_type import _KNOWN as _OutputMatchType_known  # noqa: E402

_OutputMatchType_member = _OutputMatchType_known.get
_new = EvalConfig.__new__


def _decode(d: Any) -> EvalConfig:
    """EvalConfig.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 0  # the keys the spec names that came
    o = _new(EvalConfig)
    if "criterion" in d:
        v = d["criterion"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.criterion = v
    else:
        o.criterion = None
    if "type" in d:
        v = d["type"]
        known += 1
        v = _OutputMatchType_member(v) or OutputMatchType.from_json(v)
        o.type = v
    else:
        o.type = None
    if "matchMode" in d:
        v = d["matchMode"]
        known += 1
        v = _MatchMode_member(v) or MatchMode.from_json(v)
        o.match_mode = v
    else:
        o.match_mode = None
    if "extract" in d:
        v = d["extract"]
        known += 1
        v = _decode_MatchExtraction(v)
        o.extract = v
    else:
        o.extract = None
    if "passThreshold" in d:
        v = d["passThreshold"]
        known += 1
        if v.__class__ is not float and v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.pass_threshold = v
    else:
        o.pass_threshold = None
    if "scoreMetric" in d:
        v = d["scoreMetric"]
        known += 1
        v = _MatchScoreMetric_member(v) or MatchScoreMetric.from_json(v)
        o.score_metric = v
    else:
        o.score_metric = None
    o._null_keys = _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


EvalConfig._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "criterion": "criterion",
            "type_": "type",
            "match_mode": "matchMode",
            "extract": "extract",
            "pass_threshold": "passThreshold",
            "score_metric": "scoreMetric",
        },
    ):
        criterion: str | _msgspec.UnsetType = _msgspec.UNSET
        type_: str | _msgspec.UnsetType = _msgspec.UNSET
        match_mode: str | _msgspec.UnsetType = _msgspec.UNSET
        extract: _Struct_MatchExtraction | _msgspec.UnsetType = _msgspec.UNSET
        pass_threshold: int | float | _msgspec.UnsetType = _msgspec.UNSET
        score_metric: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> EvalConfig:
        """EvalConfig from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(EvalConfig)
        v = s.criterion
        if v is _UNSET:
            v = None
        o.criterion = v
        v = s.type_
        if v is _UNSET:
            v = None
        else:
            v = _OutputMatchType_member(v) or OutputMatchType.from_json(v)
        o.type = v
        v = s.match_mode
        if v is _UNSET:
            v = None
        else:
            v = _MatchMode_member(v) or MatchMode.from_json(v)
        o.match_mode = v
        v = s.extract
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_MatchExtraction(v)
        o.extract = v
        v = s.pass_threshold
        if v is _UNSET:
            v = None
        o.pass_threshold = v
        v = s.score_metric
        if v is _UNSET:
            v = None
        else:
            v = _MatchScoreMetric_member(v) or MatchScoreMetric.from_json(v)
        o.score_metric = v
        o._null_keys = _NO_NULLS
        o.additional_properties = {}
        return o

    EvalConfig._struct = _Struct
    EvalConfig._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.match_extraction import MatchExtraction  # noqa: E402
from ..models.match_extraction import _decode as _decode_MatchExtraction  # noqa: E402

if _msgspec is not None:
    from ..models.match_extraction import _from_struct as _from_struct_MatchExtraction  # noqa: E402
    from ..models.match_extraction import _Struct as _Struct_MatchExtraction  # noqa: E402
