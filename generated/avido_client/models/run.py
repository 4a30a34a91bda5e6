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
    from ..models.run_result_summary import RunResultSummary
    from ..models.task import Task
    from ..models.test import Test


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """A Run represents a batch of tests triggered by a single task.

    Attributes:
        id (str): Unique identifier of the run. Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime): When the run was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the run was last modified. Example: 2024-01-05T12:34:56.789Z.
        org_id (str | Unset): Organization ID that owns this run (shown in the documented example only). Example:
            org_123456.
        application_id (str | Unset): ID of the application the run belongs to. Example:
            123e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of a run or test. Valid options: PENDING, IN_PROGRESS, PASSED, COMPLETED,
            FAILED. Example: COMPLETED.
        type_ (RunType | Unset): What started a run. Example: SCHEDULED.
        result (None | RunResult | RunResultSummary | Unset): The result of a run: PASSED or FAILED in the earlier API,
            an object of counts and
            pass rate in the later one; null while it runs.
        experiment_variant_id (None | str | Unset): ID of the experiment variant this run belongs to, if any.
        task_id (str | Unset): ID of the task that triggered the run (shown in the documented example only). Example:
            task_1.
        task (Task | Unset): A task that represents a specific job-to-be-done by the LLM in the user application.
            The earlier API sends it in full; the later one, inside a test, only its id, title
            and topic id.
        thread_id (None | str | Unset): ID of the thread the run belongs to, if any (shown in the documented example
            only).
        tests (list[Test] | Unset): The tests in this run (SDK releases 1.8.0 to 1.13.2).
        evals (list[Eval] | Unset): Array of evaluations in this run (shown in the documented example only).
    """

    id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    org_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    status: Status | Unset = UNSET
    type_: RunType | Unset = UNSET
    result: None | RunResult | RunResultSummary | Unset = UNSET
    experiment_variant_id: None | str | Unset = UNSET
    task_id: str | Unset = UNSET
    task: Task | Unset = UNSET
    thread_id: None | str | Unset = UNSET
    tests: list[Test] | Unset = UNSET
    evals: list[Eval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        org_id = self.org_id

        application_id = self.application_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        result: dict[str, Any] | None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, RunResult):
            result = self.result.value
        elif isinstance(self.result, RunResultSummary):
            result = self.result.to_dict()
        else:
            result = self.result

        experiment_variant_id: None | str | Unset
        if isinstance(self.experiment_variant_id, Unset):
            experiment_variant_id = UNSET
        else:
            experiment_variant_id = self.experiment_variant_id

        task_id = self.task_id

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        evals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evals, Unset):
            evals = []
            for evals_item_data in self.evals:
                evals_item = evals_item_data.to_dict()
                evals.append(evals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if result is not UNSET:
            field_dict["result"] = result
        if experiment_variant_id is not UNSET:
            field_dict["experimentVariantId"] = experiment_variant_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task is not UNSET:
            field_dict["task"] = task
        if thread_id is not UNSET:
            field_dict["threadId"] = thread_id
        if tests is not UNSET:
            field_dict["tests"] = tests
        if evals is not UNSET:
            field_dict["evals"] = evals

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

            _key = "orgId"
            org_id = d.pop("orgId", UNSET)
            if org_id is not UNSET and not (isinstance(org_id, str)):
                raise _decoding.Mismatch("string", org_id)

            _key = "applicationId"
            application_id = d.pop("applicationId", UNSET)
            if application_id is not UNSET and not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _key = "status"
            _status = d.pop("status", UNSET)
            status: Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = Status.from_json(_status)

            _key = "type"
            _type_ = d.pop("type", UNSET)
            type_: RunType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RunType.from_json(_type_)

            _key = "result"
            _result = d.pop("result", UNSET)
            result: None | RunResult | RunResultSummary | Unset
            if _result is None or isinstance(_result, Unset):
                result = _result
            elif isinstance(_result, str):
                componentsschemas_run_outcome_run_result = RunResult.from_json(_result)

                result = componentsschemas_run_outcome_run_result
            elif isinstance(_result, dict):
                componentsschemas_run_outcome_type_1 = RunResultSummary.from_dict(_result)

                result = componentsschemas_run_outcome_type_1
            else:
                raise _decoding.Mismatch("null or string or object", _result)

            _key = "experimentVariantId"
            _experiment_variant_id = d.pop("experimentVariantId", UNSET)
            experiment_variant_id: None | str | Unset
            if _experiment_variant_id is None or isinstance(_experiment_variant_id, Unset):
                experiment_variant_id = _experiment_variant_id
            elif isinstance(_experiment_variant_id, str):
                experiment_variant_id = _experiment_variant_id
            else:
                raise _decoding.Mismatch("null or string", _experiment_variant_id)

            _key = "taskId"
            task_id = d.pop("taskId", UNSET)
            if task_id is not UNSET and not (isinstance(task_id, str)):
                raise _decoding.Mismatch("string", task_id)

            _key = "task"
            _task = d.pop("task", UNSET)
            task: Task | Unset
            if isinstance(_task, Unset):
                task = UNSET
            else:
                task = Task.from_dict(_task)

            _key = "threadId"
            _thread_id = d.pop("threadId", UNSET)
            thread_id: None | str | Unset
            if _thread_id is None or isinstance(_thread_id, Unset):
                thread_id = _thread_id
            elif isinstance(_thread_id, str):
                thread_id = _thread_id
            else:
                raise _decoding.Mismatch("null or string", _thread_id)

            _key = "tests"
            _tests = d.pop("tests", UNSET)
            tests: list[Test] | Unset = UNSET
            if _tests is not UNSET:
                if not isinstance(_tests, list):
                    raise _decoding.Mismatch("array", _tests)
                tests = []
                for _index, tests_item_data in enumerate(_tests):
                    _key = ("tests", _index)
                    tests_item = Test.from_dict(tests_item_data)

                    tests.append(tests_item)

            _key = "evals"
            _evals = d.pop("evals", UNSET)
            evals: list[Eval] | Unset = UNSET
            if _evals is not UNSET:
                if not isinstance(_evals, list):
                    raise _decoding.Mismatch("array", _evals)
                evals = []
                for _index, evals_item_data in enumerate(_evals):
                    _key = ("evals", _index)
                    evals_item = Eval.from_dict(evals_item_data)

                    evals.append(evals_item)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            run = cls.__new__(cls)
            run.id = id
            run.created_at = created_at
            run.modified_at = modified_at
            run.org_id = org_id
            run.application_id = application_id
            run.status = status
            run.type_ = type_
            run.result = result
            run.experiment_variant_id = experiment_variant_id
            run.task_id = task_id
            run.task = task
            run.thread_id = thread_id
            run.tests = tests
            run.evals = evals
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        run.additional_properties = d
        return run

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
from ..models.run_result_summary import RunResultSummary  # noqa: E402
from ..models.task import Task  # noqa: E402
from ..models.test import Test  # noqa: E402
