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
    from ..models.eval_definition import EvalDefinition


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "createdAt",
        "modifiedAt",
        "status",
        "passed",
        "score",
        "message",
        "evalRunId",
        "evalDefinitionId",
        "definition",
        "results",
    }
)


@_attrs_define
class Eval:
    """Complete evaluation information.

    Attributes:
        id (str): Unique identifier of the evaluation. Example: 123e4567-e89b-12d3-a456-426614174000.
        org_id (str): Organization ID that owns this evaluation. Example: org_123456.
        created_at (datetime.datetime): When the evaluation was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the evaluation was last modified. Example: 2024-01-05T12:34:56.789Z.
        status (EvalStatus): Status of an evaluation; SKIPPED when it could not run (its `message` says why). Example:
            COMPLETED.
        passed (bool | None): Whether the evaluation passed; null when it has no verdict (skipped or not run).
        score (float | None): Overall score of the evaluation; null when it has none. Example: 0.9.
        message (str | None): Why the evaluation was skipped or failed, when it was.
        eval_run_id (str | None): ID of the run this evaluation belongs to (shown by the single-eval endpoint). Example:
            456e4567-e89b-12d3-a456-426614174000.
        eval_definition_id (str | None): ID of the eval definition applied (shown by the single-eval endpoint). Example:
            789e4567-e89b-12d3-a456-426614174000.
        definition (EvalDefinition | None): The definition of an eval, as linked to tasks and evaluations.
        results (Any | None): Results of the evaluation; any JSON value (null included), its structure depends on the
            eval type.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Eval]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Eval]]

    id: str
    org_id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    status: EvalStatus
    passed: bool | None = None
    score: float | None = None
    message: str | None = None
    eval_run_id: str | None = None
    eval_definition_id: str | None = None
    definition: EvalDefinition | None = None
    results: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "status": status,
            }
        )
        if self.passed is not None:
            field_dict["passed"] = self.passed
        elif "passed" in self._null_keys:
            field_dict["passed"] = None
        if self.score is not None:
            field_dict["score"] = self.score
        elif "score" in self._null_keys:
            field_dict["score"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._null_keys:
            field_dict["message"] = None
        if self.eval_run_id is not None:
            field_dict["evalRunId"] = self.eval_run_id
        if self.eval_definition_id is not None:
            field_dict["evalDefinitionId"] = self.eval_definition_id
        if self.definition is not None:
            field_dict["definition"] = self.definition.to_dict()
        if self.results is not None:
            field_dict["results"] = self.results
        elif "results" in self._null_keys:
            field_dict["results"] = None

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

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            _where_ = "status"
            status = EvalStatus.from_json(src_dict["status"])

            _where_ = "passed"
            _passed = src_dict.get("passed", _ABSENT)
            passed: bool | None = None
            if _passed is None:
                _nulls.append(_where_)
            elif _passed is not _ABSENT:
                if isinstance(_passed, bool):
                    passed = _passed
                else:
                    raise _decoding.Mismatch("null or boolean", _passed)

            else:
                _absent += 1

            _where_ = "score"
            _score = src_dict.get("score", _ABSENT)
            score: float | None = None
            if _score is None:
                _nulls.append(_where_)
            elif _score is not _ABSENT:
                if isinstance(_score, (int, float)) and not isinstance(_score, bool):
                    score = _score
                else:
                    raise _decoding.Mismatch("null or number", _score)

            else:
                _absent += 1

            _where_ = "message"
            _message = src_dict.get("message", _ABSENT)
            message: str | None = None
            if _message is None:
                _nulls.append(_where_)
            elif _message is not _ABSENT:
                if isinstance(_message, str):
                    message = _message
                else:
                    raise _decoding.Mismatch("null or string", _message)

            else:
                _absent += 1

            _where_ = "evalRunId"
            _eval_run_id = src_dict.get("evalRunId", _ABSENT)
            eval_run_id: str | None = None
            if _eval_run_id is None:
                raise _decoding.Mismatch("string", None)
            elif _eval_run_id is not _ABSENT:
                eval_run_id = _eval_run_id
                if not (isinstance(eval_run_id, str)):
                    raise _decoding.Mismatch("string", eval_run_id)

            else:
                _absent += 1

            _where_ = "evalDefinitionId"
            _eval_definition_id = src_dict.get("evalDefinitionId", _ABSENT)
            eval_definition_id: str | None = None
            if _eval_definition_id is None:
                raise _decoding.Mismatch("string", None)
            elif _eval_definition_id is not _ABSENT:
                eval_definition_id = _eval_definition_id
                if not (isinstance(eval_definition_id, str)):
                    raise _decoding.Mismatch("string", eval_definition_id)

            else:
                _absent += 1

            _where_ = "definition"
            _definition = src_dict.get("definition", _ABSENT)
            definition: EvalDefinition | None = None
            if _definition is None:
                raise _decoding.Mismatch("object", None)
            elif _definition is not _ABSENT:
                definition = EvalDefinition.from_dict(_definition)

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

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            eval_ = cls.__new__(cls)
            eval_.id = id
            eval_.org_id = org_id
            eval_.created_at = created_at
            eval_.modified_at = modified_at
            eval_.status = status
            eval_.passed = passed
            eval_.score = score
            eval_.message = message
            eval_.eval_run_id = eval_run_id
            eval_.eval_definition_id = eval_definition_id
            eval_.definition = definition
            eval_.results = results
            eval_._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        eval_.additional_properties = d
        return eval_

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
_new = Eval.__new__


def _decode(d: Any) -> Eval:
    """Eval.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 5  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Eval)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    o.status = _EvalStatus_member(d["status"]) or EvalStatus.from_json(d["status"])
    if "passed" in d:
        v = d["passed"]
        known += 1
        if v is None:
            nulls += ("passed",)
        else:
            if v.__class__ is bool:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.passed = v
    else:
        o.passed = None
    if "score" in d:
        v = d["score"]
        known += 1
        if v is None:
            nulls += ("score",)
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.score = v
    else:
        o.score = None
    if "message" in d:
        v = d["message"]
        known += 1
        if v is None:
            nulls += ("message",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.message = v
    else:
        o.message = None
    if "evalRunId" in d:
        v = d["evalRunId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.eval_run_id = v
    else:
        o.eval_run_id = None
    if "evalDefinitionId" in d:
        v = d["evalDefinitionId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.eval_definition_id = v
    else:
        o.eval_definition_id = None
    if "definition" in d:
        v = d["definition"]
        known += 1
        v = _decode_EvalDefinition(v)
        o.definition = v
    else:
        o.definition = None
    if "results" in d:
        v = d["results"]
        known += 1
        if v is None:
            nulls += ("results",)
        o.results = v
    else:
        o.results = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Eval._decode_fast = _decode

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
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "status": "status",
            "passed": "passed",
            "score": "score",
            "message": "message",
            "eval_run_id": "evalRunId",
            "eval_definition_id": "evalDefinitionId",
            "definition": "definition",
            "results": "results",
        },
    ):
        id: str
        org_id: str
        created_at: str
        modified_at: str
        status: str
        passed: bool | None | _msgspec.UnsetType = _msgspec.UNSET
        score: int | float | None | _msgspec.UnsetType = _msgspec.UNSET
        message: str | None | _msgspec.UnsetType = _msgspec.UNSET
        eval_run_id: str | _msgspec.UnsetType = _msgspec.UNSET
        eval_definition_id: str | _msgspec.UnsetType = _msgspec.UNSET
        definition: _Struct_EvalDefinition | _msgspec.UnsetType = _msgspec.UNSET
        results: Any = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Eval:
        """Eval from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Eval)
        o.id = s.id
        o.org_id = s.org_id
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        o.status = _EvalStatus_member(s.status) or EvalStatus.from_json(s.status)
        v = s.passed
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("passed")
        else:
            if v.__class__ is bool:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.passed = v
        v = s.score
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("score")
        else:
            if v.__class__ is float or v.__class__ is int:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.score = v
        v = s.message
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("message")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.message = v
        v = s.eval_run_id
        if v is _UNSET:
            v = None
        o.eval_run_id = v
        v = s.eval_definition_id
        if v is _UNSET:
            v = None
        o.eval_definition_id = v
        v = s.definition
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_EvalDefinition(v)
        o.definition = v
        v = s.results
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("results")
        o.results = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Eval._struct = _Struct
    Eval._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_definition import EvalDefinition  # noqa: E402
from ..models.eval_definition import _decode as _decode_EvalDefinition  # noqa: E402

if _msgspec is not None:
    from ..models.eval_definition import _from_struct as _from_struct_EvalDefinition  # noqa: E402
    from ..models.eval_definition import _Struct as _Struct_EvalDefinition  # noqa: E402
