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

import datetime

from ..models.task_criticality import TaskCriticality

# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "cron",
        "criticality",
        "lastRunAt",
        "nextRunAt",
        "taskId",
        "applicationId",
    }
)


@_attrs_define
class TaskSchedule:
    """The schedule a task runs on.

    Attributes:
        cron (str): When the task runs, as a cron expression. Example: 0 6 * * *.
        criticality (TaskCriticality): How critical a scheduled task is. Example: HIGH.
        last_run_at (datetime.datetime | None): When the task last ran on its schedule.
        next_run_at (datetime.datetime | None): When the task next runs on its schedule.
        task_id (str | None): ID of the task scheduled.
        application_id (str | None): ID of the application of the task scheduled.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], TaskSchedule]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], TaskSchedule]]

    cron: str
    criticality: TaskCriticality
    last_run_at: datetime.datetime | None = None
    next_run_at: datetime.datetime | None = None
    task_id: str | None = None
    application_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        criticality = self.criticality.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron": cron,
                "criticality": criticality,
            }
        )
        if self.last_run_at is not None:
            if isinstance(self.last_run_at, datetime.datetime):
                field_dict["lastRunAt"] = self.last_run_at.isoformat()
            else:
                field_dict["lastRunAt"] = self.last_run_at
        elif "lastRunAt" in self._null_keys:
            field_dict["lastRunAt"] = None
        if self.next_run_at is not None:
            if isinstance(self.next_run_at, datetime.datetime):
                field_dict["nextRunAt"] = self.next_run_at.isoformat()
            else:
                field_dict["nextRunAt"] = self.next_run_at
        elif "nextRunAt" in self._null_keys:
            field_dict["nextRunAt"] = None
        if self.task_id is not None:
            field_dict["taskId"] = self.task_id
        if self.application_id is not None:
            field_dict["applicationId"] = self.application_id

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
            _where_ = "cron"
            cron = src_dict["cron"]
            if not (isinstance(cron, str)):
                raise _decoding.Mismatch("string", cron)

            _where_ = "criticality"
            criticality = TaskCriticality.from_json(src_dict["criticality"])

            _where_ = "lastRunAt"
            _last_run_at = src_dict.get("lastRunAt", _ABSENT)
            last_run_at: datetime.datetime | None = None
            if _last_run_at is None:
                _nulls.append(_where_)
            elif _last_run_at is not _ABSENT:
                if isinstance(_last_run_at, str):
                    last_run_at_type_0 = datetime.datetime.fromisoformat(_last_run_at)

                    last_run_at = last_run_at_type_0
                else:
                    raise _decoding.Mismatch("null or date-time string", _last_run_at)

            else:
                _absent += 1

            _where_ = "nextRunAt"
            _next_run_at = src_dict.get("nextRunAt", _ABSENT)
            next_run_at: datetime.datetime | None = None
            if _next_run_at is None:
                _nulls.append(_where_)
            elif _next_run_at is not _ABSENT:
                if isinstance(_next_run_at, str):
                    next_run_at_type_0 = datetime.datetime.fromisoformat(_next_run_at)

                    next_run_at = next_run_at_type_0
                else:
                    raise _decoding.Mismatch("null or date-time string", _next_run_at)

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

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            task_schedule = cls.__new__(cls)
            task_schedule.cron = cron
            task_schedule.criticality = criticality
            task_schedule.last_run_at = last_run_at
            task_schedule.next_run_at = next_run_at
            task_schedule.task_id = task_id
            task_schedule.application_id = application_id
            task_schedule._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 6 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        task_schedule.additional_properties = d
        return task_schedule

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
from ..models.task_criticality import _KNOWN as _TaskCriticality_known  # noqa: E402

_TaskCriticality_member = _TaskCriticality_known.get
_new = TaskSchedule.__new__


def _decode(d: Any) -> TaskSchedule:
    """TaskSchedule.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 2  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(TaskSchedule)
    v = d["cron"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.cron = v
    o.criticality = _TaskCriticality_member(d["criticality"]) or TaskCriticality.from_json(d["criticality"])
    if "lastRunAt" in d:
        v = d["lastRunAt"]
        known += 1
        if v is None:
            nulls += ("lastRunAt",)
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.last_run_at = v
    else:
        o.last_run_at = None
    if "nextRunAt" in d:
        v = d["nextRunAt"]
        known += 1
        if v is None:
            nulls += ("nextRunAt",)
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.next_run_at = v
    else:
        o.next_run_at = None
    if "taskId" in d:
        v = d["taskId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.task_id = v
    else:
        o.task_id = None
    if "applicationId" in d:
        v = d["applicationId"]
        known += 1
        if v.__class__ is not str:
            raise _decoding.FastPathMiss
        o.application_id = v
    else:
        o.application_id = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


TaskSchedule._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "cron": "cron",
            "criticality": "criticality",
            "last_run_at": "lastRunAt",
            "next_run_at": "nextRunAt",
            "task_id": "taskId",
            "application_id": "applicationId",
        },
    ):
        cron: str
        criticality: str
        last_run_at: str | None | _msgspec.UnsetType = _msgspec.UNSET
        next_run_at: str | None | _msgspec.UnsetType = _msgspec.UNSET
        task_id: str | _msgspec.UnsetType = _msgspec.UNSET
        application_id: str | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> TaskSchedule:
        """TaskSchedule from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(TaskSchedule)
        o.cron = s.cron
        o.criticality = _TaskCriticality_member(s.criticality) or TaskCriticality.from_json(s.criticality)
        v = s.last_run_at
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("lastRunAt")
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.last_run_at = v
        v = s.next_run_at
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("nextRunAt")
        else:
            if v.__class__ is str:
                v = _known_datetime(v) or _remember_datetime(v, _parse_datetime(v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.next_run_at = v
        v = s.task_id
        if v is _UNSET:
            v = None
        o.task_id = v
        v = s.application_id
        if v is _UNSET:
            v = None
        o.application_id = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    TaskSchedule._struct = _Struct
    TaskSchedule._from_struct = _from_struct
