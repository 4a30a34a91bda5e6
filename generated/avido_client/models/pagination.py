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


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "skip",
        "limit",
        "total",
        "totalPages",
    }
)


@_attrs_define
class Pagination:
    """Pagination metadata returned in a paginated response. Every key is optional: the
    official SDK reads each as optional, and a client should page on by the items it
    received when one is missing.

        Attributes:
            skip (int | None): Number of items skipped. Example: 0.
            limit (int | None): Number of items per page. Example: 25.
            total (int | None): Total number of items available. Example: 100.
            total_pages (int | None): Total number of pages available. Example: 4.
    """

    # The fast paths below: what _decoding.decode tries before from_dict.
    _decode_fast: ClassVar[Callable[[Any], Pagination]]
    _struct: ClassVar[Any]
    _from_struct: ClassVar[Callable[[Any], Pagination]]

    skip: int | None = None
    limit: int | None = None
    total: int | None = None
    total_pages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional keys that came as an explicit null (None also stands for an absent key).
    _null_keys: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.skip is not None:
            field_dict["skip"] = self.skip
        if self.limit is not None:
            field_dict["limit"] = self.limit
        if self.total is not None:
            field_dict["total"] = self.total
        if self.total_pages is not None:
            field_dict["totalPages"] = self.total_pages

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
            _where_ = "skip"
            _skip = src_dict.get("skip", _ABSENT)
            skip: int | None = None
            if _skip is None:
                raise _decoding.Mismatch("integer", None)
            elif _skip is not _ABSENT:
                skip = _skip
                if not (isinstance(skip, int) and not isinstance(skip, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(skip, float) and skip.is_integer():
                        skip = int(skip)
                    else:
                        raise _decoding.Mismatch("integer", skip)

            else:
                _absent += 1

            _where_ = "limit"
            _limit = src_dict.get("limit", _ABSENT)
            limit: int | None = None
            if _limit is None:
                raise _decoding.Mismatch("integer", None)
            elif _limit is not _ABSENT:
                limit = _limit
                if not (isinstance(limit, int) and not isinstance(limit, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(limit, float) and limit.is_integer():
                        limit = int(limit)
                    else:
                        raise _decoding.Mismatch("integer", limit)

            else:
                _absent += 1

            _where_ = "total"
            _total = src_dict.get("total", _ABSENT)
            total: int | None = None
            if _total is None:
                raise _decoding.Mismatch("integer", None)
            elif _total is not _ABSENT:
                total = _total
                if not (isinstance(total, int) and not isinstance(total, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(total, float) and total.is_integer():
                        total = int(total)
                    else:
                        raise _decoding.Mismatch("integer", total)

            else:
                _absent += 1

            _where_ = "totalPages"
            _total_pages = src_dict.get("totalPages", _ABSENT)
            total_pages: int | None = None
            if _total_pages is None:
                raise _decoding.Mismatch("integer", None)
            elif _total_pages is not _ABSENT:
                total_pages = _total_pages
                if not (isinstance(total_pages, int) and not isinstance(total_pages, bool)):
                    # JSON Schema counts 2.0 as an integer; so does the client.
                    if isinstance(total_pages, float) and total_pages.is_integer():
                        total_pages = int(total_pages)
                    else:
                        raise _decoding.Mismatch("integer", total_pages)

            else:
                _absent += 1

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            pagination = cls.__new__(cls)
            pagination.skip = skip
            pagination.limit = limit
            pagination.total = total
            pagination.total_pages = total_pages
            pagination._null_keys = frozenset(_nulls) if _nulls else _NO_NULLS
        except Exception as _exc:
            _located = _decoding.locate(_exc, _where_, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = (
            {}
            if len(src_dict) == 4 - _absent
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        pagination.additional_properties = d
        return pagination

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


_new = Pagination.__new__


def _decode(d: Any) -> Pagination:
    """Pagination.from_dict's fast path: the same model for a value from_dict takes as it is;
    for any other it raises (anything), and the caller runs from_dict for its error."""
    if d.__class__ is not dict:
        raise _decoding.FastPathMiss
    known = 0  # the keys the spec names that came
    o = _new(Pagination)
    if "skip" in d:
        v = d["skip"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.skip = v
    else:
        o.skip = None
    if "limit" in d:
        v = d["limit"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.limit = v
    else:
        o.limit = None
    if "total" in d:
        v = d["total"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.total = v
    else:
        o.total = None
    if "totalPages" in d:
        v = d["totalPages"]
        known += 1
        if v.__class__ is not int:
            raise _decoding.FastPathMiss
        o.total_pages = v
    else:
        o.total_pages = None
    o._null_keys = _NO_NULLS
    o.additional_properties = {} if len(d) == known else {k: x for k, x in d.items() if k not in _KNOWN_KEYS}
    return o


Pagination._decode_fast = _decode

if _msgspec is not None:
    # The JSON the spec allows, decoded natively (the `fast` extra), then converted: a key the
    # spec doesn't name, or any value it doesn't allow, leaves the body to the other paths.
    class _Struct(
        _msgspec.Struct,
        forbid_unknown_fields=True,
        gc=False,
        rename={
            "skip": "skip",
            "limit": "limit",
            "total": "total",
            "total_pages": "totalPages",
        },
    ):
        skip: int | _msgspec.UnsetType = _msgspec.UNSET
        limit: int | _msgspec.UnsetType = _msgspec.UNSET
        total: int | _msgspec.UnsetType = _msgspec.UNSET
        total_pages: int | _msgspec.UnsetType = _msgspec.UNSET

    _UNSET = _msgspec.UNSET

    def _from_struct(s: Any) -> Pagination:
        """Pagination from its Struct, as from_dict gives it; raises (anything) where they differ."""
        o = _new(Pagination)
        v = s.skip
        if v is _UNSET:
            v = None
        o.skip = v
        v = s.limit
        if v is _UNSET:
            v = None
        o.limit = v
        v = s.total
        if v is _UNSET:
            v = None
        o.total = v
        v = s.total_pages
        if v is _UNSET:
            v = None
        o.total_pages = v
        o._null_keys = _NO_NULLS
        o.additional_properties = {}
        return o

    Pagination._struct = _Struct
    Pagination._from_struct = _from_struct
