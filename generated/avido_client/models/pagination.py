from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Pagination metadata returned in a paginated response. Every key is optional: the
    official SDK reads each as optional, and a client should page on by the items it
    received when one is missing.

        Attributes:
            skip (int | Unset): Number of items skipped. Example: 0.
            limit (int | Unset): Number of items per page. Example: 25.
            total (int | Unset): Total number of items available. Example: 100.
            total_pages (int | Unset): Total number of pages available. Example: 4.
    """

    skip: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip = self.skip

        limit = self.limit

        total = self.total

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip is not UNSET:
            field_dict["skip"] = skip
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode the JSON object; raises _decoding.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            d = dict(src_dict)
            _key = "skip"
            skip = d.pop("skip", UNSET)
            if skip is not UNSET and not (isinstance(skip, int) and not isinstance(skip, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(skip, float) and skip.is_integer():
                    skip = int(skip)
                else:
                    raise _decoding.Mismatch("integer", skip)

            _key = "limit"
            limit = d.pop("limit", UNSET)
            if limit is not UNSET and not (isinstance(limit, int) and not isinstance(limit, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(limit, float) and limit.is_integer():
                    limit = int(limit)
                else:
                    raise _decoding.Mismatch("integer", limit)

            _key = "total"
            total = d.pop("total", UNSET)
            if total is not UNSET and not (isinstance(total, int) and not isinstance(total, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(total, float) and total.is_integer():
                    total = int(total)
                else:
                    raise _decoding.Mismatch("integer", total)

            _key = "totalPages"
            total_pages = d.pop("totalPages", UNSET)
            if total_pages is not UNSET and not (
                isinstance(total_pages, int) and not isinstance(total_pages, bool)
            ):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(total_pages, float) and total_pages.is_integer():
                    total_pages = int(total_pages)
                else:
                    raise _decoding.Mismatch("integer", total_pages)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            pagination = cls.__new__(cls)
            pagination.skip = skip
            pagination.limit = limit
            pagination.total = total
            pagination.total_pages = total_pages
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

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
