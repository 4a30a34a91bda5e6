"""`client.tests`: the tests operations of the spec, one method each (its operationId less the
tag's noun) and an async twin prefixed `a`. Written by make generate from openapi.yaml; the same
operations are the functions in `api/tests/`."""

import datetime
from collections.abc import AsyncGenerator, Generator, Sequence

from .._base_client import BaseClient
from .._constants import DEFAULT_CONCURRENCY
from .._operation import acall, aiterate, call, iterate
from ..api.tests import list_tests as _list_tests
from ..models.eval_type import EvalType, EvalTypeLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_tests import PaginatedTests
from ..models.pass_rate_status import PassRateStatus, PassRateStatusLiteral
from ..models.run_type import RunType, RunTypeLiteral
from ..models.status import Status, StatusLiteral
from ..models.test import Test
from ..models.test_order_field import TestOrderField, TestOrderFieldLiteral


class TestsResource:
    """`client.tests`: `list` (List tests)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

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
            self._client,
            _list_tests._OPERATION,
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
        """The async twin of `list`."""
        return await acall(
            self._client,
            _list_tests._OPERATION,
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

    def list_all(
        self,
        *,
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
        """Every Test of every page of `list`, in order, with the same
        filters, `limit` a page, up to `concurrency` pages fetched at once. Raises what
        `list` raises, and errors.PaginationError when the pages don't add up."""
        return iterate(
            self._client,
            _list_tests._OPERATION,
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

    def alist_all(
        self,
        *,
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
        """The async twin of `list_all`, fetching up to `concurrency` pages at once."""
        return aiterate(
            self._client,
            _list_tests._OPERATION,
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
