import datetime
from collections.abc import AsyncIterator, Iterator

from ... import _spec
from ..._constants import DEFAULT_CONCURRENCY
from ..._operation import (
    OperationSpec,
    PageSpec,
    Parameter,
    acall,
    acall_detailed,
    aiterate,
    call,
    call_detailed,
    iterate,
)
from ...client import AuthenticatedClient
from ...models.error_response import ErrorResponse
from ...models.eval_type import EvalType
from ...models.order_direction import OrderDirection
from ...models.paginated_runs import PaginatedRuns
from ...models.run import Run
from ...models.status import Status
from ...types import UNSET, Response, Unset

_OPERATION: OperationSpec[PaginatedRuns, Run] = OperationSpec(
    info=_spec.OPERATIONS["list_runs"],
    parameters=(
        Parameter("skip", "skip", "query"),
        Parameter("limit", "limit", "query"),
        Parameter("order_by", "orderBy", "query"),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("task_id", "taskId", "query"),
        Parameter("trace_id", "traceId", "query"),
        Parameter("status", "status", "query", enum=Status),
        Parameter("type_", "type", "query", enum=EvalType),
        Parameter("start_date", "startDate", "query", date_time=True),
        Parameter("end_date", "endDate", "query", date_time=True),
    ),
    success=PaginatedRuns,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=Run, max_limit=100),
)


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
    return call_detailed(
        client,
        _OPERATION,
        {
            "skip": skip,
            "limit": limit,
            "order_by": order_by,
            "order_dir": order_dir,
            "task_id": task_id,
            "trace_id": trace_id,
            "status": status,
            "type_": type_,
            "start_date": start_date,
            "end_date": end_date,
        },
    )


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
    return call(
        client,
        _OPERATION,
        {
            "skip": skip,
            "limit": limit,
            "order_by": order_by,
            "order_dir": order_dir,
            "task_id": task_id,
            "trace_id": trace_id,
            "status": status,
            "type_": type_,
            "start_date": start_date,
            "end_date": end_date,
        },
    )


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
    return await acall_detailed(
        client,
        _OPERATION,
        {
            "skip": skip,
            "limit": limit,
            "order_by": order_by,
            "order_dir": order_dir,
            "task_id": task_id,
            "trace_id": trace_id,
            "status": status,
            "type_": type_,
            "start_date": start_date,
            "end_date": end_date,
        },
    )


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
    return await acall(
        client,
        _OPERATION,
        {
            "skip": skip,
            "limit": limit,
            "order_by": order_by,
            "order_dir": order_dir,
            "task_id": task_id,
            "trace_id": trace_id,
            "status": status,
            "type_": type_,
            "start_date": start_date,
            "end_date": end_date,
        },
    )


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
    limit: int = 100,
) -> Iterator[Run]:
    """Every item of every page, in order, fetched `limit` at a time with the same filters.

    The walk ends at the first short or empty page, or where the server's total says.
    Raises what `sync` raises.
    """
    return iterate(
        client,
        _OPERATION,
        {
            "order_by": order_by,
            "order_dir": order_dir,
            "task_id": task_id,
            "trace_id": trace_id,
            "status": status,
            "type_": type_,
            "start_date": start_date,
            "end_date": end_date,
        }
        | {"limit": limit},
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
    limit: int = 100,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncIterator[Run]:
    """Every item of every page, in order; once the first page is in, up to `concurrency`
    pages are fetched at once and at most that many are held in memory.

    Raises what `asyncio` raises.
    """
    return aiterate(
        client,
        _OPERATION,
        {
            "order_by": order_by,
            "order_dir": order_dir,
            "task_id": task_id,
            "trace_id": trace_id,
            "status": status,
            "type_": type_,
            "start_date": start_date,
            "end_date": end_date,
        }
        | {"limit": limit},
        concurrency,
    )
