# avido_client runtime (runtime/_decoding.py): make generate copies it verbatim; edit it in runtime/.
"""Response bodies into models: a success body strictly, an error body leniently.

The models' `from_dict` raise `Mismatch` for a JSON value of the wrong type and pass every
other failure through `locate`, which records where in the body it happened; `decode`
turns that into one `ResponseValidationError` naming the model, the JSON path and the
reason, carrying the raw body. JSON that Python's parser takes but JSON doesn't allow
(NaN, Infinity, a number too large for a float) is refused, and so is a body nested too
deeply to decode: nothing a model holds can fail to encode back to JSON.

Fast paths, each giving what the exact path gives or leaving the body to it: every model has a
flat decoder (`_decode_fast`, generated beside `from_dict`) that decode tries first. With the
`fast` extra (msgspec) installed, a success body is first decoded natively into the model's
msgspec Structs, checked as the spec says, and converted into the model (`_from_struct`), and
bodies are parsed by msgspec; whatever msgspec doesn't take (a key the spec doesn't name, a
value the exact path would refuse or read otherwise, text it won't parse) goes the standard
way, the standard library parsing it when msgspec can't: the extra changes no result and no
error, only the time.
"""

from __future__ import annotations

import contextvars
import datetime
import enum
import json
import json.scanner
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, NoReturn, Protocol, TypeVar

try:  # optional: the `fast` extra
    import msgspec
except ImportError:  # pragma: no cover - depends on the environment
    msgspec = None  # type: ignore[assignment]

import httpx

from ._constants import MAX_CACHED_DATETIMES
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


# Date-times the fast paths parsed, by their text: a page repeats many (every test of a task
# carries the task's, its application's, its topic's), and parsing one costs several lookups.
# The fast paths read `known_datetime(text) or remember_datetime(text, parse_datetime(text))`
# (C calls only); `decode` forgets them all once there are more than MAX_CACHED_DATETIMES.
_DATETIMES: dict[str, datetime.datetime] = {}
known_datetime = _DATETIMES.get
remember_datetime = _DATETIMES.setdefault
parse_datetime = datetime.datetime.fromisoformat  # as from_dict parses a date-time


class Mismatch(TypeError):
    """A JSON value of the wrong type."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {json_type(value)}")


class UnknownEnumValue(ValueError):
    """An enum value the spec doesn't list, in a body being sent."""

    def __init__(self, enum_type: type[enum.Enum], value: str) -> None:
        allowed = ", ".join(repr(member.value) for member in enum_type)
        super().__init__(f"{value!r} is not a value this client knows; one of {allowed}")


# Whether the body being decoded is one the caller sends (a request body checked against its
# model before sending): an enum value the spec doesn't list parses in a response
# (forward-compatible, so one new value doesn't lose a page) but is refused in a request, as an
# enum parameter's is. A context variable, so threads and tasks checking bodies at once don't mix.
_sending: contextvars.ContextVar[bool] = contextvars.ContextVar("avido_client_sending", default=False)


@contextmanager
def checking_a_body_to_send() -> Iterator[None]:
    """Within this block, the models' enums refuse values the spec doesn't list."""
    token = _sending.set(True)
    try:
        yield
    finally:
        _sending.reset(token)


def refuse_unknown_enum_value(enum_type: type[enum.Enum], value: str) -> None:
    """Raise UnknownEnumValue while a body to send is checked (the enums' `_missing_` asks)."""
    if _sending.get():
        raise UnknownEnumValue(enum_type, value)


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
    if isinstance(exc, (Mismatch, UnknownEnumValue)):
        return DecodeError(segments, str(exc))
    value = source.get(key[0] if isinstance(key, tuple) else key)
    if isinstance(key, tuple) and isinstance(value, list) and key[1] < len(value):
        value = value[key[1]]
    shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:77] + "..."
    return DecodeError(segments, f"invalid value {shown}: {exc}")


def _finite(text: str) -> float:
    value = float(text)
    if value - value:  # nan for an infinity, 0.0 for any other float
        raise ValueError(f"the number {text[:20]} is too large for a float")
    return value


def _not_json(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON value")


# One decoder for every body: json.loads builds a new one on each call given any hook. Its
# scanner is called directly (as JSONDecoder.decode does, less two Python calls); a body it
# doesn't take whole as it is (whitespace first, or something after the value) goes through
# JSONDecoder.decode, which parses it or raises the error json.loads raises.
_JSON = json.JSONDecoder(parse_float=_finite, parse_constant=_not_json)
_scan_once = json.scanner.make_scanner(_JSON)  # type: ignore[arg-type]  # what _JSON scans with
_detect_encoding = json.detect_encoding


def load_with_json(content: bytes) -> Any:
    """Parse a body with the standard library, as json.loads does (UTF-8, -16 or -32, told by its
    first bytes); ValueError for anything JSON doesn't allow."""
    try:
        text = content.decode(_detect_encoding(content), "surrogatepass")
        try:
            value, end = _scan_once(text, 0)
        except StopIteration:  # nothing to parse at the start (or only whitespace there)
            return _JSON.decode(text)
        if end == len(text) or not text[end:].strip(" \t\n\r"):
            return value
        return _JSON.decode(text)  # raises json.loads's error ("Extra data")
    except RecursionError:
        raise ValueError("nested too deeply to decode") from None


def load_with_msgspec(content: bytes) -> Any:
    """Parse a body with msgspec (the `fast` extra), about twice as fast as the standard library;
    what msgspec doesn't take (text it finds malformed, a number out of its range, UTF-16, a lone
    surrogate escape, deep nesting) is parsed by the standard library, so the values, and the
    errors, are the standard library's."""
    try:
        return _msgspec_decode(content)
    except Exception:
        return load_with_json(content)


load_json: Callable[[bytes], Any]
if msgspec is None:  # pragma: no cover - depends on the environment
    load_json = load_with_json
else:
    _msgspec_decode = msgspec.json.Decoder().decode
    load_json = load_with_msgspec

# Each model's native decoder (with the envelope it may come in), built on first use; None for
# a model that has none (its Structs are of a shape msgspec can't decode unambiguously).
_NATIVE: dict[tuple[type, str | None], Callable[[bytes], Any] | None] = {}


def _native_decoder(model: type[Any], envelope: str | None) -> Callable[[bytes], Any] | None:
    struct = model.__dict__.get("_struct")
    convert = model.__dict__.get("_from_struct")
    if msgspec is None or struct is None or convert is None:
        return None
    try:
        bare = msgspec.json.Decoder(struct).decode
        wrapped = (
            msgspec.json.Decoder(
                msgspec.defstruct(
                    f"{model.__name__}Envelope", [(envelope, struct)], forbid_unknown_fields=True
                )
            ).decode
            if envelope is not None
            else None
        )
    except (TypeError, ValueError):  # a union msgspec can't tell apart: the standard way
        return None
    key = str(envelope)
    marker = json.dumps(key).encode()

    def native(content: bytes) -> Any:
        # Wrapped first when the body starts with the key (a failed try costs an exception).
        if wrapped is not None and marker in content[:64]:
            try:
                return convert(getattr(wrapped(content), key))
            except msgspec.ValidationError:
                return convert(bare(content))
        try:
            return convert(bare(content))
        except msgspec.ValidationError:
            if wrapped is None:
                raise
        return convert(getattr(wrapped(content), key))

    return native


def decode(
    model: type[M], response: httpx.Response, envelope: str | None = None, secrets: Secrets | None = None
) -> M:
    """Decode a success body into `model`; raises ResponseValidationError naming what is wrong.

    With `envelope`, the body may also be the model wrapped in an object under that key
    (the spec accepts both; the key is never one of the model's own properties). With
    `secrets`, an error shows none of them (a server could echo a key into a bad field).
    """
    if len(_DATETIMES) > MAX_CACHED_DATETIMES:
        _DATETIMES.clear()
    if load_json is load_with_msgspec:
        key = (model, envelope)
        if key not in _NATIVE:
            _NATIVE[key] = _native_decoder(model, envelope)
        native = _NATIVE[key]
        if native is not None:
            try:
                natively: M = native(response.content)
            except Exception:  # not as msgspec takes it: the standard way decides
                pass
            else:
                return natively
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
