# avido_client runtime (runtime/_operation.py): make generate copies it verbatim; edit it in runtime/.
"""One operation of the spec as a record, and everything that calls it.

Each generated resource module holds one `Operation` per operation (method, path, auth
headers, parameters and how each goes on the wire, the body, what each response decodes
into, how it pages) and its methods pass their arguments here. `call` and `acall` build
the request, send it and decode the answer (or give it raw); `walk` and `awalk` go through
every page. Arguments are checked against the record before anything is sent.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import math
import re
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx

from . import pagination
from ._base_client import BaseClient, Sent
from ._constants import DEFAULT_CONCURRENCY, MAX_PATH_SEGMENT_LENGTH
from ._decoding import Model, checking_a_body_to_send, decode, decode_error_body, locate
from ._options import check_body, check_count, check_headers, check_query, check_timeout
from ._page import Page, PageContext
from ._response import RawResponse
from ._secrets import safe_headers, safe_request
from .errors import ResponseValidationError, request_id_of, safe_response, status_error
from .types import UNSET, Unset

S = TypeVar("S")  # what a success body decodes into (None for an operation that answers no body)
I = TypeVar("I")  # an item of a page  # noqa: E741


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter as the spec declares it, and how its Python value goes on the wire."""

    python_name: str
    name: str
    location: Literal["path", "query", "header"]
    required: bool = False
    json_type: str = "string"  # the JSON type of the value (of each item, for an array)
    enum: type[enum.Enum] | None = None  # of the value, or of each item of an array
    array: bool = False
    explode: bool = True  # an array as repeated keys; False: one comma-separated value
    date_time: bool = False
    # The schema's bounds, checked before sending (of each item's length, for an array of strings).
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None  # a regular expression a string (or each item) must match


@dataclass(frozen=True, slots=True)
class RequestBody:
    """The JSON body an operation takes: a model, given as keyword arguments (one per top-level
    property: `fields` pairs each argument with its JSON key) or, for a body that is not an
    object with properties, whole as `body`."""

    model: type[Model]
    fields: tuple[tuple[str, str], ...] | None = None
    required: bool = False


@dataclass(frozen=True, slots=True)
class PageSpec(Generic[I]):
    """How an operation pages: by `skip` and `limit` query parameters, items in `data`."""

    item: type[I]
    max_limit: int  # the spec's maximum `limit`: the page size of the walkers
    skip: str = "skip"
    limit: str = "limit"


@dataclass(frozen=True, slots=True)
class Operation(Generic[S, I]):
    """An operation of the spec, with the classes its parameters and bodies use. `S` is what a
    success body decodes into, `I` a page's item (None for an operation that doesn't page)."""

    operation_id: str
    method: str
    path: str  # with {placeholders} for the path parameters
    security: tuple[str, ...] = ()  # the auth headers its security requirement names
    parameters: tuple[Parameter, ...] = ()
    success: type[Any] | None = None  # None: the success response has no body
    success_statuses: tuple[int, int] = (200, 200)  # the first 2xx response's status range
    envelope: str | None = None  # the key a success body may come wrapped in
    # Other documented responses: (lowest status, highest status, model of the body or None).
    responses: tuple[tuple[int, int, type[Model] | None], ...] = ()
    page: PageSpec[I] | None = field(default=None)
    body: RequestBody | None = None
    # Safe to repeat, so retried even once sent (a POST or PATCH is not, unless the spec says).
    idempotent: bool = True


@dataclass(frozen=True, slots=True)
class CallOptions:
    """The per-call options, checked: what goes on the request besides the arguments."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    timeout: httpx.Timeout | None  # None: the client's


def call_options(
    client: BaseClient,
    extra_headers: object = None,
    extra_query: object = None,
    extra_body: object = None,
    timeout: object = None,
) -> CallOptions:
    """The per-call options, checked as the client's own are (TypeError or ValueError naming the
    option), before anything is sent. `timeout` is an Unset when not given."""
    if extra_headers is None and extra_query is None and extra_body is None and isinstance(timeout, Unset):
        return NO_OPTIONS  # the usual call: nothing to check
    return CallOptions(
        extra_headers=check_headers(extra_headers, "extra_headers", reserved=client.credential_headers()),
        extra_query=check_query(extra_query),
        extra_body=check_body(extra_body),
        timeout=None if isinstance(timeout, Unset) else check_timeout(timeout),
    )


NO_OPTIONS = CallOptions({}, {}, {}, None)


# --- building a request -----------------------------------------------------------------------


def _enum_value(parameter: Parameter, enum_type: type[enum.Enum], value: Any) -> str:
    """The value to send for an enum parameter: a member's value, or a plain string, if it is one
    the spec lists (a member the API added later, which parses in responses, can't be sent)."""
    text = value.value if isinstance(value, enum.Enum) else value
    if not isinstance(text, str):
        raise ValueError(
            f"{parameter.python_name}: expected one of {enum_type.__name__}'s values, "
            f"got {type(value).__name__}"
        )
    if text not in enum_type._value2member_map_:
        allowed = ", ".join(repr(member.value) for member in enum_type)
        raise ValueError(
            f"{parameter.python_name}: {text!r} is not a value this client knows; one of {allowed}"
        )
    return text


def _typed(parameter: Parameter, value: Any) -> Any:
    """The value, if it is of the parameter's JSON type (a bool is not a number here)."""
    expected = parameter.json_type
    if expected == "string":
        ok = isinstance(value, str)
    elif expected == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif expected == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    elif expected == "boolean":
        ok = isinstance(value, bool)
    else:
        ok = True
    if not ok:
        raise ValueError(f"{parameter.python_name}: expected {expected}, got {type(value).__name__}")
    return value


@functools.cache
def _pattern(expression: str) -> re.Pattern[str]:
    """A spec's pattern, compiled once (JSON Schema's patterns are ECMA-262, which these share)."""
    return re.compile(expression)


def _bounded(parameter: Parameter, value: Any) -> Any:
    """The value, if it is within the schema's bounds."""
    if isinstance(value, str):
        if parameter.min_length is not None and len(value) < parameter.min_length:
            shown = "empty" if not value else f"{len(value)} characters long"
            raise ValueError(
                f"{parameter.python_name}: {shown}; the API takes at least {parameter.min_length} "
                f"character{'s' if parameter.min_length != 1 else ''} (leave it out to not filter)"
            )
        if parameter.max_length is not None and len(value) > parameter.max_length:
            raise ValueError(
                f"{parameter.python_name}: {len(value):,} characters long, over {parameter.max_length:,}"
            )
        if parameter.pattern is not None and _pattern(parameter.pattern).search(value) is None:
            raise ValueError(f"{parameter.python_name}: {value[:80]!r} does not match {parameter.pattern!r}")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if parameter.minimum is not None and value < parameter.minimum:
            raise ValueError(
                f"{parameter.python_name}: {value} is under the minimum of {parameter.minimum:g}"
            )
        if parameter.maximum is not None and value > parameter.maximum:
            raise ValueError(f"{parameter.python_name}: {value} is over the maximum of {parameter.maximum:g}")
    return value


def _scalar(parameter: Parameter, value: Any) -> Any:
    if parameter.enum is not None:
        return _enum_value(parameter, parameter.enum, value)
    if parameter.date_time:
        if not isinstance(value, datetime.datetime):
            raise ValueError(f"{parameter.python_name}: expected a datetime, got {type(value).__name__}")
        if value.utcoffset() is None:
            # RFC 3339 needs an offset, and a naive datetime's (local? UTC?) is anyone's guess.
            raise ValueError(
                f"{parameter.python_name}: a datetime without a timezone can't be sent; give it a tzinfo"
            )
        return value.isoformat()
    return _bounded(parameter, _typed(parameter, value))


def _query_value(parameter: Parameter, value: Any) -> Any:
    if not parameter.array:
        return _scalar(parameter, value)
    # One value where the spec takes several is a list of one (as the parameter took before it did).
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    if parameter.min_items is not None and len(values) < parameter.min_items:
        raise ValueError(
            f"{parameter.python_name}: {len(values)} values; the API takes at least {parameter.min_items} "
            "(leave it out to not filter)"
        )
    if parameter.max_items is not None and len(values) > parameter.max_items:
        raise ValueError(f"{parameter.python_name}: {len(values)} values, over {parameter.max_items}")
    items = [_scalar(parameter, item) for item in values]
    return items if parameter.explode else ",".join(str(item) for item in items)


def _path_segment(parameter: Parameter, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{parameter.python_name} must be a string, not {type(value).__name__}")
    if value in ("", ".", ".."):
        # Percent-encoding leaves these as they are, and a URL resolver would then send the
        # request to a different path.
        raise ValueError(f"{parameter.python_name} must not be {value!r}")
    if len(value) > MAX_PATH_SEGMENT_LENGTH:
        raise ValueError(
            f"{parameter.python_name} is {len(value):,} characters long, over {MAX_PATH_SEGMENT_LENGTH:,}"
        )
    return quote(_bounded(parameter, value), safe="")


def _jsonable(value: Any, where: str) -> Any:
    """A Python value as JSON: models by their to_dict(), enums by value, datetimes as RFC 3339."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise ValueError(f"{where}: a datetime without a timezone can't be sent; give it a tzinfo")
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _jsonable(item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item, f"{where}[{index}]") for index, item in enumerate(value)]
    return value


def _body_content(body: RequestBody, arguments: Mapping[str, Any], extra: Mapping[str, Any]) -> bytes | None:
    """The body as JSON, checked against its model first; None when nothing is to be sent."""
    names: dict[str, str] = {}
    if body.fields is None:
        given = arguments.get("body")
        if given is None or isinstance(given, Unset):
            if body.required:
                raise ValueError("body is required")
            payload: Any = None
        else:
            payload = _jsonable(given, "body")
            if not isinstance(payload, Mapping):
                raise ValueError(
                    f"body: expected a {body.model.__name__} or a mapping, got {type(given).__name__}"
                )
    else:
        payload = {}
        for python_name, key in body.fields:
            value = arguments.get(python_name, UNSET)  # None is a value here: JSON null
            if not isinstance(value, Unset):
                payload[key] = _jsonable(value, python_name)
                names[key] = python_name
        if not payload and not body.required and not extra:
            return None
    if payload is None and not extra:
        return None
    payload = {**(payload or {}), **extra}
    try:
        with checking_a_body_to_send():
            body.model.from_dict(payload)
    except Exception as exc:
        located = locate(exc, "", payload)
        if located.path and isinstance(located.path[0], str):
            located.path[0] = names.get(located.path[0], located.path[0])
        where = located.path_text() if located.path else "body"
        raise ValueError(f"{where}: {located.reason}") from None
    try:
        return json.dumps(payload, allow_nan=False, separators=(",", ":")).encode()
    except (TypeError, ValueError) as exc:  # a value JSON can't hold (NaN, a set)
        raise ValueError(f"body: {exc}") from None


def request_kwargs(
    operation: Operation[Any, Any], arguments: Mapping[str, Any], options: CallOptions = NO_OPTIONS
) -> dict[str, Any]:
    """httpx request arguments for a call: path filled in, query and headers serialised as the
    spec says, the body as JSON, the call's extra query, headers and body added. Raises
    ValueError for a value that can't be sent, before anything is sent."""
    segments: dict[str, str] = {}
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for parameter in operation.parameters:
        value = arguments.get(parameter.python_name)
        if value is None or isinstance(value, Unset):
            if parameter.required:
                raise ValueError(f"{parameter.python_name} is required")
            continue  # not given: not sent
        if parameter.location == "path":
            segments[parameter.name] = _path_segment(parameter, value)
        elif parameter.location == "query":
            params[parameter.name] = _query_value(parameter, value)
        else:
            headers[parameter.name] = str(_scalar(parameter, value))
    params.update(options.extra_query)
    headers.update(options.extra_headers)
    kwargs: dict[str, Any] = {"method": operation.method, "url": operation.path.format(**segments)}
    if params:
        kwargs["params"] = params
    if operation.body is not None:
        content = _body_content(operation.body, arguments, options.extra_body)
        if content is not None:
            kwargs["content"] = content
            headers["Content-Type"] = "application/json"
    elif options.extra_body:
        raise ValueError(f"extra_body: {operation.operation_id} takes no request body")
    if headers:
        kwargs["headers"] = headers
    return kwargs


# --- decoding a response ------------------------------------------------------------------------


def _is_success(operation: Operation[Any, Any], response: httpx.Response) -> bool:
    low, high = operation.success_statuses
    return low <= response.status_code <= high


def _error_body(operation: Operation[Any, Any], response: httpx.Response) -> Any:
    """An error body decoded leniently: None if it isn't one, or the spec documents no body."""
    for low, high, model in operation.responses:
        if low <= response.status_code <= high:
            return decode_error_body(model, response) if model is not None else None
    return None


def _decoded(client: BaseClient, operation: Operation[S, Any], response: httpx.Response) -> S:
    """The success body as the operation's model; ResponseValidationError (carrying the response
    and the request, credentials removed) when it doesn't match the spec."""
    if operation.success is None:
        none: S = None  # type: ignore[assignment]
        return none
    try:
        decoded: S = decode(operation.success, response, operation.envelope, client.secrets)
    except ResponseValidationError as error:
        error.response = safe_response(response, client.secrets, client.credential_headers())
        error.request = error.response.request
        error.request_id = request_id_of(response.headers)
        raise
    return decoded


def _checked(client: BaseClient, operation: Operation[Any, Any], response: httpx.Response) -> httpx.Response:
    """The response, if its status is the operation's success; else the status's error, raised."""
    if _is_success(operation, response):
        return response
    raise status_error(
        response,
        client.secrets,
        client.credential_headers(),
        lambda redacted: _error_body(operation, redacted),
    )


def _page_context(
    client: BaseClient, operation: Operation[Any, Any], arguments: Mapping[str, Any], options: CallOptions
) -> PageContext:
    """How a page of this call goes on: the same arguments (filters, page size) at another skip."""
    page = _page_spec(operation)
    skip, limit = (arguments.get(name) for name in (page.skip, page.limit))
    given_limit = None if limit is None or isinstance(limit, Unset) else int(limit)

    def at(start: int, size: int | None) -> dict[str, Any]:
        return {**arguments, page.skip: start, page.limit: size}

    return PageContext(
        skip=0 if skip is None or isinstance(skip, Unset) else int(skip),
        limit=given_limit,
        listing=_listing(operation),
        fetch=lambda start, size: call(client, operation, at(start, size), options),
        afetch=lambda start, size: acall(client, operation, at(start, size), options),
    )


def _answer(
    client: BaseClient,
    operation: Operation[S, Any],
    sent: Sent,
    raw: bool,
    arguments: Mapping[str, Any],
    options: CallOptions,
) -> Any:
    response = _checked(client, operation, sent.response)

    def decoded() -> Any:
        result: Any = _decoded(client, operation, response)
        if operation.page is not None and isinstance(result, Page):
            result._page = _page_context(client, operation, arguments, options)
        return result

    if not raw:
        return decoded()
    return RawResponse(
        status_code=response.status_code,
        headers=safe_headers(response.headers, client.secrets, client.credential_headers()),
        request=safe_request(response.request, client.secrets, client.credential_headers()),
        content=response.content,
        elapsed=sent.elapsed,
        retries_taken=sent.retries_taken,
        parse=decoded,
    )


# --- calling -------------------------------------------------------------------------------------


def call(
    client: BaseClient,
    operation: Operation[S, Any],
    arguments: Mapping[str, Any],
    options: CallOptions = NO_OPTIONS,
    raw: bool = False,
) -> Any:
    """Send the call; the success body decoded (a RawResponse with `raw`), or the status's error
    raised."""
    request = request_kwargs(operation, arguments, options)
    sent = client.send(
        operation.operation_id,
        operation.security,
        request,
        idempotent=operation.idempotent,
        timeout=options.timeout,
    )
    return _answer(client, operation, sent, raw, arguments, options)


async def acall(
    client: BaseClient,
    operation: Operation[S, Any],
    arguments: Mapping[str, Any],
    options: CallOptions = NO_OPTIONS,
    raw: bool = False,
) -> Any:
    """The async twin of `call`."""
    request = request_kwargs(operation, arguments, options)
    sent = await client.asend(
        operation.operation_id,
        operation.security,
        request,
        idempotent=operation.idempotent,
        timeout=options.timeout,
    )
    return _answer(client, operation, sent, raw, arguments, options)


def _listing(operation: Operation[Any, Any]) -> str:
    """How a walk's warnings name the listing: `listRuns (GET /v0/runs)`."""
    return f"{operation.operation_id} ({operation.method} {operation.path})"


def _page_spec(operation: Operation[Any, I]) -> PageSpec[I]:
    if operation.page is None:
        raise TypeError(f"{operation.operation_id} does not page")
    return operation.page


def _page_size(page: PageSpec[Any], arguments: Mapping[str, Any]) -> int:
    limit = arguments.get(page.limit)
    return page.max_limit if limit is None or isinstance(limit, Unset) else int(limit)


def _walk_settings(page: PageSpec[Any], arguments: Mapping[str, Any], skip: int, concurrency: int) -> int:
    """The page size of a walk; the walk's own arguments checked before anything is sent."""
    check_count(skip, "skip", 0)
    check_count(concurrency, "concurrency", 1)
    return _page_size(page, arguments)


def walk(
    client: BaseClient,
    operation: Operation[Any, I],
    arguments: Mapping[str, Any],
    options: CallOptions,
    skip: int = 0,
    concurrency: int = DEFAULT_CONCURRENCY,
    strict: bool = False,
) -> Generator[I]:
    """Every item of every page from `skip` on, in order, `limit` a page (the spec's maximum unless
    given), fetching up to `concurrency` pages at once on threads."""
    page = _page_spec(operation)
    limit = _walk_settings(page, arguments, skip, concurrency)
    return pagination.walk_pages(
        lambda at: call(client, operation, {**arguments, page.skip: at, page.limit: limit}, options),
        limit,
        concurrency,
        start=skip,
        strict=strict,
        listing=_listing(operation),
    )


def awalk(
    client: BaseClient,
    operation: Operation[Any, I],
    arguments: Mapping[str, Any],
    options: CallOptions,
    skip: int = 0,
    concurrency: int = DEFAULT_CONCURRENCY,
    strict: bool = False,
) -> AsyncGenerator[I]:
    """The async twin of `walk`, fetching up to `concurrency` pages at once."""
    page = _page_spec(operation)
    limit = _walk_settings(page, arguments, skip, concurrency)
    return pagination.walk_pages_async(
        lambda at: acall(client, operation, {**arguments, page.skip: at, page.limit: limit}, options),
        limit,
        concurrency,
        start=skip,
        strict=strict,
        listing=_listing(operation),
    )
