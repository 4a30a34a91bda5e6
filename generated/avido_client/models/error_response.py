from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Body of an error response. The reference pages document no error bodies, so
    this schema is deliberately permissive: every key is optional and unknown keys
    are kept. The keys listed are the ones commonly sent by the API's framework.

        Attributes:
            status_code (int | Unset): The HTTP status code, repeated in the body.
            error (str | Unset): Short name of the error, such as "Not Found".
            message (Any | Unset): Human-readable description of the problem; a string, or a list of strings for validation
                errors.
    """

    status_code: int | Unset = UNSET
    error: str | Unset = UNSET
    message: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode the JSON object; raises _decoding.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            d = dict(src_dict)
            _key = "statusCode"
            status_code = d.pop("statusCode", UNSET)
            if status_code is not UNSET and not (
                isinstance(status_code, int) and not isinstance(status_code, bool)
            ):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(status_code, float) and status_code.is_integer():
                    status_code = int(status_code)
                else:
                    raise _decoding.Mismatch("integer", status_code)

            _key = "error"
            error = d.pop("error", UNSET)
            if error is not UNSET and not (isinstance(error, str)):
                raise _decoding.Mismatch("string", error)

            _key = "message"
            message = d.pop("message", UNSET)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            error_response = cls.__new__(cls)
            error_response.status_code = status_code
            error_response.error = error
            error_response.message = message
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        error_response.additional_properties = d
        return error_response

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
