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
    from ..models.webhook_experiment import WebhookExperiment


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "applicationId",
        "testId",
        "prompt",
        "experiment",
        "metadata",
    }
)


@_attrs_define
class WebhookPayload:
    """The body of a call Avido made to your webhook.

    Attributes:
        application_id (str): ID of the application tested.
        test_id (str): ID of the test the call is for.
        prompt (Any): The prompt to answer: a string, or a JSON object for tasks with a prompt schema.
        experiment (WebhookExperiment | None): The experiment a webhook call belongs to.
        metadata (Any | None): Metadata sent with the call: a JSON object.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], WebhookPayload]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], WebhookPayload]]

    application_id: str
    test_id: str
    prompt: Any
    experiment: WebhookExperiment | None = None
    metadata: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        test_id = self.test_id

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "testId": test_id,
                "prompt": prompt,
            }
        )
        if self.experiment is not None:
            field_dict["experiment"] = self.experiment.to_dict()
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata
        elif "metadata" in self._null_keys:
            field_dict["metadata"] = None

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
            _where_ = "applicationId"
            application_id = src_dict["applicationId"]
            if not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _where_ = "testId"
            test_id = src_dict["testId"]
            if not (isinstance(test_id, str)):
                raise _decoding.Mismatch("string", test_id)

            _where_ = "prompt"
            prompt = src_dict["prompt"]

            _where_ = "experiment"
            _experiment = src_dict.get("experiment", _ABSENT)
            experiment: WebhookExperiment | None = None
            if _experiment is None:
                raise _decoding.Mismatch("object", None)
            elif _experiment is not _ABSENT:
                experiment = WebhookExperiment.from_dict(_experiment)

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

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            webhook_payload = cls.__new__(cls)
            webhook_payload.application_id = application_id
            webhook_payload.test_id = test_id
            webhook_payload.prompt = prompt
            webhook_payload.experiment = experiment
            webhook_payload.metadata = metadata
            webhook_payload._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        webhook_payload.additional_properties = d
        return webhook_payload

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


_new = WebhookPayload.__new__


def _decode(d: Any) -> WebhookPayload:
    """WebhookPayload.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 3  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(WebhookPayload)
    v = d["applicationId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.application_id = v
    v = d["testId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.test_id = v
    o.prompt = d["prompt"]
    if "experiment" in d:
        v = d["experiment"]
        known += 1
        v = _decode_WebhookExperiment(v)
        o.experiment = v
    else:
        o.experiment = None
    if "metadata" in d:
        v = d["metadata"]
        known += 1
        if v is None:
            nulls += ("metadata",)
        o.metadata = v
    else:
        o.metadata = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


WebhookPayload._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "application_id": "applicationId",
            "test_id": "testId",
            "prompt": "prompt",
            "experiment": "experiment",
            "metadata": "metadata",
        },
    ):
        application_id: str
        test_id: str
        prompt: Any
        experiment: _Struct_WebhookExperiment | _msgspec.UnsetType = _msgspec.UNSET
        metadata: Any = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> WebhookPayload:
        """WebhookPayload from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(WebhookPayload)
        o.application_id = s.application_id
        o.test_id = s.test_id
        o.prompt = s.prompt
        v = s.experiment
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_WebhookExperiment(v)
        o.experiment = v
        v = s.metadata
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("metadata")
        o.metadata = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    WebhookPayload._struct = _Struct
    WebhookPayload._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.webhook_experiment import WebhookExperiment  # noqa: E402
from ..models.webhook_experiment import _decode as _decode_WebhookExperiment  # noqa: E402

if _msgspec is not None:
    from ..models.webhook_experiment import _from_struct as _from_struct_WebhookExperiment  # noqa: E402
    from ..models.webhook_experiment import _Struct as _Struct_WebhookExperiment  # noqa: E402
