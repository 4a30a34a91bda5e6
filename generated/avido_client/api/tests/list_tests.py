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
from ...models.paginated_tests import PaginatedTests
from ...models.pass_rate_status import PassRateStatus
from ...models.run_type import RunType
from ...models.status import Status
from ...models.test import Test
from ...models.test_order_field import TestOrderField
from ...types import UNSET, Response, Unset

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
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: TestOrderField | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: list[str] | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: list[Status] | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    eval_definition_id: list[str] | Unset = UNSET,
    experiment_variant_id: list[str] | Unset = UNSET,
    run_type: list[RunType] | Unset = UNSET,
    pass_rate_statuses: list[PassRateStatus] | Unset = UNSET,
    tag_id: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedTests]:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.
    Filters that take several values are sent comma-separated (`status=COMPLETED,FAILED`).

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (TestOrderField | Unset): A field tests can be ordered by.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (list[str] | Unset): Task IDs; a test matches if its task is any of them.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (list[Status] | Unset): Statuses; a test matches if its status is any of them.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.
        eval_definition_id (list[str] | Unset): Eval definition IDs; a test matches if it ran any
            of them.
        experiment_variant_id (list[str] | Unset): Experiment variant IDs; a test matches if its
            run belongs to any of them.
        run_type (list[RunType] | Unset): Run types; a test matches if its run is any of them.
        pass_rate_statuses (list[PassRateStatus] | Unset): Pass-rate badges; a test matches if its
            task has any of them.
        tag_id (list[str] | Unset): Tag IDs; a test matches if its task has any of them.

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
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: TestOrderField | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: list[str] | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: list[Status] | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    eval_definition_id: list[str] | Unset = UNSET,
    experiment_variant_id: list[str] | Unset = UNSET,
    run_type: list[RunType] | Unset = UNSET,
    pass_rate_statuses: list[PassRateStatus] | Unset = UNSET,
    tag_id: list[str] | Unset = UNSET,
) -> PaginatedTests:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.
    Filters that take several values are sent comma-separated (`status=COMPLETED,FAILED`).

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (TestOrderField | Unset): A field tests can be ordered by.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (list[str] | Unset): Task IDs; a test matches if its task is any of them.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (list[Status] | Unset): Statuses; a test matches if its status is any of them.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.
        eval_definition_id (list[str] | Unset): Eval definition IDs; a test matches if it ran any
            of them.
        experiment_variant_id (list[str] | Unset): Experiment variant IDs; a test matches if its
            run belongs to any of them.
        run_type (list[RunType] | Unset): Run types; a test matches if its run is any of them.
        pass_rate_statuses (list[PassRateStatus] | Unset): Pass-rate badges; a test matches if its
            task has any of them.
        tag_id (list[str] | Unset): Tag IDs; a test matches if its task has any of them.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

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
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: TestOrderField | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: list[str] | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: list[Status] | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    eval_definition_id: list[str] | Unset = UNSET,
    experiment_variant_id: list[str] | Unset = UNSET,
    run_type: list[RunType] | Unset = UNSET,
    pass_rate_statuses: list[PassRateStatus] | Unset = UNSET,
    tag_id: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedTests]:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.
    Filters that take several values are sent comma-separated (`status=COMPLETED,FAILED`).

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (TestOrderField | Unset): A field tests can be ordered by.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (list[str] | Unset): Task IDs; a test matches if its task is any of them.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (list[Status] | Unset): Statuses; a test matches if its status is any of them.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.
        eval_definition_id (list[str] | Unset): Eval definition IDs; a test matches if it ran any
            of them.
        experiment_variant_id (list[str] | Unset): Experiment variant IDs; a test matches if its
            run belongs to any of them.
        run_type (list[RunType] | Unset): Run types; a test matches if its run is any of them.
        pass_rate_statuses (list[PassRateStatus] | Unset): Pass-rate badges; a test matches if its
            task has any of them.
        tag_id (list[str] | Unset): Tag IDs; a test matches if its task has any of them.

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
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: TestOrderField | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: list[str] | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: list[Status] | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    eval_definition_id: list[str] | Unset = UNSET,
    experiment_variant_id: list[str] | Unset = UNSET,
    run_type: list[RunType] | Unset = UNSET,
    pass_rate_statuses: list[PassRateStatus] | Unset = UNSET,
    tag_id: list[str] | Unset = UNSET,
) -> PaginatedTests:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.
    Filters that take several values are sent comma-separated (`status=COMPLETED,FAILED`).

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (TestOrderField | Unset): A field tests can be ordered by.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (list[str] | Unset): Task IDs; a test matches if its task is any of them.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (list[Status] | Unset): Statuses; a test matches if its status is any of them.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.
        start_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): ISO 8601 date-time, inclusive. Example:
            2024-02-01T00:00:00Z.
        eval_definition_id (list[str] | Unset): Eval definition IDs; a test matches if it ran any
            of them.
        experiment_variant_id (list[str] | Unset): Experiment variant IDs; a test matches if its
            run belongs to any of them.
        run_type (list[RunType] | Unset): Run types; a test matches if its run is any of them.
        pass_rate_statuses (list[PassRateStatus] | Unset): Pass-rate badges; a test matches if its
            task has any of them.
        tag_id (list[str] | Unset): Tag IDs; a test matches if its task has any of them.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

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
    order_by: TestOrderField | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: list[str] | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: list[Status] | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    eval_definition_id: list[str] | Unset = UNSET,
    experiment_variant_id: list[str] | Unset = UNSET,
    run_type: list[RunType] | Unset = UNSET,
    pass_rate_statuses: list[PassRateStatus] | Unset = UNSET,
    tag_id: list[str] | Unset = UNSET,
    limit: int = 100,
) -> Iterator[Test]:
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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        }
        | {"limit": limit},
    )


def asyncio_all(
    *,
    client: AuthenticatedClient,
    order_by: TestOrderField | Unset = UNSET,
    order_dir: OrderDirection | Unset = UNSET,
    task_id: list[str] | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: list[Status] | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    eval_definition_id: list[str] | Unset = UNSET,
    experiment_variant_id: list[str] | Unset = UNSET,
    run_type: list[RunType] | Unset = UNSET,
    pass_rate_statuses: list[PassRateStatus] | Unset = UNSET,
    tag_id: list[str] | Unset = UNSET,
    limit: int = 100,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncIterator[Test]:
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
            "eval_definition_id": eval_definition_id,
            "experiment_variant_id": experiment_variant_id,
            "run_type": run_type,
            "pass_rate_statuses": pass_rate_statuses,
            "tag_id": tag_id,
        }
        | {"limit": limit},
        concurrency,
    )
