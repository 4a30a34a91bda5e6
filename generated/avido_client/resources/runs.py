"""`client.runs`: the runs operations of the spec, one method each (its operationId less the
tag's noun) and an async twin prefixed `a`. Written by make generate from openapi.yaml; the same
operations are the functions in `api/runs/`."""

import datetime
from collections.abc import AsyncGenerator, Generator

from .._base_client import BaseClient
from .._constants import DEFAULT_CONCURRENCY
from .._operation import acall, aiterate, call, iterate
from ..api.runs import list_runs as _list_runs
from ..models.eval_type import EvalType, EvalTypeLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_runs import PaginatedRuns
from ..models.run import Run
from ..models.status import Status, StatusLiteral


class RunsResource:
    """`client.runs`: `list` (List runs)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

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
            self._client,
            _list_runs._OPERATION,
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
        type_: EvalType | EvalTypeLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
    ) -> PaginatedRuns:
        """The async twin of `list`."""
        return await acall(
            self._client,
            _list_runs._OPERATION,
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

    def list_all(
        self,
        *,
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
        """Every Run of every page of `list`, in order, with the same
        filters, `limit` a page, up to `concurrency` pages fetched at once. Raises what
        `list` raises, and errors.PaginationError when the pages don't add up."""
        return iterate(
            self._client,
            _list_runs._OPERATION,
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

    def alist_all(
        self,
        *,
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
        """The async twin of `list_all`, fetching up to `concurrency` pages at once."""
        return aiterate(
            self._client,
            _list_runs._OPERATION,
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
