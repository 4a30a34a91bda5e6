from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.run_result import RunResult
from ..models.run_type import RunType
from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_ import Eval
    from ..models.task import Task
    from ..models.test_result_summary import TestResultSummary


T = TypeVar("T", bound="Test")


@_attrs_define
class Test:
    """A Test represents a single test applying all the linked evals on a Trace.

    Attributes:
        id (str): Unique identifier of the test. Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime): When the test was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the test was last modified. Example: 2024-01-05T12:34:56.789Z.
        status (Status): Status of a run or test. Valid options: PENDING, IN_PROGRESS, PASSED, COMPLETED, FAILED.
            Example: COMPLETED.
        evals (list[Eval]): Array of evaluations in this test.
        task (Task): A task that represents a specific job-to-be-done by the LLM in the user application.
            The earlier API sends it in full; the later one, inside a test, only its id, title
            and topic id.
        application_id (str | Unset): ID of the application this test belongs to. Example:
            123e4567-e89b-12d3-a456-426614174000.
        run_id (str | Unset): ID of the run this test belongs to. Example: 123e4567-e89b-12d3-a456-426614174000.
        run_type (RunType | Unset): What started a run. Example: SCHEDULED.
        task_id (str | Unset): ID of the task this test runs. Example: 123e4567-e89b-12d3-a456-426614174000.
        trace_id (None | str | Unset): ID of the trace this test produced; null while it is pending or not recorded yet.
            Example: 789e4567-e89b-12d3-a456-426614174000.
        result (None | RunResult | TestResultSummary | Unset): The result of a test: PASSED or FAILED in the earlier
            API, an object of counts and
            pass rate in the later one; null while it runs.
    """

    # The API's "Test" is not a pytest test class: keeps pytest from collecting it in user code.
    __test__ = False

    id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    status: Status
    evals: list[Eval]
    task: Task
    application_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    run_type: RunType | Unset = UNSET
    task_id: str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    result: None | RunResult | TestResultSummary | Unset = UNSET
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

        application_id = self.application_id

        run_id = self.run_id

        run_type: str | Unset = UNSET
        if not isinstance(self.run_type, Unset):
            run_type = self.run_type.value

        task_id = self.task_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        result: dict[str, Any] | None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, RunResult):
            result = self.result.value
        elif isinstance(self.result, TestResultSummary):
            result = self.result.to_dict()
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
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if run_type is not UNSET:
            field_dict["runType"] = run_type
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if result is not UNSET:
            field_dict["result"] = result

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
                    raise _decoding.Mismatch("array", _evals)
                evals = []
                for _index, evals_item_data in enumerate(_evals):
                    _key = ("evals", _index)
                    evals_item = Eval.from_dict(evals_item_data)

                    evals.append(evals_item)

            _key = "task"
            task = Task.from_dict(d.pop("task"))

            _key = "applicationId"
            application_id = d.pop("applicationId", UNSET)
            if application_id is not UNSET and not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _key = "runId"
            run_id = d.pop("runId", UNSET)
            if run_id is not UNSET and not (isinstance(run_id, str)):
                raise _decoding.Mismatch("string", run_id)

            _key = "runType"
            _run_type = d.pop("runType", UNSET)
            run_type: RunType | Unset
            if isinstance(_run_type, Unset):
                run_type = UNSET
            else:
                run_type = RunType.from_json(_run_type)

            _key = "taskId"
            task_id = d.pop("taskId", UNSET)
            if task_id is not UNSET and not (isinstance(task_id, str)):
                raise _decoding.Mismatch("string", task_id)

            _key = "traceId"
            _trace_id = d.pop("traceId", UNSET)
            trace_id: None | str | Unset
            if _trace_id is None or isinstance(_trace_id, Unset):
                trace_id = _trace_id
            elif isinstance(_trace_id, str):
                trace_id = _trace_id
            else:
                raise _decoding.Mismatch("null or string", _trace_id)

            _key = "result"
            _result = d.pop("result", UNSET)
            result: None | RunResult | TestResultSummary | Unset
            if _result is None or isinstance(_result, Unset):
                result = _result
            elif isinstance(_result, str):
                componentsschemas_test_outcome_run_result = RunResult.from_json(_result)

                result = componentsschemas_test_outcome_run_result
            elif isinstance(_result, dict):
                componentsschemas_test_outcome_type_1 = TestResultSummary.from_dict(_result)

                result = componentsschemas_test_outcome_type_1
            else:
                raise _decoding.Mismatch("null or string or object", _result)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            test = cls.__new__(cls)
            test.id = id
            test.created_at = created_at
            test.modified_at = modified_at
            test.status = status
            test.evals = evals
            test.task = task
            test.application_id = application_id
            test.run_id = run_id
            test.run_type = run_type
            test.task_id = task_id
            test.trace_id = trace_id
            test.result = result
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
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
from ..models.test_result_summary import TestResultSummary  # noqa: E402
