"""List runs: `GET /v0/runs` (`listRuns`). Also `client.runs.list`."""

import datetime
from collections.abc import AsyncGenerator, Generator

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
from ...models.eval_type import EvalType, EvalTypeLiteral
from ...models.order_direction import OrderDirection, OrderDirectionLiteral
from ...models.paginated_runs import PaginatedRuns
from ...models.run import Run
from ...models.status import Status, StatusLiteral
from ...types import Response

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
    body=None,
    body_required=False,
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: str | None = None,
    trace_id: str | None = None,
    status: Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
) -> Response[ErrorResponse | PaginatedRuns]:
    """List runs (`GET /v0/runs`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID.
        trace_id: Filter by trace ID.
        status: Filter by evaluation status.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

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
    skip: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: str | None = None,
    trace_id: str | None = None,
    status: Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
) -> PaginatedRuns:
    """List runs (`GET /v0/runs`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID.
        trace_id: Filter by trace ID.
        status: Filter by evaluation status.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

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
    skip: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: str | None = None,
    trace_id: str | None = None,
    status: Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
) -> Response[ErrorResponse | PaginatedRuns]:
    """List runs (`GET /v0/runs`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID.
        trace_id: Filter by trace ID.
        status: Filter by evaluation status.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

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
    skip: int | None = None,
    limit: int | None = None,
    order_by: str | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: str | None = None,
    trace_id: str | None = None,
    status: Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
) -> PaginatedRuns:
    """List runs (`GET /v0/runs`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID.
        trace_id: Filter by trace ID.
        status: Filter by evaluation status.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

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
    order_by: str | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: str | None = None,
    trace_id: str | None = None,
    status: Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    limit: int = 100,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Generator[Run]:
    """Every item of every page, in order, fetched `limit` at a time with the same filters; once
    the first page is in, `concurrency` pages are fetched ahead (on threads) while one is read,
    and no more are held in memory.

    The walk goes by what came back (see the package README); raises what `sync` raises, and
    errors.PaginationError when the pages don't add up.
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
        concurrency,
    )


def asyncio_all(
    *,
    client: AuthenticatedClient,
    order_by: str | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: str | None = None,
    trace_id: str | None = None,
    status: Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    limit: int = 100,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncGenerator[Run]:
    """Every item of every page, in order; once the first page is in, `concurrency` pages are
    fetched ahead while one is read, and no more are held in memory.

    Raises what `asyncio` raises, and errors.PaginationError when the pages don't add up.
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
