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


if TYPE_CHECKING:
    from ..models.eval_definition import EvalDefinition
    from ..models.eval_expectation import EvalExpectation


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "evalDefinition",
        "config",
    }
)


@_attrs_define
class TaskEvalDefinition:
    """An eval definition linked to a task, with what it expects there.

    Attributes:
        eval_definition (EvalDefinition): The definition of an eval, as linked to tasks and evaluations.
        config (EvalExpectation | None): What the eval expects for this task; null when it needs nothing.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TaskEvalDefinition]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TaskEvalDefinition]]

    eval_definition: EvalDefinition
    config: EvalExpectation | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        eval_definition = self.eval_definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evalDefinition": eval_definition,
            }
        )
        if self.config is not None:
            if isinstance(self.config, EvalExpectation):
                field_dict["config"] = self.config.to_dict()
            else:
                field_dict["config"] = self.config
        elif "config" in self._null_keys:
            field_dict["config"] = None

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
            _where_ = "evalDefinition"
            eval_definition = EvalDefinition.from_dict(src_dict["evalDefinition"])

            _where_ = "config"
            _config = src_dict.get("config", _ABSENT)
            config: EvalExpectation | None = None
            if _config is None:
                _nulls.append(_where_)
            elif _config is not _ABSENT:
                if isinstance(_config, dict):
                    config_type_0 = EvalExpectation.from_dict(_config)

                    config = config_type_0
                else:
                    raise _decoding.Mismatch("null or object", _config)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task_eval_definition = cls.__new__(cls)
            task_eval_definition.eval_definition = eval_definition
            task_eval_definition.config = config
            task_eval_definition._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 2 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        task_eval_definition.additional_properties = d
        return task_eval_definition

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


_new = TaskEvalDefinition.__new__


def _decode(d: Any) -> TaskEvalDefinition:
    """TaskEvalDefinition.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 1  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TaskEvalDefinition)
    o.eval_definition = _decode_EvalDefinition(d["evalDefinition"])
    if "config" in d:
        v = d["config"]
        known += 1
        if v is None:
            nulls += ("config",)
        else:
            if v.__class__ is dict:
                v = _decode_EvalExpectation(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.config = v
    else:
        o.config = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TaskEvalDefinition._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "eval_definition": "evalDefinition",
            "config": "config",
        },
    ):
        eval_definition: _Struct_EvalDefinition
        config: _Struct_EvalExpectation | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TaskEvalDefinition:
        """TaskEvalDefinition from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TaskEvalDefinition)
        o.eval_definition = _from_struct_EvalDefinition(s.eval_definition)
        v = s.config
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("config")
        else:
            if v.__class__ is _Struct_EvalExpectation:
                v = _from_struct_EvalExpectation(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.config = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TaskEvalDefinition._struct = _Struct
    TaskEvalDefinition._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_definition import EvalDefinition  # noqa: E402
from ..models.eval_definition import _decode as _decode_EvalDefinition  # noqa: E402
from ..models.eval_expectation import EvalExpectation  # noqa: E402
from ..models.eval_expectation import _decode as _decode_EvalExpectation  # noqa: E402

if _msgspec is not None:
    from ..models.eval_definition import _from_struct as _from_struct_EvalDefinition  # noqa: E402
    from ..models.eval_definition import _Struct as _Struct_EvalDefinition  # noqa: E402
    from ..models.eval_expectation import _from_struct as _from_struct_EvalExpectation  # noqa: E402
    from ..models.eval_expectation import _Struct as _Struct_EvalExpectation  # noqa: E402
