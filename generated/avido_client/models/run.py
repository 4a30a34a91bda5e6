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

from ..models.run_result import RunResult
from ..models.run_type import RunType
from ..models.status import Status

if TYPE_CHECKING:
    from ..models.eval_ import Eval
    from ..models.run_result_summary import RunResultSummary
    from ..models.task import Task
    from ..models.test import Test


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "modifiedAt",
        "orgId",
        "applicationId",
        "status",
        "type",
        "result",
        "experimentVariantId",
        "taskId",
        "task",
        "threadId",
        "tests",
        "evals",
    }
)


@_attrs_define
class Run:
    """A Run represents a batch of tests triggered by a single task.

    Attributes:
        id (str): Unique identifier of the run. Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime): When the run was created. Example: 2024-01-05T12:34:56.789Z.
        modified_at (datetime.datetime): When the run was last modified. Example: 2024-01-05T12:34:56.789Z.
        org_id (str | None): Organization ID that owns this run (shown in the documented example only). Example:
            org_123456.
        application_id (str | None): ID of the application the run belongs to. Example:
            123e4567-e89b-12d3-a456-426614174000.
        status (Status | None): Status of a run or test. Valid options: PENDING, IN_PROGRESS, PASSED, COMPLETED, FAILED.
            Example: COMPLETED.
        type (RunType | None): What started a run. Example: SCHEDULED.
        result (RunResult | RunResultSummary | None): The result of a run: PASSED or FAILED in the earlier API, an
            object of counts and
            pass rate in the later one; null while it runs.
        experiment_variant_id (str | None): ID of the experiment variant this run belongs to, if any.
        task_id (str | None): ID of the task that triggered the run (shown in the documented example only). Example:
            task_1.
        task (Task | None): A task that represents a specific job-to-be-done by the LLM in the user application.
            The earlier API sends it in full inside runs and tests; the later one, inside a test,
            only its id, title and topic id; the tasks endpoints send it with its status, eval
            definitions, schedule and metrics.
        thread_id (str | None): ID of the thread the run belongs to, if any (shown in the documented example only).
        tests (list[Test] | None): The tests in this run (SDK releases 1.8.0 to 1.13.2).
        evals (list[Eval] | None): Array of evaluations in this run (shown in the documented example only).
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Run]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Run]]

    id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    org_id: str | None = None
    application_id: str | None = None
    status: Status | None = None
    type: RunType | None = None
    result: RunResult | RunResultSummary | None = None
    experiment_variant_id: str | None = None
    task_id: str | None = None
    task: Task | None = None
    thread_id: str | None = None
    tests: list[Test] | None = None
    evals: list[Eval] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if self.org_id is not None:
            field_dict["orgId"] = self.org_id
        if self.application_id is not None:
            field_dict["applicationId"] = self.application_id
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.result is not None:
            if isinstance(self.result, RunResult):
                field_dict["result"] = self.result.value
            elif isinstance(self.result, RunResultSummary):
                field_dict["result"] = self.result.to_dict()
            else:
                field_dict["result"] = self.result
        elif "result" in self._null_keys:
            field_dict["result"] = None
        if self.experiment_variant_id is not None:
            field_dict["experimentVariantId"] = self.experiment_variant_id
        elif "experimentVariantId" in self._null_keys:
            field_dict["experimentVariantId"] = None
        if self.task_id is not None:
            field_dict["taskId"] = self.task_id
        if self.task is not None:
            field_dict["task"] = self.task.to_dict()
        if self.thread_id is not None:
            field_dict["threadId"] = self.thread_id
        elif "threadId" in self._null_keys:
            field_dict["threadId"] = None
        if self.tests is not None:
            field_dict["tests"] = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                field_dict["tests"].append(tests_item)

        if self.evals is not None:
            field_dict["evals"] = []
            for evals_item_data in self.evals:
                evals_item = evals_item_data.to_dict()
                field_dict["evals"].append(evals_item)

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

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            _where_ = "orgId"
            _org_id = src_dict.get("orgId", _ABSENT)
            org_id: str | None = None
            if _org_id is None:
                raise _decoding.Mismatch("string", None)
            elif _org_id is not _ABSENT:
                org_id = _org_id
                if not (isinstance(org_id, str)):
                    raise _decoding.Mismatch("string", org_id)

            else:
                _absent += 1

            _where_ = "applicationId"
            _application_id = src_dict.get("applicationId", _ABSENT)
            application_id: str | None = None
            if _application_id is None:
                raise _decoding.Mismatch("string", None)
            elif _application_id is not _ABSENT:
                application_id = _application_id
                if not (isinstance(application_id, str)):
                    raise _decoding.Mismatch("string", application_id)

            else:
                _absent += 1

            _where_ = "status"
            _status = src_dict.get("status", _ABSENT)
            status: Status | None = None
            if _status is None:
                raise _decoding.Mismatch("string", None)
            elif _status is not _ABSENT:
                status = Status.from_json(_status)

            else:
                _absent += 1

            _where_ = "type"
            _type_ = src_dict.get("type", _ABSENT)
            type_: RunType | None = None
            if _type_ is None:
                raise _decoding.Mismatch("string", None)
            elif _type_ is not _ABSENT:
                type_ = RunType.from_json(_type_)

            else:
                _absent += 1

            _where_ = "result"
            _result = src_dict.get("result", _ABSENT)
            result: RunResult | RunResultSummary | None = None
            if _result is None:
                _nulls.append(_where_)
            elif _result is not _ABSENT:
                if isinstance(_result, str):
                    componentsschemas_run_outcome_run_result = RunResult.from_json(_result)

                    result = componentsschemas_run_outcome_run_result
                elif isinstance(_result, dict):
                    componentsschemas_run_outcome_type_1 = RunResultSummary.from_dict(_result)

                    result = componentsschemas_run_outcome_type_1
                else:
                    raise _decoding.Mismatch("null or string or object", _result)

            else:
                _absent += 1

            _where_ = "experimentVariantId"
            _experiment_variant_id = src_dict.get("experimentVariantId", _ABSENT)
            experiment_variant_id: str | None = None
            if _experiment_variant_id is None:
                _nulls.append(_where_)
            elif _experiment_variant_id is not _ABSENT:
                if isinstance(_experiment_variant_id, str):
                    experiment_variant_id = _experiment_variant_id
                else:
                    raise _decoding.Mismatch("null or string", _experiment_variant_id)

            else:
                _absent += 1

            _where_ = "taskId"
            _task_id = src_dict.get("taskId", _ABSENT)
            task_id: str | None = None
            if _task_id is None:
                raise _decoding.Mismatch("string", None)
            elif _task_id is not _ABSENT:
                task_id = _task_id
                if not (isinstance(task_id, str)):
                    raise _decoding.Mismatch("string", task_id)

            else:
                _absent += 1

            _where_ = "task"
            _task = src_dict.get("task", _ABSENT)
            task: Task | None = None
            if _task is None:
                raise _decoding.Mismatch("object", None)
            elif _task is not _ABSENT:
                task = Task.from_dict(_task)

            else:
                _absent += 1

            _where_ = "threadId"
            _thread_id = src_dict.get("threadId", _ABSENT)
            thread_id: str | None = None
            if _thread_id is None:
                _nulls.append(_where_)
            elif _thread_id is not _ABSENT:
                if isinstance(_thread_id, str):
                    thread_id = _thread_id
                else:
                    raise _decoding.Mismatch("null or string", _thread_id)

            else:
                _absent += 1

            _where_ = "tests"
            _tests = src_dict.get("tests", _ABSENT)
            tests: list[Test] | None = None
            if _tests is None:
                raise _decoding.Mismatch("array", None)
            elif _tests is not _ABSENT:
                _tests = _tests
                if True:
                    if not isinstance(_tests, list):
                        raise _decoding.Mismatch("array", _tests)
                    tests = []
                    for _index, tests_item_data in enumerate(_tests):
                        _where_ = ("tests", _index)
                        tests_item = Test.from_dict(tests_item_data)

                        tests.append(tests_item)

            else:
                _absent += 1

            _where_ = "evals"
            _evals = src_dict.get("evals", _ABSENT)
            evals: list[Eval] | None = None
            if _evals is None:
                raise _decoding.Mismatch("array", None)
            elif _evals is not _ABSENT:
                _evals = _evals
                if True:
                    if not isinstance(_evals, list):
                        raise _decoding.Mismatch("array", _evals)
                    evals = []
                    for _index, evals_item_data in enumerate(_evals):
                        _where_ = ("evals", _index)
                        evals_item = Eval.from_dict(evals_item_data)

                        evals.append(evals_item)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            run = cls.__new__(cls)
            run.id = id
            run.created_at = created_at
            run.modified_at = modified_at
            run.org_id = org_id
            run.application_id = application_id
            run.status = status
            run.type = type_
            run.result = result
            run.experiment_variant_id = experiment_variant_id
            run.task_id = task_id
            run.task = task
            run.thread_id = thread_id
            run.tests = tests
            run.evals = evals
            run._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 14 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
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


_known_datetime = _decoding.known_datetime
_remember_datetime = _decoding.remember_datetime
_parse_datetime = _decoding.parse_datetime
from ..models.run_result import _KNOWN as _RunResult_known  # noqa: E402

_RunResult_member = _RunResult_known.get
from ..models.run_type import _KNOWN as _RunType_known  # noqa: E402

_RunType_member = _RunType_known.get
from ..models.status import _KNOWN as _Status_known  # noqa: E402

_Status_member = _Status_known.get
_new = Run.__new__


def _decode(d: Any) -> Run:
    """Run.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 3  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(Run)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    if "orgId" in d:
        v = d["orgId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.org_id = v
    else:
        o.org_id = None
    if "applicationId" in d:
        v = d["applicationId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.application_id = v
    else:
        o.application_id = None
    if "status" in d:
        v = d["status"]
        known += 1
        v = _Status_member(v) or Status.from_json(v)
        o.status = v
    else:
        o.status = None
    if "type" in d:
        v = d["type"]
        known += 1
        v = _RunType_member(v) or RunType.from_json(v)
        o.type = v
    else:
        o.type = None
    if "result" in d:
        v = d["result"]
        known += 1
        if v is None:
            nulls += ("result",)
        else:
            if v.__class__ is str:
                v = _RunResult_member(v) or RunResult.from_json(v)
            elif v.__class__ is dict:
                v = _decode_RunResultSummary(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.result = v
    else:
        o.result = None
    if "experimentVariantId" in d:
        v = d["experimentVariantId"]
        known += 1
        if v is None:
            nulls += ("experimentVariantId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.experiment_variant_id = v
    else:
        o.experiment_variant_id = None
    if "taskId" in d:
        v = d["taskId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.task_id = v
    else:
        o.task_id = None
    if "task" in d:
        v = d["task"]
        known += 1
        v = _decode_Task(v)
        o.task = v
    else:
        o.task = None
    if "threadId" in d:
        v = d["threadId"]
        known += 1
        if v is None:
            nulls += ("threadId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.thread_id = v
    else:
        o.thread_id = None
    if "tests" in d:
        v = d["tests"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_Test, v))
        o.tests = v
    else:
        o.tests = None
    if "evals" in d:
        v = d["evals"]
        known += 1
        if v.__class__ is not list:
            raise _decoding.FastPathMiss
        v = list(map(_decode_Eval, v))
        o.evals = v
    else:
        o.evals = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Run._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "org_id": "orgId",
            "application_id": "applicationId",
            "status": "status",
            "type_": "type",
            "result": "result",
            "experiment_variant_id": "experimentVariantId",
            "task_id": "taskId",
            "task": "task",
            "thread_id": "threadId",
            "tests": "tests",
            "evals": "evals",
        },
    ):
        id: str
        created_at: str
        modified_at: str
        org_id: str | _msgspec.UnsetType = _msgspec.UNSET
        application_id: str | _msgspec.UnsetType = _msgspec.UNSET
        status: str | _msgspec.UnsetType = _msgspec.UNSET
        type_: str | _msgspec.UnsetType = _msgspec.UNSET
        result: str | _Struct_RunResultSummary | None | _msgspec.UnsetType = _msgspec.UNSET
        experiment_variant_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        task_id: str | _msgspec.UnsetType = _msgspec.UNSET
        task: _Struct_Task | _msgspec.UnsetType = _msgspec.UNSET
        thread_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        tests: list[_Struct_Test] | _msgspec.UnsetType = _msgspec.UNSET
        evals: list[_Struct_Eval] | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Run:
        """Run from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(Run)
        o.id = s.id
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        v = s.org_id
        if v is _UNSET:
            v = None
        o.org_id = v
        v = s.application_id
        if v is _UNSET:
            v = None
        o.application_id = v
        v = s.status
        if v is _UNSET:
            v = None
        else:
            v = _Status_member(v) or Status.from_json(v)
        o.status = v
        v = s.type_
        if v is _UNSET:
            v = None
        else:
            v = _RunType_member(v) or RunType.from_json(v)
        o.type = v
        v = s.result
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("result")
        else:
            if v.__class__ is str:
                v = _RunResult_member(v) or RunResult.from_json(v)
            elif v.__class__ is _Struct_RunResultSummary:
                v = _from_struct_RunResultSummary(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.result = v
        v = s.experiment_variant_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("experimentVariantId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.experiment_variant_id = v
        v = s.task_id
        if v is _UNSET:
            v = None
        o.task_id = v
        v = s.task
        if v is _UNSET:
            v = None
        else:
            v = _from_struct_Task(v)
        o.task = v
        v = s.thread_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("threadId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.thread_id = v
        v = s.tests
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_Test, v))
        o.tests = v
        v = s.evals
        if v is _UNSET:
            v = None
        else:
            v = list(map(_from_struct_Eval, v))
        o.evals = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    Run._struct = _Struct
    Run._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_ import Eval  # noqa: E402
from ..models.eval_ import _decode as _decode_Eval  # noqa: E402
from ..models.run_result_summary import RunResultSummary  # noqa: E402
from ..models.run_result_summary import _decode as _decode_RunResultSummary  # noqa: E402
from ..models.task import Task  # noqa: E402
from ..models.task import _decode as _decode_Task  # noqa: E402
from ..models.test import Test  # noqa: E402
from ..models.test import _decode as _decode_Test  # noqa: E402

if _msgspec is not None:
    from ..models.eval_ import _from_struct as _from_struct_Eval  # noqa: E402
    from ..models.eval_ import _Struct as _Struct_Eval  # noqa: E402
    from ..models.run_result_summary import _from_struct as _from_struct_RunResultSummary  # noqa: E402
    from ..models.run_result_summary import _Struct as _Struct_RunResultSummary  # noqa: E402
    from ..models.task import _from_struct as _from_struct_Task  # noqa: E402
    from ..models.task import _Struct as _Struct_Task  # noqa: E402
    from ..models.test import _from_struct as _from_struct_Test  # noqa: E402
    from ..models.test import _Struct as _Struct_Test  # noqa: E402
