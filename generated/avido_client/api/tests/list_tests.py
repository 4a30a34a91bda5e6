"""List tests: `GET /v0/tests` (`listTests`). Also `client.tests.list`."""

import datetime
from collections.abc import AsyncGenerator, Generator, Sequence

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
from ...models.paginated_tests import PaginatedTests
from ...models.pass_rate_status import PassRateStatus, PassRateStatusLiteral
from ...models.run_type import RunType, RunTypeLiteral
from ...models.status import Status, StatusLiteral
from ...models.test import Test
from ...models.test_order_field import TestOrderField, TestOrderFieldLiteral
from ...types import Response

_OPERATION: OperationSpec[PaginatedTests, Test] = OperationSpec(
    info=_spec.OPERATIONS["list_tests"],
    parameters=(
        Parameter("skip", "skip", "query"),
        Parameter("limit", "limit", "query"),
        Parameter("order_by", "orderBy", "query", enum=TestOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("task_id", "taskId", "query", array=True, explode=False),
        Parameter("trace_id", "traceId", "query"),
        Parameter("status", "status", "query", enum=Status, array=True, explode=False),
        Parameter("type_", "type", "query", enum=EvalType),
        Parameter("start_date", "startDate", "query", date_time=True),
        Parameter("end_date", "endDate", "query", date_time=True),
        Parameter("eval_definition_id", "evalDefinitionId", "query", array=True, explode=False),
        Parameter("experiment_variant_id", "experimentVariantId", "query", array=True, explode=False),
        Parameter("run_type", "runType", "query", enum=RunType, array=True, explode=False),
        Parameter(
            "pass_rate_statuses", "passRateStatuses", "query", enum=PassRateStatus, array=True, explode=False
        ),
        Parameter("tag_id", "tagId", "query", array=True, explode=False),
    ),
    success=PaginatedTests,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=Test, max_limit=100),
    body=None,
    body_required=False,
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | None = None,
    limit: int | None = None,
    order_by: TestOrderField | TestOrderFieldLiteral | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: Sequence[str] | str | None = None,
    trace_id: str | None = None,
    status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    eval_definition_id: Sequence[str] | str | None = None,
    experiment_variant_id: Sequence[str] | str | None = None,
    run_type: Sequence[RunType | RunTypeLiteral] | RunType | RunTypeLiteral | None = None,
    pass_rate_statuses: Sequence[PassRateStatus | PassRateStatusLiteral]
    | PassRateStatus
    | PassRateStatusLiteral
    | None = None,
    tag_id: Sequence[str] | str | None = None,
) -> Response[ErrorResponse | PaginatedTests]:
    """List tests (`GET /v0/tests`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID; several IDs are sent comma-separated.
        trace_id: Filter by trace ID.
        status: Filter by test status; several statuses are sent comma-separated.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).
        eval_definition_id: Filter by eval definition ID; several IDs are sent comma-separated.
        experiment_variant_id: Filter by experiment variant ID; several IDs are sent comma-
            separated.
        run_type: Filter by the type of the run a test belongs to; several are sent comma-
            separated.
        pass_rate_statuses: Filter by the pass-rate badge of the test's task (success: above 75 %,
            warning: 51 to
            75 %, error: 50 % or less); several are sent comma-separated.
        tag_id: Filter by the tag IDs of the test's task; `__none__` matches tests whose task has
            no
            tag. Several are sent comma-separated.

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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        },
    )


def sync(
    *,
    client: AuthenticatedClient,
    skip: int | None = None,
    limit: int | None = None,
    order_by: TestOrderField | TestOrderFieldLiteral | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: Sequence[str] | str | None = None,
    trace_id: str | None = None,
    status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    eval_definition_id: Sequence[str] | str | None = None,
    experiment_variant_id: Sequence[str] | str | None = None,
    run_type: Sequence[RunType | RunTypeLiteral] | RunType | RunTypeLiteral | None = None,
    pass_rate_statuses: Sequence[PassRateStatus | PassRateStatusLiteral]
    | PassRateStatus
    | PassRateStatusLiteral
    | None = None,
    tag_id: Sequence[str] | str | None = None,
) -> PaginatedTests:
    """List tests (`GET /v0/tests`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID; several IDs are sent comma-separated.
        trace_id: Filter by trace ID.
        status: Filter by test status; several statuses are sent comma-separated.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).
        eval_definition_id: Filter by eval definition ID; several IDs are sent comma-separated.
        experiment_variant_id: Filter by experiment variant ID; several IDs are sent comma-
            separated.
        run_type: Filter by the type of the run a test belongs to; several are sent comma-
            separated.
        pass_rate_statuses: Filter by the pass-rate badge of the test's task (success: above 75 %,
            warning: 51 to
            75 %, error: 50 % or less); several are sent comma-separated.
        tag_id: Filter by the tag IDs of the test's task; `__none__` matches tests whose task has
            no
            tag. Several are sent comma-separated.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

    Returns:
        PaginatedTests
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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        },
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | None = None,
    limit: int | None = None,
    order_by: TestOrderField | TestOrderFieldLiteral | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: Sequence[str] | str | None = None,
    trace_id: str | None = None,
    status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    eval_definition_id: Sequence[str] | str | None = None,
    experiment_variant_id: Sequence[str] | str | None = None,
    run_type: Sequence[RunType | RunTypeLiteral] | RunType | RunTypeLiteral | None = None,
    pass_rate_statuses: Sequence[PassRateStatus | PassRateStatusLiteral]
    | PassRateStatus
    | PassRateStatusLiteral
    | None = None,
    tag_id: Sequence[str] | str | None = None,
) -> Response[ErrorResponse | PaginatedTests]:
    """List tests (`GET /v0/tests`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID; several IDs are sent comma-separated.
        trace_id: Filter by trace ID.
        status: Filter by test status; several statuses are sent comma-separated.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).
        eval_definition_id: Filter by eval definition ID; several IDs are sent comma-separated.
        experiment_variant_id: Filter by experiment variant ID; several IDs are sent comma-
            separated.
        run_type: Filter by the type of the run a test belongs to; several are sent comma-
            separated.
        pass_rate_statuses: Filter by the pass-rate badge of the test's task (success: above 75 %,
            warning: 51 to
            75 %, error: 50 % or less); several are sent comma-separated.
        tag_id: Filter by the tag IDs of the test's task; `__none__` matches tests whose task has
            no
            tag. Several are sent comma-separated.

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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        },
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    skip: int | None = None,
    limit: int | None = None,
    order_by: TestOrderField | TestOrderFieldLiteral | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: Sequence[str] | str | None = None,
    trace_id: str | None = None,
    status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    eval_definition_id: Sequence[str] | str | None = None,
    experiment_variant_id: Sequence[str] | str | None = None,
    run_type: Sequence[RunType | RunTypeLiteral] | RunType | RunTypeLiteral | None = None,
    pass_rate_statuses: Sequence[PassRateStatus | PassRateStatusLiteral]
    | PassRateStatus
    | PassRateStatusLiteral
    | None = None,
    tag_id: Sequence[str] | str | None = None,
) -> PaginatedTests:
    """List tests (`GET /v0/tests`).

    Args:
        skip: Number of items to skip.
        limit: Number of items per page.
        order_by: Field to order by.
        order_dir: Order direction.
        task_id: Filter by task ID; several IDs are sent comma-separated.
        trace_id: Filter by trace ID.
        status: Filter by test status; several statuses are sent comma-separated.
        type_: Filter by evaluation type.
        start_date: Only items created at or after this date-time (inclusive).
        end_date: Only items created at or before this date-time (inclusive).
        eval_definition_id: Filter by eval definition ID; several IDs are sent comma-separated.
        experiment_variant_id: Filter by experiment variant ID; several IDs are sent comma-
            separated.
        run_type: Filter by the type of the run a test belongs to; several are sent comma-
            separated.
        pass_rate_statuses: Filter by the pass-rate badge of the test's task (success: above 75 %,
            warning: 51 to
            75 %, error: 50 % or less); several are sent comma-separated.
        tag_id: Filter by the tag IDs of the test's task; `__none__` matches tests whose task has
            no
            tag. Several are sent comma-separated.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

    Returns:
        PaginatedTests
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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        },
    )


def sync_all(
    *,
    client: AuthenticatedClient,
    order_by: TestOrderField | TestOrderFieldLiteral | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: Sequence[str] | str | None = None,
    trace_id: str | None = None,
    status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    eval_definition_id: Sequence[str] | str | None = None,
    experiment_variant_id: Sequence[str] | str | None = None,
    run_type: Sequence[RunType | RunTypeLiteral] | RunType | RunTypeLiteral | None = None,
    pass_rate_statuses: Sequence[PassRateStatus | PassRateStatusLiteral]
    | PassRateStatus
    | PassRateStatusLiteral
    | None = None,
    tag_id: Sequence[str] | str | None = None,
    limit: int = 100,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Generator[Test]:
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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        }
        | {"limit": limit},
        concurrency,
    )


def asyncio_all(
    *,
    client: AuthenticatedClient,
    order_by: TestOrderField | TestOrderFieldLiteral | None = None,
    order_dir: OrderDirection | OrderDirectionLiteral | None = None,
    task_id: Sequence[str] | str | None = None,
    trace_id: str | None = None,
    status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
    type_: EvalType | EvalTypeLiteral | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    eval_definition_id: Sequence[str] | str | None = None,
    experiment_variant_id: Sequence[str] | str | None = None,
    run_type: Sequence[RunType | RunTypeLiteral] | RunType | RunTypeLiteral | None = None,
    pass_rate_statuses: Sequence[PassRateStatus | PassRateStatusLiteral]
    | PassRateStatus
    | PassRateStatusLiteral
    | None = None,
    tag_id: Sequence[str] | str | None = None,
    limit: int = 100,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncGenerator[Test]:
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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        }
        | {"limit": limit},
        concurrency,
    )
