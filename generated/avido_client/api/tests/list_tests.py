import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, asend, decode, decode_error_body, send, walk_pages, walk_pages_async
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

# The page size of sync_all/asyncio_all: the largest the spec allows, for the fewest round trips.
PAGE_SIZE = 100

# The auth headers this operation's security requirement names (from the spec).
_SECURITY: tuple[str, ...] = (
    "x-api-key",
    "x-application-id",
)
_OPERATION = "list_tests"


def _get_kwargs(
    *,
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
) -> dict[str, Any]:
    errors.require_known(order_by, "orderBy")
    errors.require_known(order_dir, "orderDir")
    if not isinstance(task_id, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        task_id = [task_id]
    if not isinstance(status, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        status = [status]
    if not isinstance(status, Unset):
        for _status_item in status:
            errors.require_known(_status_item, "status")
    errors.require_known(type_, "type")
    if not isinstance(start_date, Unset) and start_date.utcoffset() is None:
        # RFC 3339 needs an offset, and a naive datetime's (local? UTC?) is anyone's guess.
        raise ValueError("start_date: a datetime without a timezone can't be sent; give it a tzinfo")
    if not isinstance(end_date, Unset) and end_date.utcoffset() is None:
        # RFC 3339 needs an offset, and a naive datetime's (local? UTC?) is anyone's guess.
        raise ValueError("end_date: a datetime without a timezone can't be sent; give it a tzinfo")
    if not isinstance(eval_definition_id, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        eval_definition_id = [eval_definition_id]
    if not isinstance(experiment_variant_id, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        experiment_variant_id = [experiment_variant_id]
    if not isinstance(run_type, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        run_type = [run_type]
    if not isinstance(run_type, Unset):
        for _run_type_item in run_type:
            errors.require_known(_run_type_item, "runType")
    if not isinstance(pass_rate_statuses, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        pass_rate_statuses = [pass_rate_statuses]
    if not isinstance(pass_rate_statuses, Unset):
        for _pass_rate_statuses_item in pass_rate_statuses:
            errors.require_known(_pass_rate_statuses_item, "passRateStatuses")
    if not isinstance(tag_id, (list, tuple, Unset)):
        # One value where the spec takes several (as the parameter took before it did).
        tag_id = [tag_id]

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    json_order_dir: str | Unset = UNSET
    if not isinstance(order_dir, Unset):
        json_order_dir = order_dir.value

    params["orderDir"] = json_order_dir

    json_task_id: list[str] | Unset = UNSET
    if not isinstance(task_id, Unset):
        json_task_id = task_id

    params["taskId"] = json_task_id

    params["traceId"] = trace_id

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

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

    json_eval_definition_id: list[str] | Unset = UNSET
    if not isinstance(eval_definition_id, Unset):
        json_eval_definition_id = eval_definition_id

    params["evalDefinitionId"] = json_eval_definition_id

    json_experiment_variant_id: list[str] | Unset = UNSET
    if not isinstance(experiment_variant_id, Unset):
        json_experiment_variant_id = experiment_variant_id

    params["experimentVariantId"] = json_experiment_variant_id

    json_run_type: list[str] | Unset = UNSET
    if not isinstance(run_type, Unset):
        json_run_type = []
        for run_type_item_data in run_type:
            run_type_item = run_type_item_data.value
            json_run_type.append(run_type_item)

    params["runType"] = json_run_type

    json_pass_rate_statuses: list[str] | Unset = UNSET
    if not isinstance(pass_rate_statuses, Unset):
        json_pass_rate_statuses = []
        for pass_rate_statuses_item_data in pass_rate_statuses:
            pass_rate_statuses_item = pass_rate_statuses_item_data.value
            json_pass_rate_statuses.append(pass_rate_statuses_item)

    params["passRateStatuses"] = json_pass_rate_statuses

    json_tag_id: list[str] | Unset = UNSET
    if not isinstance(tag_id, Unset):
        json_tag_id = tag_id

    params["tagId"] = json_tag_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if "taskId" in params:  # style: form, explode: false
        params["taskId"] = ",".join(map(str, params["taskId"]))
    if "status" in params:  # style: form, explode: false
        params["status"] = ",".join(map(str, params["status"]))
    if "evalDefinitionId" in params:  # style: form, explode: false
        params["evalDefinitionId"] = ",".join(map(str, params["evalDefinitionId"]))
    if "experimentVariantId" in params:  # style: form, explode: false
        params["experimentVariantId"] = ",".join(map(str, params["experimentVariantId"]))
    if "runType" in params:  # style: form, explode: false
        params["runType"] = ",".join(map(str, params["runType"]))
    if "passRateStatuses" in params:  # style: form, explode: false
        params["passRateStatuses"] = ",".join(map(str, params["passRateStatuses"]))
    if "tagId" in params:  # style: form, explode: false
        params["tagId"] = ",".join(map(str, params["tagId"]))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/tests",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ErrorResponse | PaginatedTests | None:
    """The body decoded by status: a success body strictly, an error body leniently (None if it isn't one)."""
    if response.status_code == 200:
        return decode(PaginatedTests, response)
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


def _build_response(response: httpx.Response) -> Response[ErrorResponse | PaginatedTests]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _success(client: AuthenticatedClient, response: httpx.Response) -> PaginatedTests:
    if 200 <= response.status_code <= 200:
        return decode(PaginatedTests, response)
    raise errors.status_error(response, _parse_response(response), client.secrets())


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
        eval_definition_id=eval_definition_id,
        experiment_variant_id=experiment_variant_id,
        run_type=run_type,
        pass_rate_statuses=pass_rate_statuses,
        tag_id=tag_id,
    )
    return _build_response(send(client, _OPERATION, _SECURITY, kwargs))


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
        eval_definition_id=eval_definition_id,
        experiment_variant_id=experiment_variant_id,
        run_type=run_type,
        pass_rate_statuses=pass_rate_statuses,
        tag_id=tag_id,
    )
    return _success(client, send(client, _OPERATION, _SECURITY, kwargs))


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
        eval_definition_id=eval_definition_id,
        experiment_variant_id=experiment_variant_id,
        run_type=run_type,
        pass_rate_statuses=pass_rate_statuses,
        tag_id=tag_id,
    )
    return _build_response(await asend(client, _OPERATION, _SECURITY, kwargs))


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
        eval_definition_id=eval_definition_id,
        experiment_variant_id=experiment_variant_id,
        run_type=run_type,
        pass_rate_statuses=pass_rate_statuses,
        tag_id=tag_id,
    )
    return _success(client, await asend(client, _OPERATION, _SECURITY, kwargs))


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
    limit: int = PAGE_SIZE,
) -> Iterator[Test]:
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
            eval_definition_id=eval_definition_id,
            experiment_variant_id=experiment_variant_id,
            run_type=run_type,
            pass_rate_statuses=pass_rate_statuses,
            tag_id=tag_id,
            skip=skip,
            limit=limit,
        ),
        limit,
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
    limit: int = PAGE_SIZE,
    concurrency: int = 4,
) -> AsyncIterator[Test]:
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
            eval_definition_id=eval_definition_id,
            experiment_variant_id=experiment_variant_id,
            run_type=run_type,
            pass_rate_statuses=pass_rate_statuses,
            tag_id=tag_id,
            skip=skip,
            limit=limit,
        ),
        limit,
        concurrency,
    )
