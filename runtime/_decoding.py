# avido_client runtime (runtime/_decoding.py): make generate copies it verbatim; edit it in runtime/.
"""Response bodies into models: a success body strictly, an error body leniently.

The models' `from_dict` raise `Mismatch` for a JSON value of the wrong type and pass every
other failure through `locate`, which records where in the body it happened; `decode`
turns that into one `ResponseValidationError` naming the model, the JSON path and the
reason, carrying the raw body. JSON that Python's parser takes but JSON doesn't allow
(NaN, Infinity, a number too large for a float) is refused, and so is a body nested too
deeply to decode: nothing a model holds can fail to encode back to JSON. Bodies are parsed
by orjson when it is installed (the `orjson` extra), else by the standard library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, Protocol, TypeVar

import httpx

from ._secrets import Secrets
from .errors import ResponseValidationError


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...

    def to_dict(self) -> dict[str, Any]: ...


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


class FastPathMiss(Exception):
    """A model's flat decoder doesn't take the value as it is: its from_dict decides (and names
    what is wrong, if anything is)."""


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


def _finite(text: str) -> float:
    value = float(text)
    if value == _INFINITY or value == -_INFINITY:
        raise ValueError(f"the number {text[:20]} is too large for a float")
    return value


_INFINITY = math.inf


def _not_json(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON value")


# One decoder for every body: json.loads builds a new one on each call given any hook.
_JSON = json.JSONDecoder(parse_float=_finite, parse_constant=_not_json)
_scan = _JSON.decode
_detect_encoding = json.detect_encoding


def load_with_json(content: bytes) -> Any:
    """Parse a body with the standard library, as json.loads does (UTF-8, -16 or -32, told by its
    first bytes); ValueError for anything JSON doesn't allow."""
    try:
        return _scan(content.decode(_detect_encoding(content), "surrogatepass"))
    except RecursionError:
        raise ValueError("nested too deeply to decode") from None


def load_with_orjson(content: bytes) -> Any:
    """Parse a body with orjson (the `orjson` extra): about twice as fast as the standard
    library, and as strict: it refuses NaN, Infinity, a number too large for a float, and
    nesting deeper than 1,024 (its JSONDecodeError is a ValueError). It differs in two corners
    JSON leaves open: an integer beyond 64 bits comes back as a float, and a string with a lone
    surrogate escape is refused."""
    return _orjson_loads(content)


load_json: Callable[[bytes], Any]
try:  # optional: `pip install avido-client[orjson]`
    from orjson import loads as _orjson_loads
except ImportError:  # pragma: no cover - depends on the environment
    load_json = load_with_json
else:
    load_json = load_with_orjson


def decode(
    model: type[M], response: httpx.Response, envelope: str | None = None, secrets: Secrets | None = None
) -> M:
    """Decode a success body into `model`; raises ResponseValidationError naming what is wrong.

    With `envelope`, the body may also be the model wrapped in an object under that key
    (the spec accepts both; the key is never one of the model's own properties). With
    `secrets`, an error shows none of them (a server could echo a key into a bad field).
    """
    try:
        data = load_json(response.content)
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        redact = secrets or Secrets(())
        raise ResponseValidationError(
            model=model.__name__,
            path="",
            reason=redact.redact(f"body is not JSON ({exc})"),
            raw_body=redact.redact_bytes(response.content),
        ) from None
    unwrapped = envelope is not None and type(data) is dict and envelope in data
    value = data[envelope] if unwrapped else data
    fast = getattr(model, "_decode_fast", None)
    if fast is not None:
        try:
            decoded: M = fast(value)
        except Exception:  # the fast path doesn't take it: from_dict decides, naming what is wrong
            pass
        else:
            return decoded
    try:
        decoded = model.from_dict(value)
    except RecursionError:
        located = DecodeError([], "nested too deeply to decode")
    except Exception as exc:
        located = locate(exc, "", value)
    else:
        return decoded
    if unwrapped:
        located.path.insert(0, str(envelope))
    # Raised outside the handler, so no exception of decoding (with its values) is chained to it.
    redact = secrets or Secrets(())
    raise ResponseValidationError(
        model=model.__name__,
        path=redact.redact(located.path_text()),
        reason=redact.redact(located.reason),
        raw_body=redact.redact_bytes(response.content),
    )


def decode_error_body(model: type[M], response: httpx.Response) -> M | None:
    """Decode an error body into `model`, or None when it is not one (an HTML 502 page, say)."""
    try:
        decoded: M = model.from_dict(load_json(response.content))
    except Exception:
        return None
    return decoded
