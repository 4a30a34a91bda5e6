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

from ..models.eval_status import EvalStatus

if TYPE_CHECKING:
    from ..models.ingest_eval_definition import IngestEvalDefinition


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "definition",
        "status",
        "passed",
        "score",
        "message",
        "results",
        "createdAt",
        "modifiedAt",
    }
)


@_attrs_define
class IngestEval:
    """An evaluation sent along with an ingested trace.

    Attributes:
        id (str): Unique identifier of the evaluation.
        org_id (str): Organization ID that owns the evaluation.
        definition (IngestEvalDefinition): The eval definition of an ingested evaluation.
        status (EvalStatus): Status of an evaluation; SKIPPED when it could not run (its `message` says why). Example:
            COMPLETED.
        passed (bool | None): Whether the evaluation passed.
        score (float | None): Overall score of the evaluation.
        message (str | None): Why the evaluation was skipped or failed, when it was.
        results (Any | None): Results of the evaluation; a JSON object whose structure depends on the eval type.
        created_at (datetime.datetime | None): When the evaluation was created.
        modified_at (datetime.datetime | None): When the evaluation was last modified.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], IngestEval]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], IngestEval]]

    id: str
    org_id: str
    definition: IngestEvalDefinition
    status: EvalStatus
    passed: bool | None = None
    score: float | None = None
    message: str | None = None
    results: Any | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        definition = self.definition.to_dict()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "definition": definition,
                "status": status,
            }
        )
        if self.passed is not None:
            field_dict["passed"] = self.passed
        if self.score is not None:
            field_dict["score"] = self.score
        if self.message is not None:
            field_dict["message"] = self.message
        if self.results is not None:
            field_dict["results"] = self.results
        elif "results" in self._null_keys:
            field_dict["results"] = None
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

            _where_ = "definition"
            definition = IngestEvalDefinition.from_dict(src_dict["definition"])

            _where_ = "status"
            status = EvalStatus.from_json(src_dict["status"])

            _where_ = "passed"
            _passed = src_dict.get("passed", _ABSENT)
            passed: bool | None = None
            if _passed is None:
                raise _decoding.Mismatch("boolean", None)
            elif _passed is not _ABSENT:
                passed = _passed
                if not (isinstance(passed, bool)):
                    raise _decoding.Mismatch("boolean", passed)

            else:
                _absent += 1

            _where_ = "score"
            _score = src_dict.get("score", _ABSENT)
            score: float | None = None
            if _score is None:
                raise _decoding.Mismatch("number", None)
            elif _score is not _ABSENT:
                score = _score
                if not (isinstance(score, (int, float)) and not isinstance(score, bool)):
                    raise _decoding.Mismatch("number", score)

            else:
                _absent += 1

            _where_ = "message"
            _message = src_dict.get("message", _ABSENT)
            message: str | None = None
            if _message is None:
                raise _decoding.Mismatch("string", None)
            elif _message is not _ABSENT:
                message = _message
                if not (isinstance(message, str)):
                    raise _decoding.Mismatch("string", message)

            else:
                _absent += 1

            _where_ = "results"
            _results = src_dict.get("results", _ABSENT)
            results: Any | None = None
            if _results is None:
                _nulls.append(_where_)
            elif _results is not _ABSENT:
                results = _results

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
            ingest_eval = cls.__new__(cls)
            ingest_eval.id = id
            ingest_eval.org_id = org_id
            ingest_eval.definition = definition
            ingest_eval.status = status
            ingest_eval.passed = passed
            ingest_eval.score = score
            ingest_eval.message = message
            ingest_eval.results = results
            ingest_eval.created_at = created_at
            ingest_eval.modified_at = modified_at
            ingest_eval._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 10 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        ingest_eval.additional_properties = d
        return ingest_eval

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
from ..models.eval_status import _KNOWN as _EvalStatus_known  # noqa: E402

_EvalStatus_member = _EvalStatus_known.get
_new = IngestEval.__new__


def _decode(d: Any) -> IngestEval:
    """IngestEval.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 4  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(IngestEval)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    o.definition = _decode_IngestEvalDefinition(d["definition"])
    o.status = _EvalStatus_member(d["status"]) or EvalStatus.from_json(d["status"])
    if "passed" in d:
        v = d["passed"]
        known += 1
        if v.__class__ is not bool:
            raise _decoding.FastPathMiss
        o.passed = v
    else:
        o.passed = None
    if "score" in d:
        v = d["score"]
        known += 1
        if v.__class__ is not float and v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.score = v
    else:
        o.score = None
    if "message" in d:
        v = d["message"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.message = v
    else:
        o.message = None
    if "results" in d:
        v = d["results"]
        known += 1
        if v is None:
            nulls += ("results",)
        o.results = v
    else:
        o.results = None
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


IngestEval._decode_fast = _decode

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
            "definition": "definition",
            "status": "status",
            "passed": "passed",
            "score": "score",
            "message": "message",
            "results": "results",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
        },
    ):
        id: str
        org_id: str
        definition: _Struct_IngestEvalDefinition
        status: str
        passed: bool | _msgspec.UnsetType = _msgspec.UNSET
        score: int | float | _msgspec.UnsetType = _msgspec.UNSET
        message: str | _msgspec.UnsetType = _msgspec.UNSET
        results: Any = _msgspec.UNSET
        created_at: str | _msgspec.UnsetType = _msgspec.UNSET
        modified_at: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> IngestEval:
        """IngestEval from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(IngestEval)
        o.id = s.id
        o.org_id = s.org_id
        o.definition = _from_struct_IngestEvalDefinition(s.definition)
        o.status = _EvalStatus_member(s.status) or EvalStatus.from_json(s.status)
        v = s.passed
        if v is _UNSET:
            v = None
        o.passed = v
        v = s.score
        if v is _UNSET:
            v = None
        o.score = v
        v = s.message
        if v is _UNSET:
            v = None
        o.message = v
        v = s.results
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("results")
        o.results = v
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

    IngestEval._struct = _Struct
    IngestEval._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.ingest_eval_definition import IngestEvalDefinition  # noqa: E402
from ..models.ingest_eval_definition import _decode as _decode_IngestEvalDefinition  # noqa: E402

if _msgspec is not None:
    from ..models.ingest_eval_definition import _from_struct as _from_struct_IngestEvalDefinition  # noqa: E402
    from ..models.ingest_eval_definition import _Struct as _Struct_IngestEvalDefinition  # noqa: E402
