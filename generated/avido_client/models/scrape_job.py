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

from ..models.quickstart_status import QuickstartStatus
from ..models.scrape_job_status import ScrapeJobStatus

if TYPE_CHECKING:
    from ..models.scrape_job_failure import ScrapeJobFailure
    from ..models.scrape_job_page import ScrapeJobPage


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "applicationId",
        "name",
        "url",
        "initiatedBy",
        "status",
        "quickstartStatus",
        "createdAt",
        "modifiedAt",
        "pages",
        "failedPages",
    }
)


@_attrs_define
class ScrapeJob:
    """A scrape of a website, from which documents are made.

    Attributes:
        id (str): Unique identifier of the scrape.
        org_id (str): Organization ID that owns the scrape.
        application_id (str): ID of the application the scrape is for.
        name (str): Name of the scrape.
        url (str): Address of the site scraped.
        initiated_by (str): ID of the user who started the scrape.
        status (ScrapeJobStatus): Progress of a website scrape. Example: COMPLETED.
        quickstart_status (QuickstartStatus): Progress of the quickstart a scrape belongs to, if it belongs to one.
            Example: NOT_ASSOCIATED.
        created_at (datetime.datetime): When the scrape was created.
        modified_at (datetime.datetime): When the scrape was last modified.
        pages (list[ScrapeJobPage] | None): The pages found.
        failed_pages (list[ScrapeJobFailure] | None): The pages that could not be read.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], ScrapeJob]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], ScrapeJob]]

    id: str
    org_id: str
    application_id: str
    name: str
    url: str
    initiated_by: str
    status: ScrapeJobStatus
    quickstart_status: QuickstartStatus
    created_at: datetime.datetime
    modified_at: datetime.datetime
    pages: list[ScrapeJobPage] | None = None
    failed_pages: list[ScrapeJobFailure] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        application_id = self.application_id

        name = self.name

        url = self.url

        initiated_by = self.initiated_by

        status = self.status.value

        quickstart_status = self.quickstart_status.value

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "applicationId": application_id,
                "name": name,
                "url": url,
                "initiatedBy": initiated_by,
                "status": status,
                "quickstartStatus": quickstart_status,
                "createdAt": created_at,
                "modifiedAt": modified_at,
            }
        )
        if self.pages is not None:
            if isinstance(self.pages, list):
                field_dict["pages"] = []
                for pages_type_0_item_data in self.pages:
                    pages_type_0_item = pages_type_0_item_data.to_dict()
                    field_dict["pages"].append(pages_type_0_item)

            else:
                field_dict["pages"] = self.pages
        elif "pages" in self._null_keys:
            field_dict["pages"] = None
        if self.failed_pages is not None:
            if isinstance(self.failed_pages, list):
                field_dict["failedPages"] = []
                for failed_pages_type_0_item_data in self.failed_pages:
                    failed_pages_type_0_item = failed_pages_type_0_item_data.to_dict()
                    field_dict["failedPages"].append(failed_pages_type_0_item)

            else:
                field_dict["failedPages"] = self.failed_pages
        elif "failedPages" in self._null_keys:
            field_dict["failedPages"] = None

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

            _where_ = "applicationId"
            application_id = src_dict["applicationId"]
            if not (isinstance(application_id, str)):
                raise _decoding.Mismatch("string", application_id)

            _where_ = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise _decoding.Mismatch("string", name)

            _where_ = "url"
            url = src_dict["url"]
            if not (isinstance(url, str)):
                raise _decoding.Mismatch("string", url)

            _where_ = "initiatedBy"
            initiated_by = src_dict["initiatedBy"]
            if not (isinstance(initiated_by, str)):
                raise _decoding.Mismatch("string", initiated_by)

            _where_ = "status"
            status = ScrapeJobStatus.from_json(src_dict["status"])

            _where_ = "quickstartStatus"
            quickstart_status = QuickstartStatus.from_json(src_dict["quickstartStatus"])

            _where_ = "createdAt"
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

            _where_ = "modifiedAt"
            modified_at = datetime.datetime.fromisoformat(src_dict["modifiedAt"])

            _where_ = "pages"
            _pages = src_dict.get("pages", _ABSENT)
            pages: list[ScrapeJobPage] | None = None
            if _pages is None:
                _nulls.append(_where_)
            elif _pages is not _ABSENT:
                if isinstance(_pages, list):
                    _pages_type_0 = _pages
                    if True:
                        if not isinstance(_pages_type_0, list):
                            raise _decoding.Mismatch("array", _pages_type_0)
                        pages_type_0 = []
                        for _index, pages_type_0_item_data in enumerate(_pages_type_0):
                            _where_ = ("pages", _index)
                            pages_type_0_item = ScrapeJobPage.from_dict(pages_type_0_item_data)

                            pages_type_0.append(pages_type_0_item)

                    pages = pages_type_0
                else:
                    raise _decoding.Mismatch("null or array", _pages)

            else:
                _absent += 1

            _where_ = "failedPages"
            _failed_pages = src_dict.get("failedPages", _ABSENT)
            failed_pages: list[ScrapeJobFailure] | None = None
            if _failed_pages is None:
                _nulls.append(_where_)
            elif _failed_pages is not _ABSENT:
                if isinstance(_failed_pages, list):
                    _failed_pages_type_0 = _failed_pages
                    if True:
                        if not isinstance(_failed_pages_type_0, list):
                            raise _decoding.Mismatch("array", _failed_pages_type_0)
                        failed_pages_type_0 = []
                        for _index, failed_pages_type_0_item_data in enumerate(_failed_pages_type_0):
                            _where_ = ("failedPages", _index)
                            failed_pages_type_0_item = ScrapeJobFailure.from_dict(
                                failed_pages_type_0_item_data
                            )

                            failed_pages_type_0.append(failed_pages_type_0_item)

                    failed_pages = failed_pages_type_0
                else:
                    raise _decoding.Mismatch("null or array", _failed_pages)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            scrape_job = cls.__new__(cls)
            scrape_job.id = id
            scrape_job.org_id = org_id
            scrape_job.application_id = application_id
            scrape_job.name = name
            scrape_job.url = url
            scrape_job.initiated_by = initiated_by
            scrape_job.status = status
            scrape_job.quickstart_status = quickstart_status
            scrape_job.created_at = created_at
            scrape_job.modified_at = modified_at
            scrape_job.pages = pages
            scrape_job.failed_pages = failed_pages
            scrape_job._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
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
        scrape_job.additional_properties = d
        return scrape_job

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
from ..models.quickstart_status import _KNOWN as _QuickstartStatus_known  # noqa: E402

_QuickstartStatus_member = _QuickstartStatus_known.get
from ..models.scrape_job_status import _KNOWN as _ScrapeJobStatus_known  # noqa: E402

_ScrapeJobStatus_member = _ScrapeJobStatus_known.get
_new = ScrapeJob.__new__


def _decode(d: Any) -> ScrapeJob:
    """ScrapeJob.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 10  # the keys the spec names that came
    nulls: tuple[str, ...] = ()
    o = _new(ScrapeJob)
    v = d["id"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.id = v
    v = d["orgId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.org_id = v
    v = d["applicationId"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.application_id = v
    v = d["name"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.name = v
    v = d["url"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.url = v
    v = d["initiatedBy"]
    if v.__class__ is not str:
        raise _decoding.FastPathMiss
    o.initiated_by = v
    o.status = _ScrapeJobStatus_member(d["status"]) or ScrapeJobStatus.from_json(d["status"])
    o.quickstart_status = _QuickstartStatus_member(d["quickstartStatus"]) or QuickstartStatus.from_json(
        d["quickstartStatus"]
    )
    o.created_at = _known_datetime(d["createdAt"]) or _remember_datetime(
        d["createdAt"], _parse_datetime(d["createdAt"])
    )
    o.modified_at = _known_datetime(d["modifiedAt"]) or _remember_datetime(
        d["modifiedAt"], _parse_datetime(d["modifiedAt"])
    )
    if "pages" in d:
        v = d["pages"]
        known += 1
        if v is None:
            nulls += ("pages",)
        else:
            if v.__class__ is list:
                v = list(map(_decode_ScrapeJobPage, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.pages = v
    else:
        o.pages = None
    if "failedPages" in d:
        v = d["failedPages"]
        known += 1
        if v is None:
            nulls += ("failedPages",)
        else:
            if v.__class__ is list:
                v = list(map(_decode_ScrapeJobFailure, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.failed_pages = v
    else:
        o.failed_pages = None
    o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


ScrapeJob._decode_fast = _decode

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
            "application_id": "applicationId",
            "name": "name",
            "url": "url",
            "initiated_by": "initiatedBy",
            "status": "status",
            "quickstart_status": "quickstartStatus",
            "created_at": "createdAt",
            "modified_at": "modifiedAt",
            "pages": "pages",
            "failed_pages": "failedPages",
        },
    ):
        id: str
        org_id: str
        application_id: str
        name: str
        url: str
        initiated_by: str
        status: str
        quickstart_status: str
        created_at: str
        modified_at: str
        pages: list[_Struct_ScrapeJobPage] | None | _msgspec.UnsetType = _msgspec.UNSET
        failed_pages: list[_Struct_ScrapeJobFailure] | None | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> ScrapeJob:
        """ScrapeJob from its Struct, as from_dict gives it; raises (anything) where they differ."""
        nulls: list[str] = []
        o = _new(ScrapeJob)
        o.id = s.id
        o.org_id = s.org_id
        o.application_id = s.application_id
        o.name = s.name
        o.url = s.url
        o.initiated_by = s.initiated_by
        o.status = _ScrapeJobStatus_member(s.status) or ScrapeJobStatus.from_json(s.status)
        o.quickstart_status = _QuickstartStatus_member(s.quickstart_status) or QuickstartStatus.from_json(
            s.quickstart_status
        )
        o.created_at = _known_datetime(s.created_at) or _remember_datetime(
            s.created_at, _parse_datetime(s.created_at)
        )
        o.modified_at = _known_datetime(s.modified_at) or _remember_datetime(
            s.modified_at, _parse_datetime(s.modified_at)
        )
        v = s.pages
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("pages")
        else:
            if v.__class__ is list:
                v = list(map(_from_struct_ScrapeJobPage, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.pages = v
        v = s.failed_pages
        if v is _UNSET:
            v = None
        elif v is None:
            nulls.append("failedPages")
        else:
            if v.__class__ is list:
                v = list(map(_from_struct_ScrapeJobFailure, v))
            elif v is None:
                pass
            else:
                raise _decoding.FastPathMiss
        o.failed_pages = v
        o._null_keys = frozenset(nulls) if nulls else _NO_NULLS
        o.additional_properties = {}
        return o

    ScrapeJob._struct = _Struct
    ScrapeJob._from_struct = _from_struct


# Imported after the class rather than inside its methods: models refer to each other, and
# an import statement inside from_dict would run on every call.
from ..models.scrape_job_failure import ScrapeJobFailure  # noqa: E402
from ..models.scrape_job_failure import _decode as _decode_ScrapeJobFailure  # noqa: E402
from ..models.scrape_job_page import ScrapeJobPage  # noqa: E402
from ..models.scrape_job_page import _decode as _decode_ScrapeJobPage  # noqa: E402

if _msgspec is not None:
    from ..models.scrape_job_failure import _from_struct as _from_struct_ScrapeJobFailure  # noqa: E402
    from ..models.scrape_job_failure import _Struct as _Struct_ScrapeJobFailure  # noqa: E402
    from ..models.scrape_job_page import _from_struct as _from_struct_ScrapeJobPage  # noqa: E402
    from ..models.scrape_job_page import _Struct as _Struct_ScrapeJobPage  # noqa: E402
