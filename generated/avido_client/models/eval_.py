from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.eval_status import EvalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_definition import EvalDefinition


T = TypeVar("T", bound="Eval")


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
        passed (bool | None | Unset): Whether the evaluation passed; null when it has no verdict (skipped or not run).
        score (float | None | Unset): Overall score of the evaluation; null when it has none. Example: 0.9.
        message (None | str | Unset): Why the evaluation was skipped or failed, when it was.
        eval_run_id (str | Unset): ID of the run this evaluation belongs to (shown by the single-eval endpoint).
            Example: 456e4567-e89b-12d3-a456-426614174000.
        eval_definition_id (str | Unset): ID of the eval definition applied (shown by the single-eval endpoint).
            Example: 789e4567-e89b-12d3-a456-426614174000.
        definition (EvalDefinition | Unset): The definition of an eval, as linked to tasks and evaluations.
        results (Any | Unset): Results of the evaluation; any JSON value (null included), its structure depends on the
            eval type.
    """

    id: str
    org_id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    status: EvalStatus
    passed: bool | None | Unset = UNSET
    score: float | None | Unset = UNSET
    message: None | str | Unset = UNSET
    eval_run_id: str | Unset = UNSET
    eval_definition_id: str | Unset = UNSET
    definition: EvalDefinition | Unset = UNSET
    results: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        status = self.status.value

        passed: bool | None | Unset
        if isinstance(self.passed, Unset):
            passed = UNSET
        else:
            passed = self.passed

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        eval_run_id = self.eval_run_id

        eval_definition_id = self.eval_definition_id

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        results = self.results

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
        if passed is not UNSET:
            field_dict["passed"] = passed
        if score is not UNSET:
            field_dict["score"] = score
        if message is not UNSET:
            field_dict["message"] = message
        if eval_run_id is not UNSET:
            field_dict["evalRunId"] = eval_run_id
        if eval_definition_id is not UNSET:
            field_dict["evalDefinitionId"] = eval_definition_id
        if definition is not UNSET:
            field_dict["definition"] = definition
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode the JSON object; raises _decoding.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            d = dict(src_dict)
            _key = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise _decoding.Mismatch("string", id)

            _key = "orgId"
            org_id = d.pop("orgId")
            if not (isinstance(org_id, str)):
                raise _decoding.Mismatch("string", org_id)

            _key = "createdAt"
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

            _key = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(d.pop("modifiedAt"))

            _key = "status"
            status = EvalStatus.from_json(d.pop("status"))

            _key = "passed"
            _passed = d.pop("passed", UNSET)
            passed: bool | None | Unset
            if _passed is None or isinstance(_passed, Unset):
                passed = _passed
            elif isinstance(_passed, bool):
                passed = _passed
            else:
                raise _decoding.Mismatch("null or boolean", _passed)

            _key = "score"
            _score = d.pop("score", UNSET)
            score: float | None | Unset
            if _score is None or isinstance(_score, Unset):
                score = _score
            elif isinstance(_score, (int, float)) and not isinstance(_score, bool):
                score = _score
            else:
                raise _decoding.Mismatch("null or number", _score)

            _key = "message"
            _message = d.pop("message", UNSET)
            message: None | str | Unset
            if _message is None or isinstance(_message, Unset):
                message = _message
            elif isinstance(_message, str):
                message = _message
            else:
                raise _decoding.Mismatch("null or string", _message)

            _key = "evalRunId"
            eval_run_id = d.pop("evalRunId", UNSET)
            if eval_run_id is not UNSET and not (isinstance(eval_run_id, str)):
                raise _decoding.Mismatch("string", eval_run_id)

            _key = "evalDefinitionId"
            eval_definition_id = d.pop("evalDefinitionId", UNSET)
            if eval_definition_id is not UNSET and not (isinstance(eval_definition_id, str)):
                raise _decoding.Mismatch("string", eval_definition_id)

            _key = "definition"
            _definition = d.pop("definition", UNSET)
            definition: EvalDefinition | Unset
            if isinstance(_definition, Unset):
                definition = UNSET
            else:
                definition = EvalDefinition.from_dict(_definition)

            _key = "results"
            results = d.pop("results", UNSET)

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
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

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


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_definition import EvalDefinition  # noqa: E402
