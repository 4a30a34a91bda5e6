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


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "evalIds",
        "taskIds",
    }
)


@_attrs_define
class EvalDefinitionLinks:
    """Eval definitions and tasks to link or unlink: every definition with every task.

    Attributes:
        eval_ids (list[str]): IDs of the eval definitions.
        task_ids (list[str]): IDs of the tasks.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], EvalDefinitionLinks]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], EvalDefinitionLinks]]

    eval_ids: list[str]
    task_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_ids = self.eval_ids

        task_ids = self.task_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evalIds": eval_ids,
                "taskIds": task_ids,
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
            _where_ = "evalIds"
            _eval_ids = src_dict["evalIds"]
            if True:
                if not isinstance(_eval_ids, list):
                    raise _decoding.Mismatch("array", _eval_ids)
                eval_ids = []
                for _index, eval_ids_item_data in enumerate(_eval_ids):
                    _where_ = ("evalIds", _index)
                    if not (isinstance(eval_ids_item_data, str)):
                        raise _decoding.Mismatch("string", eval_ids_item_data)
                    eval_ids.append(eval_ids_item_data)

            _where_ = "taskIds"
            _task_ids = src_dict["taskIds"]
            if True:
                if not isinstance(_task_ids, list):
                    raise _decoding.Mismatch("array", _task_ids)
                task_ids = []
                for _index, task_ids_item_data in enumerate(_task_ids):
                    _where_ = ("taskIds", _index)
                    if not (isinstance(task_ids_item_data, str)):
                        raise _decoding.Mismatch("string", task_ids_item_data)
                    task_ids.append(task_ids_item_data)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            eval_definition_links = cls.__new__(cls)
            eval_definition_links.eval_ids = eval_ids
            eval_definition_links.task_ids = task_ids
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 2 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        eval_definition_links.additional_properties = d
        return eval_definition_links

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


_new = EvalDefinitionLinks.__new__


def _decode(d: Any) -> EvalDefinitionLinks:
    """EvalDefinitionLinks.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(EvalDefinitionLinks)
    v = d["evalIds"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    for _item0 in v:
        if _item0.__class__ is not str:
            raise _decoding.FastPathMiss
    v = list(v)
    o.eval_ids = v
    v = d["taskIds"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    for _item0 in v:
        if _item0.__class__ is not str:
            raise _decoding.FastPathMiss
    v = list(v)
    o.task_ids = v
    o.additional_properties = {} if len(d) == 2 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


EvalDefinitionLinks._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "eval_ids": "evalIds",
            "task_ids": "taskIds",
        },
    ):
        eval_ids: list[str]
        task_ids: list[str]

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> EvalDefinitionLinks:
        """EvalDefinitionLinks from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(EvalDefinitionLinks)
        o.eval_ids = s.eval_ids
        o.task_ids = s.task_ids
        o.additional_properties = {}
        return o

    EvalDefinitionLinks._struct = _Struct
    EvalDefinitionLinks._from_struct = _from_struct
