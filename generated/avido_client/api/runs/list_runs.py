import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, asend, decode, decode_error_body, send, walk_pages, walk_pages_async
from ...models.error_response import ErrorResponse
from ...models.eval_type import EvalType
from ...models.order_direction import OrderDirection
from ...models.paginated_runs import PaginatedRuns
from ...models.run import Run
from ...models.status import Status
from ...types import UNSET, Response, Unset

# The page size of sync_all/asyncio_all: the largest the spec allows, for the fewest round trips.
PAGE_SIZE = 100

# The auth headers this operation's security requirement names (from the spec).
_SECURITY: tuple[str, ...] = ("x-api-key",)
_OPERATION = "list_runs"


def _get_kwargs(
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    errors.require_known(order_dir, "orderDir")
    errors.require_known(status, "status")
    errors.require_known(type_, "type")
    if not isinstance(start_date, Unset) and start_date.utcoffset() is None:
        # RFC 3339 needs an offset, and a naive datetime's (local? UTC?) is anyone's guess.
        raise ValueError("start_date: a datetime without a timezone can't be sent; give it a tzinfo")
    if not isinstance(end_date, Unset) and end_date.utcoffset() is None:
        # RFC 3339 needs an offset, and a naive datetime's (local? UTC?) is anyone's guess.
        raise ValueError("end_date: a datetime without a timezone can't be sent; give it a tzinfo")

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params["orderBy"] = order_by

    json_order_dir: str | Unset = UNSET
    if not isinstance(order_dir, Unset):
        json_order_dir = order_dir.value

    params["orderDir"] = json_order_dir

    params["taskId"] = task_id

    params["traceId"] = trace_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/runs",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ErrorResponse | PaginatedRuns | None:
    """The body decoded by status: a success body strictly, an error body leniently (None if it isn't one)."""
    if response.status_code == 200:
        return decode(PaginatedRuns, response)
    if response.status_code == 400:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 401:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 422:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 429:
        return decode_error_body(ErrorResponse, response)
    if 500 <= response.status_code <= 599:
        return decode_error_body(ErrorResponse, response)
    return None


def _build_response(response: httpx.Response) -> Response[ErrorResponse | PaginatedRuns]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _success(client: AuthenticatedClient, response: httpx.Response) -> PaginatedRuns:
    if 200 <= response.status_code <= 200:
        return decode(PaginatedRuns, response)
    raise errors.status_error(response, _parse_response(response), client.secrets())


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedRuns]:
    """List runs

     Retrieves a paginated list of runs with optional filtering.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of a run or test. Valid options: PENDING, IN_PROGRESS,
            PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

    Returns:
        The whole response; `parsed` holds the decoded body (None for an undocumented status).
    """
    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        order_by=order_by,
        order_dir=order_dir,
        task_id=task_id,
        trace_id=trace_id,
        status=status,
        type_=type_,
        start_date=start_date,
        end_date=end_date,
    )
    return _build_response(send(client, _OPERATION, _SECURITY, kwargs))


def sync(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> PaginatedRuns:
    """List runs

     Retrieves a paginated list of runs with optional filtering.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of a run or test. Valid options: PENDING, IN_PROGRESS,
            PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

    Returns:
        PaginatedRuns
    """
    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        order_by=order_by,
        order_dir=order_dir,
        task_id=task_id,
        trace_id=trace_id,
        status=status,
        type_=type_,
        start_date=start_date,
        end_date=end_date,
    )
    return _success(client, send(client, _OPERATION, _SECURITY, kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedRuns]:
    """List runs

     Retrieves a paginated list of runs with optional filtering.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of a run or test. Valid options: PENDING, IN_PROGRESS,
            PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

    Returns:
        The whole response; `parsed` holds the decoded body (None for an undocumented status).
    """
    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        order_by=order_by,
        order_dir=order_dir,
        task_id=task_id,
        trace_id=trace_id,
        status=status,
        type_=type_,
        start_date=start_date,
        end_date=end_date,
    )
    return _build_response(await asend(client, _OPERATION, _SECURITY, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> PaginatedRuns:
    """List runs

     Retrieves a paginated list of runs with optional filtering.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of a run or test. Valid options: PENDING, IN_PROGRESS,
            PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

    Returns:
        PaginatedRuns
    """
    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        order_by=order_by,
        order_dir=order_dir,
        task_id=task_id,
        trace_id=trace_id,
        status=status,
        type_=type_,
        start_date=start_date,
        end_date=end_date,
    )
    return _success(client, await asend(client, _OPERATION, _SECURITY, kwargs))


def sync_all(
    *,
    client: AuthenticatedClient,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int = PAGE_SIZE,
) -> Iterator[Run]:
    """Every item of every page, in order, fetched `limit` at a time with the same filters.

    The walk ends at the first short or empty page, or where the server's total says.
    Raises what `sync` raises.
    """
    return walk_pages(
        lambda skip: sync(
            client=client,
            order_by=order_by,
            order_dir=order_dir,
            task_id=task_id,
            trace_id=trace_id,
            status=status,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
        ),
        limit,
    )


def asyncio_all(
    *,
    client: AuthenticatedClient,
    order_by: str | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int = PAGE_SIZE,
    concurrency: int = 4,
) -> AsyncIterator[Run]:
    """Every item of every page, in order; once the first page gives the total, up to
    `concurrency` pages are fetched at once and at most that many are held in memory.

    Raises what `asyncio` raises.
    """
    return walk_pages_async(
        lambda skip: asyncio(
            client=client,
            order_by=order_by,
            order_dir=order_dir,
            task_id=task_id,
            trace_id=trace_id,
            status=status,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
        ),
        limit,
        concurrency,
    )
