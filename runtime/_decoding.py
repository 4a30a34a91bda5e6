# avido_client runtime (runtime/_decoding.py): make generate copies it verbatim; edit it in runtime/.
"""Response bodies into models: a success body strictly, an error body leniently.

The models' `from_dict` raise `Mismatch` for a JSON value of the wrong type and pass every
other failure through `locate`, which records where in the body it happened; `decode`
turns that into one `ResponseValidationError` naming the model, the JSON path and the
reason, carrying the raw body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx

from .errors import ResponseValidationError


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=Model)


class DecodeError(Exception):
    """Raised inside from_dict; becomes a ResponseValidationError at the response boundary.

    `path` grows from the failing value up to the top as each enclosing from_dict adds its key.
    """

    def __init__(self, path: list[str | int], reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason

    def path_text(self) -> str:
        text = ""
        for segment in self.path:
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text


class Mismatch(TypeError):
    """A JSON value of the wrong type."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {json_type(value)}")


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def locate(exc: Exception, key: str | tuple[str, int], source: object) -> DecodeError:
    """Turn any exception from decoding `source[key]` into a DecodeError naming where it happened."""
    segments: list[str | int] = [] if key == "" else list(key) if isinstance(key, tuple) else [key]
    if isinstance(exc, DecodeError):
        exc.path[0:0] = segments
        return exc
    if not isinstance(source, Mapping):
        return DecodeError([], f"expected object, got {json_type(source)}")
    if isinstance(exc, KeyError) and isinstance(key, str) and key not in source:
        return DecodeError([], f"missing required key {key!r}")
    if isinstance(exc, Mismatch):
        return DecodeError(segments, str(exc))
    value = source.get(key[0] if isinstance(key, tuple) else key)
    if isinstance(key, tuple) and isinstance(value, list) and key[1] < len(value):
        value = value[key[1]]
    shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:77] + "..."
    return DecodeError(segments, f"invalid value {shown}: {exc}")


def decode(model: type[M], response: httpx.Response, envelope: str | None = None) -> M:
    """Decode a success body into `model`; raises ResponseValidationError naming what is wrong.

    With `envelope`, the body may also be the model wrapped in an object under that key
    (the spec accepts both; the key is never one of the model's own properties).
    """
    try:
        data = response.json()
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ResponseValidationError(
            model=model.__name__, path="", reason=f"body is not JSON ({exc})", raw_body=response.content
        ) from None
    unwrapped = envelope is not None and isinstance(data, Mapping) and envelope in data
    value = data[envelope] if unwrapped else data
    try:
        decoded: M = model.from_dict(value)
    except Exception as exc:
        located = locate(exc, "", value)
        if unwrapped:
            located.path.insert(0, str(envelope))
        raise ResponseValidationError(
            model=model.__name__, path=located.path_text(), reason=located.reason, raw_body=response.content
        ) from exc
    return decoded


def decode_error_body(model: type[M], response: httpx.Response) -> M | None:
    """Decode an error body into `model`, or None when it is not one (an HTML 502 page, say)."""
    try:
        decoded: M = model.from_dict(response.json())
    except Exception:
        return None
    return decoded
