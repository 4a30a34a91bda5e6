from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.run_result import RunResult
from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_ import Eval
    from ..models.task import Task


T = TypeVar("T", bound="Test")

# The keys the spec names for this object; any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "modifiedAt",
        "status",
        "evals",
        "task",
        "traceId",
        "result",
    }
)


@_attrs_define
class Test:
    """A Test represents a single test applying all the linked evals on a Trace.

    Attributes:
        id (str): Unique identifier of the test. Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime): When the test was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the test was last modified. Example: 2024-01-05T12:34:56.789Z.
        status (Status): Status of the evaluation/test. Valid options: PENDING, IN_PROGRESS, PASSED, COMPLETED, FAILED.
            Example: COMPLETED.
        evals (list[Eval]): Array of evaluations in this test.
        task (Task): A task that represents a specific job-to-be-done by the LLM in the user application.
        trace_id (None | str | Unset): Optional ID of the trace this test is associated with. Example:
            789e4567-e89b-12d3-a456-426614174000.
        result (None | RunResult | Unset): Result of the test (if completed); null while it runs.
    """

    # The API's "Test" is not a pytest test class: keeps pytest from collecting it in user code.
    __test__ = False

    id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    status: Status
    evals: list[Eval]
    task: Task
    trace_id: None | str | Unset = UNSET
    result: None | RunResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        status = self.status.value

        evals = []
        for evals_item_data in self.evals:
            evals_item = evals_item_data.to_dict()
            evals.append(evals_item)

        task = self.task.to_dict()

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, RunResult):
            result = self.result.value
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "status": status,
                "evals": evals,
                "task": task,
            }
        )
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode the JSON object; raises errors.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            d = dict(src_dict)
            _key = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise errors.Mismatch("string", id)

            _key = "createdAt"
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

            _key = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(d.pop("modifiedAt"))

            _key = "status"
            status = Status.from_json(d.pop("status"))

            _key = "evals"
            _evals = d.pop("evals")
            if True:
                if not isinstance(_evals, list):
                    raise errors.Mismatch("array", _evals)
                evals = []
                for _index, evals_item_data in enumerate(_evals):
                    _key = ("evals", _index)
                    evals_item = Eval.from_dict(evals_item_data)

                    evals.append(evals_item)

            _key = "task"
            task = Task.from_dict(d.pop("task"))

            _key = "traceId"
            _trace_id = d.pop("traceId", UNSET)
            trace_id: None | str | Unset
            if _trace_id is None or isinstance(_trace_id, Unset):
                trace_id = _trace_id
            elif isinstance(_trace_id, str):
                trace_id = _trace_id
            else:
                raise errors.Mismatch("null or string", _trace_id)

            _key = "result"
            _result = d.pop("result", UNSET)
            result: None | RunResult | Unset
            if _result is None or isinstance(_result, Unset):
                result = _result
            elif isinstance(_result, str):
                result_type_0 = RunResult.from_json(_result)

                result = result_type_0
            else:
                raise errors.Mismatch("null or string", _result)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            test = cls.__new__(cls)
            test.id = id
            test.created_at = created_at
            test.modified_at = modified_at
            test.status = status
            test.evals = evals
            test.task = task
            test.trace_id = trace_id
            test.result = result
        except Exception as _exc:
            _located = errors.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        test.additional_properties = d
        return test

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
from ..models.eval_ import Eval  # noqa: E402
from ..models.task import Task  # noqa: E402
