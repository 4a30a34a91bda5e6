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

from ..models.run_type import RunType
from ..models.status import Status

if TYPE_CHECKING:
    from ..models.eval_ import Eval
    from ..models.test_result_summary import TestResultSummary


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "applicationId",
        "runId",
        "runType",
        "taskId",
        "createdAt",
        "modifiedAt",
        "status",
        "evals",
        "traceId",
        "result",
    }
)


@_attrs_define
class TestRecord:
    """One test as the single-test endpoint returns it: like an item of the test listing, with the IDs of its run and task
    but not the task itself.

        Attributes:
            id (str): Unique identifier of the test. Example: 6b2f8d4a-1c5e-4a9b-8d3f-2e7a1c5b9d6f.
            application_id (str): ID of the application the test belongs to.
            run_id (str): ID of the run the test belongs to.
            run_type (RunType): What started a run. Example: SCHEDULED.
            task_id (str): ID of the task the test runs.
            created_at (datetime.datetime): When the test was created.
            modified_at (datetime.datetime): When the test was last modified.
            status (Status): Status of a run or test. Valid options: PENDING, IN_PROGRESS, PASSED, COMPLETED, FAILED.
                Example: COMPLETED.
            evals (list[Eval]): The evaluations in this test.
            trace_id (str | None): ID of the trace the test produced; null while it is pending.
            result (TestResultSummary | None): Result of the test; null while it runs.
    """

    # The API's "Test" is not a pytest test class: keeps pytest from collecting it in user code.
    __test__ = False
    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TestRecord]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TestRecord]]

    id: str
    application_id: str
    run_id: str
    run_type: RunType
    task_id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    status: Status
    evals: list[Eval]
    trace_id: str | None = None
    result: TestResultSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        run_id = self.run_id

        run_type = self.run_type.value

        task_id = self.task_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        status = self.status.value

        evals = []
        for evals_item_data in self.evals:
            evals_item = evals_item_data.to_dict()
            evals.append(evals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "applicationId": application_id,
                "runId": run_id,
                "runType": run_type,
                "taskId": task_id,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "status": status,
                "evals": evals,
            }
        )
        if self.trace_id is not None:
            field_dict["traceId"] = self.trace_id
        elif "traceId" in self._null_keys:
            field_dict["traceId"] = None
        if self.result is not None:
            if isinstance(self.result, TestResultSummary):
                field_dict["result"] = self.result.to_dict()
            else:
                field_dict["result"] = self.result
        elif "result" in self._null_keys:
            field_dict["result"] = None

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

            _where_ = "applicationId"
            application_id = src_dict["applicationId"]
            if not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _where_ = "runId"
            run_id = src_dict["runId"]
            if not (isinstance(run_id, str)):
                raise _decoding.Mismatch("string", run_id)

            _where_ = "runType"
            run_type = RunType.from_json(src_dict["runType"])

            _where_ = "taskId"
            task_id = src_dict["taskId"]
            if not (isinstance(task_id, str)):
                raise _decoding.Mismatch("string", task_id)

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            _where_ = "status"
            status = Status.from_json(src_dict["status"])

            _where_ = "evals"
            _evals = src_dict["evals"]
            if True:
                if not isinstance(_evals, list):
                    raise _decoding.Mismatch("array", _evals)
                evals = []
                for _index, evals_item_data in enumerate(_evals):
                    _where_ = ("evals", _index)
                    evals_item = Eval.from_dict(evals_item_data)

                    evals.append(evals_item)

            _where_ = "traceId"
            _trace_id = src_dict.get("traceId", _ABSENT)
            trace_id: str | None = None
            if _trace_id is None:
                _nulls.append(_where_)
            elif _trace_id is not _ABSENT:
                if isinstance(_trace_id, str):
                    trace_id = _trace_id
                else:
                    raise _decoding.Mismatch("null or string", _trace_id)

            else:
                _absent += 1

            _where_ = "result"
            _result = src_dict.get("result", _ABSENT)
            result: TestResultSummary | None = None
            if _result is None:
                _nulls.append(_where_)
            elif _result is not _ABSENT:
                if isinstance(_result, dict):
                    result_type_0 = TestResultSummary.from_dict(_result)

                    result = result_type_0
                else:
                    raise _decoding.Mismatch("null or object", _result)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            test_record = cls.__new__(cls)
            test_record.id = id
            test_record.application_id = application_id
            test_record.run_id = run_id
            test_record.run_type = run_type
            test_record.task_id = task_id
            test_record.created_at = created_at
            test_record.modified_at = modified_at
            test_record.status = status
            test_record.evals = evals
            test_record.trace_id = trace_id
            test_record.result = result
            test_record._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 11 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        test_record.additional_properties = d
        return test_record

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
from ..models.run_type import _KNOWN as _RunType_known  # noqa: E402

_RunType_member = _RunType_known.get
from ..models.status import _KNOWN as _Status_known  # noqa: E402

_Status_member = _Status_known.get
_new = TestRecord.__new__


def _decode(d: Any) -> TestRecord:
    """TestRecord.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 9  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TestRecord)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["applicationId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.application_id = v
    v = d["runId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.run_id = v
    o.run_type = _RunType_member(d["runType"]) or RunType.from_json(d["runType"])
    v = d["taskId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.task_id = v
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    o.status = _Status_member(d["status"]) or Status.from_json(d["status"])
    v = d["evals"]
    if v.__class__ is not list:
        raise _decoding.FastPathMiss
    v = list(map(_decode_Eval, v))
    o.evals = v
    if "traceId" in d:
        v = d["traceId"]
        known += 1
        if v is None:
            nulls += ("traceId",)
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.trace_id = v
    else:
        o.trace_id = None
    if "result" in d:
        v = d["result"]
        known += 1
        if v is None:
            nulls += ("result",)
        else:
            if v.__class__ is dict:
                v = _decode_TestResultSummary(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.result = v
    else:
        o.result = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TestRecord._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "id": "id",
            "application_id": "applicationId",
            "run_id": "runId",
            "run_type": "runType",
            "task_id": "taskId",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "status": "status",
            "evals": "evals",
            "trace_id": "traceId",
            "result": "result",
        },
    ):
        id: str
        application_id: str
        run_id: str
        run_type: str
        task_id: str
        created_at: str
        modified_at: str
        status: str
        evals: list[_Struct_Eval]
        trace_id: str | None | _msgspec.UnsetType = _msgspec.UNSET
        result: _Struct_TestResultSummary | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TestRecord:
        """TestRecord from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TestRecord)
        o.id = s.id
        o.application_id = s.application_id
        o.run_id = s.run_id
        o.run_type = _RunType_member(s.run_type) or RunType.from_json(s.run_type)
        o.task_id = s.task_id
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        o.status = _Status_member(s.status) or Status.from_json(s.status)
        o.evals = list(map(_from_struct_Eval, s.evals))
        v = s.trace_id
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("traceId")
        else:
            if v.__class__ is str:
                pass
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.trace_id = v
        v = s.result
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("result")
        else:
            if v.__class__ is _Struct_TestResultSummary:
                v = _from_struct_TestResultSummary(v)
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.result = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TestRecord._struct = _Struct
    TestRecord._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.eval_ import Eval  # noqa: E402
from ..models.eval_ import _decode as _decode_Eval  # noqa: E402
from ..models.test_result_summary import TestResultSummary  # noqa: E402
from ..models.test_result_summary import _decode as _decode_TestResultSummary  # noqa: E402

if _msgspec is not None:
    from ..models.eval_ import _from_struct as _from_struct_Eval  # noqa: E402
    from ..models.eval_ import _Struct as _Struct_Eval  # noqa: E402
    from ..models.test_result_summary import _from_struct as _from_struct_TestResultSummary  # noqa: E402
    from ..models.test_result_summary import _Struct as _Struct_TestResultSummary  # noqa: E402
