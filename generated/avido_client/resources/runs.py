"""`client.runs`: `list` (List runs).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncGenerator, Generator
from functools import cached_property

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.eval_type import EvalType, EvalTypeLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_runs import PaginatedRuns
from ..models.run import Run
from ..models.status import Status, StatusLiteral
from ..types import NOT_GIVEN, Headers, NotGiven, Query

_LIST_RUNS: Operation[PaginatedRuns, Run] = Operation(
    operation_id="listRuns",
    method="GET",
    path="/v0/runs",
    security=("x-api-key",),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", min_length=1),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("task_id", "taskId", "query", min_length=1),
        Parameter("trace_id", "traceId", "query", min_length=1),
        Parameter("status", "status", "query", enum=Status),
        Parameter("type", "type", "query", enum=EvalType),
        Parameter("start_date", "startDate", "query", date_time=True, min_length=1),
        Parameter("end_date", "endDate", "query", date_time=True, min_length=1),
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
    idempotent=True,
)


class RunsResource(APIResource):
    """`client.runs`: `list`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> RunsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return RunsResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedRuns:
        """List runs (`GET /v0/runs`, `listRuns`).

        Retrieves a paginated list of runs with optional filtering.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            task_id: Filter by task ID.
            trace_id: Filter by trace ID.
            status: Filter by evaluation status.
            type: Filter by evaluation type.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedRuns

        Raises:
            errors.APIStatusError: The API answered with an error status (a subclass per status).
            errors.ResponseValidationError: A success body does not match the spec.
            errors.APIConnectionError: No usable response after the client's retries (APITimeoutError:
                none in time; ResponseTooLargeError: over the client's limit).
            errors.MissingCredentialError: The client lacks a credential this operation needs.
            errors.ClientClosedError: The client was closed.
            ValueError, TypeError: An argument or option that can't be sent, before anything is sent.
        """
        return self._call(
            _LIST_RUNS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "start_date": start_date,
                "end_date": end_date,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def alist(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedRuns:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_RUNS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "start_date": start_date,
                "end_date": end_date,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: str | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[Run]:
        """List runs (`GET /v0/runs`, `listRuns`).

        Retrieves a paginated list of runs with optional filtering.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            task_id: Filter by task ID.
            trace_id: Filter by trace ID.
            status: Filter by evaluation status.
            type: Filter by evaluation type.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[Run]: the items, in order.

        Raises:
            errors.APIStatusError: The API answered with an error status (a subclass per status).
            errors.ResponseValidationError: A success body does not match the spec.
            errors.APIConnectionError: No usable response after the client's retries (APITimeoutError:
                none in time; ResponseTooLargeError: over the client's limit).
            errors.PaginationError: The pages don't add up (or, strict, the listing changed so that the
                walk can't prove it missed nothing: without strict, errors.PaginationWarning says so).
            errors.MissingCredentialError: The client lacks a credential this operation needs.
            errors.ClientClosedError: The client was closed.
            ValueError, TypeError: An argument or option that can't be sent, before anything is sent.
        """
        return self._walk(
            _LIST_RUNS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "start_date": start_date,
                "end_date": end_date,
                "limit": limit,
            },
            skip,
            concurrency,
            strict,
            extra_headers,
            extra_query,
            timeout,
        )

    def alist_all(
        self,
        *,
        order_by: str | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[Run]:
        """The async twin of `list_all`: `async for item in client.runs.alist_all(...)`."""
        return self._awalk(
            _LIST_RUNS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "start_date": start_date,
                "end_date": end_date,
                "limit": limit,
            },
            skip,
            concurrency,
            strict,
            extra_headers,
            extra_query,
            timeout,
        )


class RunsResourceWithRawResponse:
    """`client.runs.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
