"""`client.traces`: `list` (List traces), `retrieve` (Get a trace), `retrieve_by_test` (Get the trace of a test).

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
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_traces import PaginatedTraces
from ..models.trace import Trace
from ..models.trace_envelope import TraceEnvelope
from ..models.trace_order_field import TraceOrderField, TraceOrderFieldLiteral
from ..types import NOT_GIVEN, Headers, NotGiven, Query

_LIST_TRACES: Operation[PaginatedTraces, Trace] = Operation(
    operation_id="listTraces",
    method="GET",
    path="/v0/traces",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=TraceOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("start_date", "startDate", "query", date_time=True, min_length=1),
        Parameter("end_date", "endDate", "query", date_time=True, min_length=1),
        Parameter("search", "search", "query", min_length=1),
        Parameter("reference_id", "referenceId", "query", min_length=1),
        Parameter("test_id", "testId", "query", min_length=1),
        Parameter("has_error", "hasError", "query", json_type="boolean"),
        Parameter("min_cost", "minCost", "query", json_type="number"),
        Parameter("max_cost", "maxCost", "query", json_type="number"),
        Parameter("min_duration", "minDuration", "query", json_type="integer"),
        Parameter("max_duration", "maxDuration", "query", json_type="integer"),
        Parameter("min_score", "minScore", "query", json_type="number"),
        Parameter("max_score", "maxScore", "query", json_type="number"),
        Parameter("metadata_key", "metadataKey", "query", min_length=1),
        Parameter("metadata_value", "metadataValue", "query", min_length=1),
    ),
    success=PaginatedTraces,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=Trace, max_limit=100),
    idempotent=True,
)

_RETRIEVE_TRACE: Operation[TraceEnvelope, None] = Operation(
    operation_id="retrieveTrace",
    method="GET",
    path="/v0/traces/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TraceEnvelope,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (404, 404, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=None,
    idempotent=True,
)

_RETRIEVE_TRACE_BY_TEST: Operation[TraceEnvelope, None] = Operation(
    operation_id="retrieveTraceByTest",
    method="GET",
    path="/v0/traces/by-test/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TraceEnvelope,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (404, 404, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=None,
    idempotent=True,
)


class TracesResource(APIResource):
    """`client.traces`: `list`, `retrieve`, `retrieve_by_test`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> TracesResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return TracesResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: TraceOrderField | TraceOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        reference_id: str | None = None,
        test_id: str | None = None,
        has_error: bool | None = None,
        min_cost: float | None = None,
        max_cost: float | None = None,
        min_duration: int | None = None,
        max_duration: int | None = None,
        min_score: float | None = None,
        max_score: float | None = None,
        metadata_key: str | None = None,
        metadata_value: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTraces:
        """List traces (`GET /v0/traces`, `listTraces`).

        Retrieves a paginated list of the application's traces, with optional filters. Listed traces
        come without their steps and evaluations; retrieve one to get them.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            search: Full-text search in the content of the traces' steps.
            reference_id: Filter by your own reference ID.
            test_id: Filter by the test that produced the trace.
            has_error: Filter by whether a step of the trace failed.
            min_cost: Only traces that cost at least this much.
            max_cost: Only traces that cost at most this much.
            min_duration: Only traces that took at least this many milliseconds.
            max_duration: Only traces that took at most this many milliseconds.
            min_score: Only traces whose evaluation score is at least this.
            max_score: Only traces whose evaluation score is at most this.
            metadata_key: A metadata key to filter by; goes with metadataValue.
            metadata_value: The value metadataKey must have; goes with metadataKey.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedTraces

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
            _LIST_TRACES,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "reference_id": reference_id,
                "test_id": test_id,
                "has_error": has_error,
                "min_cost": min_cost,
                "max_cost": max_cost,
                "min_duration": min_duration,
                "max_duration": max_duration,
                "min_score": min_score,
                "max_score": max_score,
                "metadata_key": metadata_key,
                "metadata_value": metadata_value,
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
        order_by: TraceOrderField | TraceOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        reference_id: str | None = None,
        test_id: str | None = None,
        has_error: bool | None = None,
        min_cost: float | None = None,
        max_cost: float | None = None,
        min_duration: int | None = None,
        max_duration: int | None = None,
        min_score: float | None = None,
        max_score: float | None = None,
        metadata_key: str | None = None,
        metadata_value: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTraces:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_TRACES,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "reference_id": reference_id,
                "test_id": test_id,
                "has_error": has_error,
                "min_cost": min_cost,
                "max_cost": max_cost,
                "min_duration": min_duration,
                "max_duration": max_duration,
                "min_score": min_score,
                "max_score": max_score,
                "metadata_key": metadata_key,
                "metadata_value": metadata_value,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: TraceOrderField | TraceOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        reference_id: str | None = None,
        test_id: str | None = None,
        has_error: bool | None = None,
        min_cost: float | None = None,
        max_cost: float | None = None,
        min_duration: int | None = None,
        max_duration: int | None = None,
        min_score: float | None = None,
        max_score: float | None = None,
        metadata_key: str | None = None,
        metadata_value: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[Trace]:
        """List traces (`GET /v0/traces`, `listTraces`).

        Retrieves a paginated list of the application's traces, with optional filters. Listed traces
        come without their steps and evaluations; retrieve one to get them.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            search: Full-text search in the content of the traces' steps.
            reference_id: Filter by your own reference ID.
            test_id: Filter by the test that produced the trace.
            has_error: Filter by whether a step of the trace failed.
            min_cost: Only traces that cost at least this much.
            max_cost: Only traces that cost at most this much.
            min_duration: Only traces that took at least this many milliseconds.
            max_duration: Only traces that took at most this many milliseconds.
            min_score: Only traces whose evaluation score is at least this.
            max_score: Only traces whose evaluation score is at most this.
            metadata_key: A metadata key to filter by; goes with metadataValue.
            metadata_value: The value metadataKey must have; goes with metadataKey.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[Trace]: the items, in order.

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
            _LIST_TRACES,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "reference_id": reference_id,
                "test_id": test_id,
                "has_error": has_error,
                "min_cost": min_cost,
                "max_cost": max_cost,
                "min_duration": min_duration,
                "max_duration": max_duration,
                "min_score": min_score,
                "max_score": max_score,
                "metadata_key": metadata_key,
                "metadata_value": metadata_value,
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
        order_by: TraceOrderField | TraceOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        reference_id: str | None = None,
        test_id: str | None = None,
        has_error: bool | None = None,
        min_cost: float | None = None,
        max_cost: float | None = None,
        min_duration: int | None = None,
        max_duration: int | None = None,
        min_score: float | None = None,
        max_score: float | None = None,
        metadata_key: str | None = None,
        metadata_value: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[Trace]:
        """The async twin of `list_all`: `async for item in client.traces.alist_all(...)`."""
        return self._awalk(
            _LIST_TRACES,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "reference_id": reference_id,
                "test_id": test_id,
                "has_error": has_error,
                "min_cost": min_cost,
                "max_cost": max_cost,
                "min_duration": min_duration,
                "max_duration": max_duration,
                "min_score": min_score,
                "max_score": max_score,
                "metadata_key": metadata_key,
                "metadata_value": metadata_value,
                "limit": limit,
            },
            skip,
            concurrency,
            strict,
            extra_headers,
            extra_query,
            timeout,
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TraceEnvelope:
        """Get a trace (`GET /v0/traces/{id}`, `retrieveTrace`).

        Retrieves one trace by its ID, with its steps and evaluations.

        Args:
            id: The unique identifier of the trace.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TraceEnvelope

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
            _RETRIEVE_TRACE,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def aretrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TraceEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_TRACE,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def retrieve_by_test(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TraceEnvelope:
        """Get the trace of a test (`GET /v0/traces/by-test/{id}`, `retrieveTraceByTest`).

        Retrieves the trace a test produced, by the test's ID, with its steps and evaluations.

        Args:
            id: The unique identifier of the test.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TraceEnvelope

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
            _RETRIEVE_TRACE_BY_TEST,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def aretrieve_by_test(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TraceEnvelope:
        """The async twin of `retrieve_by_test`."""
        return await self._acall(
            _RETRIEVE_TRACE_BY_TEST,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )


class TracesResourceWithRawResponse:
    """`client.traces.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: TracesResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
        self.retrieve_by_test = to_raw_response_wrapper(self._resource.retrieve_by_test)
        self.aretrieve_by_test = async_to_raw_response_wrapper(self._resource.aretrieve_by_test)
