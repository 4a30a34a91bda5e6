# avido_client runtime (runtime/_operation.py): make generate copies it verbatim; edit it in runtime/.
"""One operation from the spec, and everything that calls it.

`_spec.py` (generated) holds each operation's `OperationInfo`: method, path, the auth
headers it needs, its page item. Each generated module in `api/` adds what needs the
models: an `OperationSpec` with its parameters (and how each goes on the wire), what its
bodies decode into, and how it pages; its functions pass their arguments here. `call` and
`call_detailed` (and their async twins) send and decode; `iterate` and `aiterate` walk
every page.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx

from . import pagination
from ._base_client import BaseClient
from ._constants import DEFAULT_CONCURRENCY, MAX_PATH_SEGMENT_LENGTH
from ._decoding import Model, decode, decode_error_body, locate
from .errors import status_error
from .types import Response, Unset

S = TypeVar("S", bound=Model)  # what a success body decodes into
I = TypeVar("I")  # an item of a page  # noqa: E741


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter as the spec declares it, and how its Python value goes on the wire."""

    python_name: str
    name: str
    location: Literal["path", "query", "header"]
    required: bool = False
    enum: type[Enum] | None = None  # of the value, or of each item of an array
    array: bool = False
    explode: bool = True  # an array as repeated keys; False: one comma-separated value
    date_time: bool = False


@dataclass(frozen=True, slots=True)
class PageSpec(Generic[I]):
    """How an operation pages: by `skip` and `limit` query parameters, items in `data`."""

    item: type[I]
    max_limit: int  # the spec's maximum `limit`: the page size of the walkers
    skip: str = "skip"
    limit: str = "limit"


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """What the spec says of an operation that needs no model class (generated into `_spec.py`)."""

    name: str  # the Python name, such as "list_runs"
    operation_id: str
    tag: str
    method: str
    path: str  # with {placeholders} for the path parameters
    security: tuple[str, ...]  # the auth headers its security requirement names
    page_item: str | None = None  # the model of a page's items, for an operation that pages
    # Safe to repeat, so retried even once sent (a POST or PATCH is not, unless the spec says).
    idempotent: bool = True


@dataclass(frozen=True, slots=True)
class OperationSpec(Generic[S, I]):
    """An operation with the classes its parameters and bodies use. `I` is the page item
    (None for an operation that doesn't page)."""

    info: OperationInfo
    parameters: tuple[Parameter, ...]
    success: type[S]
    success_statuses: tuple[int, int]  # the first 2xx response's status range
    envelope: str | None = None  # the key a success body may come wrapped in
    # Other documented responses: (lowest status, highest status, model of the body or None).
    responses: tuple[tuple[int, int, type[Model] | None], ...] = ()
    page: PageSpec[I] | None = field(default=None)
    body: type[Model] | None = None  # the model of the JSON body the operation takes, if any
    body_required: bool = False


# --- building a request -----------------------------------------------------------------------


def _enum_value(parameter: Parameter, enum: type[Enum], value: Any) -> str:
    """The value to send for an enum parameter: a member's value, or a plain string, if it is one
    the spec lists (a member the API added later, which parses in responses, can't be sent)."""
    text = value.value if isinstance(value, Enum) else value
    if not isinstance(text, str):
        raise ValueError(
            f"{parameter.python_name}: expected one of {enum.__name__}'s values, got {type(value).__name__}"
        )
    if text not in enum._value2member_map_:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise ValueError(f"{parameter.name}: {text!r} is not a value this client knows; one of {allowed}")
    return text


def _scalar(parameter: Parameter, value: Any) -> Any:
    if parameter.enum is not None:
        return _enum_value(parameter, parameter.enum, value)
    if parameter.date_time and isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            # RFC 3339 needs an offset, and a naive datetime's (local? UTC?) is anyone's guess.
            raise ValueError(
                f"{parameter.python_name}: a datetime without a timezone can't be sent; give it a tzinfo"
            )
        return value.isoformat()
    return value


def _query_value(parameter: Parameter, value: Any) -> Any:
    if not parameter.array:
        return _scalar(parameter, value)
    # One value where the spec takes several is a list of one (as the parameter took before it did).
    items = [_scalar(parameter, item) for item in (value if isinstance(value, (list, tuple)) else [value])]
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
    return quote(value, safe="")


def _json_body(operation: OperationSpec[Any, Any], body: Any) -> bytes:
    """The body as JSON, checked against its model first: a model instance or a mapping of its
    JSON keys, either of which must decode as the spec says."""
    model = operation.body
    assert model is not None
    payload = body.to_dict() if isinstance(body, model) else body
    if not isinstance(payload, Mapping):
        raise ValueError(f"body: expected a {model.__name__} or a mapping, got {type(body).__name__}")
    try:
        model.from_dict(payload)
    except Exception as exc:
        located = locate(exc, "", payload)
        where = f"body: {located.path_text()}" if located.path else "body"
        raise ValueError(f"{where}: {located.reason}") from None
    try:
        return json.dumps(payload, allow_nan=False, separators=(",", ":")).encode()
    except (TypeError, ValueError) as exc:  # a value JSON can't hold (NaN, a set)
        raise ValueError(f"body: {exc}") from None


def request_kwargs(operation: OperationSpec[Any, Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """httpx request arguments for a call: path filled in, query and headers serialised as the
    spec says, the body as JSON. Raises ValueError for a value that can't be sent, before
    anything is sent."""
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
    kwargs: dict[str, Any] = {"method": operation.info.method, "url": operation.info.path.format(**segments)}
    if params:
        kwargs["params"] = params
    if operation.body is not None:
        body = arguments.get("body")
        if body is not None and not isinstance(body, Unset):
            kwargs["content"] = _json_body(operation, body)
            headers["Content-Type"] = "application/json"
        elif operation.body_required:
            raise ValueError("body is required")
    if headers:
        kwargs["headers"] = headers
    return kwargs


# --- decoding a response ------------------------------------------------------------------------


def _is_success(operation: OperationSpec[Any, Any], response: httpx.Response) -> bool:
    low, high = operation.success_statuses
    return low <= response.status_code <= high


def parse_response(operation: OperationSpec[S, Any], response: httpx.Response) -> Any:
    """The body decoded by status: a success body strictly, an error body leniently (None if it
    isn't one, or the spec documents no body for the status)."""
    if _is_success(operation, response):
        return decode(operation.success, response, operation.envelope)
    for low, high, model in operation.responses:
        if low <= response.status_code <= high:
            return decode_error_body(model, response) if model is not None else None
    return None


def _success(client: BaseClient, operation: OperationSpec[S, Any], response: httpx.Response) -> S:
    if _is_success(operation, response):
        return decode(operation.success, response, operation.envelope, client.secrets)
    raise status_error(
        response,
        client.secrets,
        client.credential_headers(),
        lambda redacted: parse_response(operation, redacted),
    )


def _detailed(operation: OperationSpec[Any, Any], response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse_response(operation, response),
    )


# --- calling -------------------------------------------------------------------------------------


def call(client: BaseClient, operation: OperationSpec[S, Any], arguments: Mapping[str, Any]) -> S:
    """Send the call; the success body decoded, or the status's error raised."""
    request = request_kwargs(operation, arguments)
    return _success(
        client,
        operation,
        client.send(operation.info.name, operation.info.security, request, operation.info.idempotent),
    )


async def acall(client: BaseClient, operation: OperationSpec[S, Any], arguments: Mapping[str, Any]) -> S:
    """The async twin of `call`."""
    request = request_kwargs(operation, arguments)
    return _success(
        client,
        operation,
        await client.asend(operation.info.name, operation.info.security, request, operation.info.idempotent),
    )


def call_detailed(
    client: BaseClient, operation: OperationSpec[Any, Any], arguments: Mapping[str, Any]
) -> Response[Any]:
    """Send the call; the whole response, whatever its status."""
    request = request_kwargs(operation, arguments)
    return _detailed(
        operation,
        client.send(operation.info.name, operation.info.security, request, operation.info.idempotent),
    )


async def acall_detailed(
    client: BaseClient, operation: OperationSpec[Any, Any], arguments: Mapping[str, Any]
) -> Response[Any]:
    """The async twin of `call_detailed`."""
    request = request_kwargs(operation, arguments)
    return _detailed(
        operation,
        await client.asend(operation.info.name, operation.info.security, request, operation.info.idempotent),
    )


def _page_spec(operation: OperationSpec[Any, I]) -> PageSpec[I]:
    if operation.page is None:
        raise TypeError(f"{operation.info.name} does not page")
    return operation.page


def iterate(
    client: BaseClient,
    operation: OperationSpec[Any, I],
    arguments: Mapping[str, Any],
    concurrency: int = DEFAULT_CONCURRENCY,
    *,
    skip: int = 0,
    strict: bool = False,
) -> Generator[I]:
    """Every item of every page from `skip` on, in order and each once, `limit` a page (the
    spec's maximum unless given), fetching up to `concurrency` pages at once on threads;
    `strict` raises PaginationError where the walk can't prove it skipped nothing (see
    `pagination`)."""
    page = _page_spec(operation)
    limit = arguments.get(page.limit)
    limit = page.max_limit if limit is None or isinstance(limit, Unset) else limit
    return pagination.walk_pages(
        lambda at: call(client, operation, {**arguments, page.skip: at, page.limit: limit}),
        limit,
        concurrency,
        start=skip,
        strict=strict,
        listing=_listing(operation),
    )


def aiterate(
    client: BaseClient,
    operation: OperationSpec[Any, I],
    arguments: Mapping[str, Any],
    concurrency: int = DEFAULT_CONCURRENCY,
    *,
    skip: int = 0,
    strict: bool = False,
) -> AsyncGenerator[I]:
    """The async twin of `iterate`, fetching up to `concurrency` pages at once."""
    page = _page_spec(operation)
    limit = arguments.get(page.limit)
    limit = page.max_limit if limit is None or isinstance(limit, Unset) else limit
    return pagination.walk_pages_async(
        lambda at: acall(client, operation, {**arguments, page.skip: at, page.limit: limit}),
        limit,
        concurrency,
        start=skip,
        strict=strict,
        listing=_listing(operation),
    )


def _listing(operation: OperationSpec[Any, Any]) -> str:
    """The listing as a walk's warnings name it, such as "list_runs (GET /v0/runs)"."""
    return f"{operation.info.name} ({operation.info.method} {operation.info.path})"
