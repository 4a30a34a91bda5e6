from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.eval_type import EvalType
from ...models.order_direction import OrderDirection
from ...models.paginated_tests import PaginatedTests
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 25,
    order_by: str | Unset = "createdAt",
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
) -> dict[str, Any]:

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/tests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedTests | None:
    if response.status_code == 200:
        response_200 = PaginatedTests.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PaginatedTests]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 25,
    order_by: str | Unset = "createdAt",
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedTests]:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of the evaluation/test. Valid options: PENDING,
            IN_PROGRESS, PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedTests]
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 25,
    order_by: str | Unset = "createdAt",
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
) -> ErrorResponse | PaginatedTests | None:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of the evaluation/test. Valid options: PENDING,
            IN_PROGRESS, PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedTests
    """

    return sync_detailed(
        client=client,
        skip=skip,
        limit=limit,
        order_by=order_by,
        order_dir=order_dir,
        task_id=task_id,
        trace_id=trace_id,
        status=status,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 25,
    order_by: str | Unset = "createdAt",
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedTests]:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of the evaluation/test. Valid options: PENDING,
            IN_PROGRESS, PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedTests]
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 25,
    order_by: str | Unset = "createdAt",
    order_dir: OrderDirection | Unset = UNSET,
    task_id: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    status: Status | Unset = UNSET,
    type_: EvalType | Unset = UNSET,
) -> ErrorResponse | PaginatedTests | None:
    """List tests

     Retrieves a paginated list of tests with optional filtering.
    Needs the application id header (`x-application-id`) as well as the API key.

    Args:
        skip (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Number of items per page. Default: 25.
        order_by (str | Unset): Field to order by. Default: 'createdAt'.
        order_dir (OrderDirection | Unset): Sort direction.
        task_id (str | Unset): Filter by task ID. Example: 456e4567-e89b-12d3-a456-426614174000.
        trace_id (str | Unset): Filter by trace ID. Example: 789e4567-e89b-12d3-a456-426614174000.
        status (Status | Unset): Status of the evaluation/test. Valid options: PENDING,
            IN_PROGRESS, PASSED, COMPLETED, FAILED. Example: COMPLETED.
        type_ (EvalType | Unset): Type of evaluation. The union of the values documented across
            releases of the API. Example: NATURALNESS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedTests
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
            order_by=order_by,
            order_dir=order_dir,
            task_id=task_id,
            trace_id=trace_id,
            status=status,
            type_=type_,
        )
    ).parsed
