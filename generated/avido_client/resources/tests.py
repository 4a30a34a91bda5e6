"""`client.tests`: `list` (List tests), `retrieve` (Get a test).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncGenerator, Generator, Sequence
from functools import cached_property

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.eval_type import EvalType, EvalTypeLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_tests import PaginatedTests
from ..models.pass_rate_status import PassRateStatus, PassRateStatusLiteral
from ..models.run_type import RunType, RunTypeLiteral
from ..models.status import Status, StatusLiteral
from ..models.test import Test
from ..models.test_envelope import TestEnvelope
from ..models.test_order_field import TestOrderField, TestOrderFieldLiteral
from ..types import NOT_GIVEN, Headers, NotGiven, Query

_LIST_TESTS: Operation[PaginatedTests, Test] = Operation(
    operation_id="listTests",
    method="GET",
    path="/v0/tests",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=TestOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter(
            "task_id",
            "taskId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            pattern="^[^,]*$",
        ),
        Parameter("trace_id", "traceId", "query", min_length=1),
        Parameter("status", "status", "query", enum=Status, array=True, explode=False, min_items=1),
        Parameter("type", "type", "query", enum=EvalType),
        Parameter("start_date", "startDate", "query", date_time=True, min_length=1),
        Parameter("end_date", "endDate", "query", date_time=True, min_length=1),
        Parameter(
            "eval_definition_id",
            "evalDefinitionId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            pattern="^[^,]*$",
        ),
        Parameter(
            "experiment_variant_id",
            "experimentVariantId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            pattern="^[^,]*$",
        ),
        Parameter("run_type", "runType", "query", enum=RunType, array=True, explode=False, min_items=1),
        Parameter(
            "pass_rate_statuses",
            "passRateStatuses",
            "query",
            enum=PassRateStatus,
            array=True,
            explode=False,
            min_items=1,
        ),
        Parameter(
            "tag_id",
            "tagId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            pattern="^[^,]*$",
        ),
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
    idempotent=True,
)

_RETRIEVE_TEST: Operation[TestEnvelope, None] = Operation(
    operation_id="retrieveTest",
    method="GET",
    path="/v0/tests/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TestEnvelope,
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


class TestsResource(APIResource):
    """`client.tests`: `list`, `retrieve`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> TestsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return TestsResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: TestOrderField | TestOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: Sequence[str] | str | None = None,
        trace_id: str | None = None,
        status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTests:
        """List tests (`GET /v0/tests`, `listTests`).

        Retrieves a paginated list of tests with optional filtering. Needs the application id header
        (`x-application-id`) as well as the API key. Filters that take several values are sent
        comma-separated (`status=COMPLETED,FAILED`).

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            task_id: Filter by task ID; several IDs are sent comma-separated.
            trace_id: Filter by trace ID.
            status: Filter by test status; several statuses are sent comma-separated.
            type: Filter by evaluation type.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            eval_definition_id: Filter by eval definition ID; several IDs are sent comma-separated.
            experiment_variant_id: Filter by experiment variant ID; several IDs are sent comma-
                separated.
            run_type: Filter by the type of the run a test belongs to; several are sent comma-
                separated.
            pass_rate_statuses: Filter by the pass-rate badge of the test's task (success: above 75 %,
                warning: 51 to 75 %, error: 50 % or less); several are sent comma-separated.
            tag_id: Filter by the tag IDs of the test's task; `__none__` matches tests whose task has
                no tag. Several are sent comma-separated.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedTests

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
            _LIST_TESTS,
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
                "eval_definition_id": eval_definition_id,
                "experiment_variant_id": experiment_variant_id,
                "run_type": run_type,
                "pass_rate_statuses": pass_rate_statuses,
                "tag_id": tag_id,
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
        order_by: TestOrderField | TestOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: Sequence[str] | str | None = None,
        trace_id: str | None = None,
        status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTests:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_TESTS,
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
                "eval_definition_id": eval_definition_id,
                "experiment_variant_id": experiment_variant_id,
                "run_type": run_type,
                "pass_rate_statuses": pass_rate_statuses,
                "tag_id": tag_id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: TestOrderField | TestOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: Sequence[str] | str | None = None,
        trace_id: str | None = None,
        status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
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
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[Test]:
        """List tests (`GET /v0/tests`, `listTests`).

        Retrieves a paginated list of tests with optional filtering. Needs the application id header
        (`x-application-id`) as well as the API key. Filters that take several values are sent
        comma-separated (`status=COMPLETED,FAILED`).

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            task_id: Filter by task ID; several IDs are sent comma-separated.
            trace_id: Filter by trace ID.
            status: Filter by test status; several statuses are sent comma-separated.
            type: Filter by evaluation type.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            eval_definition_id: Filter by eval definition ID; several IDs are sent comma-separated.
            experiment_variant_id: Filter by experiment variant ID; several IDs are sent comma-
                separated.
            run_type: Filter by the type of the run a test belongs to; several are sent comma-
                separated.
            pass_rate_statuses: Filter by the pass-rate badge of the test's task (success: above 75 %,
                warning: 51 to 75 %, error: 50 % or less); several are sent comma-separated.
            tag_id: Filter by the tag IDs of the test's task; `__none__` matches tests whose task has
                no tag. Several are sent comma-separated.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[Test]: the items, in order.

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
            _LIST_TESTS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "start_date": start_date,
                "end_date": end_date,
                "eval_definition_id": eval_definition_id,
                "experiment_variant_id": experiment_variant_id,
                "run_type": run_type,
                "pass_rate_statuses": pass_rate_statuses,
                "tag_id": tag_id,
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
        order_by: TestOrderField | TestOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        task_id: Sequence[str] | str | None = None,
        trace_id: str | None = None,
        status: Sequence[Status | StatusLiteral] | Status | StatusLiteral | None = None,
        type: EvalType | EvalTypeLiteral | None = None,
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
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[Test]:
        """The async twin of `list_all`: `async for item in client.tests.alist_all(...)`."""
        return self._awalk(
            _LIST_TESTS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "start_date": start_date,
                "end_date": end_date,
                "eval_definition_id": eval_definition_id,
                "experiment_variant_id": experiment_variant_id,
                "run_type": run_type,
                "pass_rate_statuses": pass_rate_statuses,
                "tag_id": tag_id,
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
    ) -> TestEnvelope:
        """Get a test (`GET /v0/tests/{id}`, `retrieveTest`).

        Retrieves one test by its ID, with its evaluations.

        Args:
            id: The unique identifier of the test.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TestEnvelope

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
            _RETRIEVE_TEST,
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
    ) -> TestEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_TEST,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )


class TestsResourceWithRawResponse:
    """`client.tests.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: TestsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
