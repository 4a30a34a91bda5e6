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
        "experimentId",
        "experimentVariantId",
        "overrides",
    }
)


@_attrs_define
class WebhookExperiment:
    """The experiment a webhook call belongs to.

    Attributes:
        experiment_id (str): ID of the experiment.
        experiment_variant_id (str): ID of the experiment's variant.
        overrides (Any): What the variant changes, as the experiment set it: a JSON object.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], WebhookExperiment]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], WebhookExperiment]]

    experiment_id: str
    experiment_variant_id: str
    overrides: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        experiment_variant_id = self.experiment_variant_id

        overrides = self.overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimentId": experiment_id,
                "experimentVariantId": experiment_variant_id,
                "overrides": overrides,
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
            _where_ = "experimentId"
            experiment_id = src_dict["experimentId"]
            if not (isinstance(experiment_id, str)):
                raise _decoding.Mismatch("string", experiment_id)

            _where_ = "experimentVariantId"
            experiment_variant_id = src_dict["experimentVariantId"]
            if not (isinstance(experiment_variant_id, str)):
                raise _decoding.Mismatch("string", experiment_variant_id)

            _where_ = "overrides"
            overrides = src_dict["overrides"]

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            webhook_experiment = cls.__new__(cls)
            webhook_experiment.experiment_id = experiment_id
            webhook_experiment.experiment_variant_id = experiment_variant_id
            webhook_experiment.overrides = overrides
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 3 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        webhook_experiment.additional_properties = d
        return webhook_experiment

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


_new = WebhookExperiment.__new__


def _decode(d: Any) -> WebhookExperiment:
    """WebhookExperiment.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    o = _new(WebhookExperiment)
    v = d["experimentId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.experiment_id = v
    v = d["experimentVariantId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.experiment_variant_id = v
    o.overrides = d["overrides"]
    o.additional_properties = {} if len(d) == 3 else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


WebhookExperiment._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "experiment_id": "experimentId",
            "experiment_variant_id": "experimentVariantId",
            "overrides": "overrides",
        },
    ):
        experiment_id: str
        experiment_variant_id: str
        overrides: Any

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> WebhookExperiment:
        """WebhookExperiment from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(WebhookExperiment)
        o.experiment_id = s.experiment_id
        o.experiment_variant_id = s.experiment_variant_id
        o.overrides = s.overrides
        o.additional_properties = {}
        return o

    WebhookExperiment._struct = _Struct
    WebhookExperiment._from_struct = _from_struct
