"""`client.tasks`: `list` (List tasks), `create` (Create a task), `trigger` (Run tasks), `retrieve` (Get a task), `update` (Update a task); `tags`.

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.current_task_type import CurrentTaskType, CurrentTaskTypeLiteral
from ..models.error_response import ErrorResponse
from ..models.listed_task import ListedTask
from ..models.metric_level import MetricLevel, MetricLevelLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_tasks import PaginatedTasks
from ..models.task_create import TaskCreate
from ..models.task_criticality import TaskCriticality, TaskCriticalityLiteral
from ..models.task_envelope import TaskEnvelope
from ..models.task_order_field import TaskOrderField, TaskOrderFieldLiteral
from ..models.task_pass_rate_status import TaskPassRateStatus, TaskPassRateStatusLiteral
from ..models.task_trigger import TaskTrigger
from ..models.task_update import TaskUpdate
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from .tasks_tags import TasksTagsResource, TasksTagsResourceWithRawResponse

_LIST_TASKS: Operation[PaginatedTasks, ListedTask] = Operation(
    operation_id="listTasks",
    method="GET",
    path="/v0/tasks",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=TaskOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("search", "search", "query", min_length=1),
        Parameter(
            "status", "status", "query", enum=TaskPassRateStatus, array=True, explode=False, min_items=1
        ),
        Parameter(
            "topic_id",
            "topicId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            pattern="^[^,]*$",
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
            "schedule_criticality",
            "scheduleCriticality",
            "query",
            enum=TaskCriticality,
            array=True,
            explode=False,
            min_items=1,
        ),
        Parameter(
            "confidence_level",
            "confidenceLevel",
            "query",
            enum=MetricLevel,
            array=True,
            explode=False,
            min_items=1,
        ),
        Parameter(
            "stability_level",
            "stabilityLevel",
            "query",
            enum=MetricLevel,
            array=True,
            explode=False,
            min_items=1,
        ),
        Parameter(
            "health_score_level",
            "healthScoreLevel",
            "query",
            enum=MetricLevel,
            array=True,
            explode=False,
            min_items=1,
        ),
    ),
    success=PaginatedTasks,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=ListedTask, max_limit=100),
    idempotent=True,
)

_CREATE_TASK: Operation[TaskEnvelope, None] = Operation(
    operation_id="createTask",
    method="POST",
    path="/v0/tasks",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=TaskEnvelope,
    success_statuses=(201, 201),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=None,
    body=RequestBody(
        model=TaskCreate,
        fields=(
            ("title", "title"),
            ("description", "description"),
            ("type", "type"),
            ("topic_id", "topicId"),
            ("input_examples", "inputExamples"),
            ("simulated_prompt_schema", "simulatedPromptSchema"),
            ("metadata", "metadata"),
            ("quickstart_id", "quickstartId"),
        ),
        required=True,
    ),
    idempotent=False,
)

_TRIGGER_TASKS: Operation[None, None] = Operation(
    operation_id="triggerTasks",
    method="POST",
    path="/v0/tasks/trigger",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=None,
    success_statuses=(204, 204),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=None,
    body=RequestBody(
        model=TaskTrigger,
        fields=(("task_ids", "taskIds"),),
        required=True,
    ),
    idempotent=False,
)

_RETRIEVE_TASK: Operation[TaskEnvelope, None] = Operation(
    operation_id="retrieveTask",
    method="GET",
    path="/v0/tasks/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TaskEnvelope,
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

_UPDATE_TASK: Operation[TaskEnvelope, None] = Operation(
    operation_id="updateTask",
    method="PUT",
    path="/v0/tasks/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TaskEnvelope,
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
    body=RequestBody(
        model=TaskUpdate,
        fields=(
            ("title", "title"),
            ("description", "description"),
            ("topic_id", "topicId"),
            ("delete_empty_source_topic", "deleteEmptySourceTopic"),
            ("input_examples", "inputExamples"),
            ("is_verified", "isVerified"),
            ("metadata", "metadata"),
            ("simulated_prompt_schema", "simulatedPromptSchema"),
        ),
        required=True,
    ),
    idempotent=False,
)


class TasksResource(APIResource):
    """`client.tasks`: `list`, `create`, `trigger`, `retrieve`, `update`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return TasksResourceWithRawResponse(self)

    @cached_property
    def tags(self) -> TasksTagsResource:
        """`client.tasks.tags`."""
        from .tasks_tags import TasksTagsResource

        return TasksTagsResource(self._client, raw=self._raw)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: TaskOrderField | TaskOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        search: str | None = None,
        status: Sequence[TaskPassRateStatus | TaskPassRateStatusLiteral]
        | TaskPassRateStatus
        | TaskPassRateStatusLiteral
        | None = None,
        topic_id: Sequence[str] | str | None = None,
        tag_id: Sequence[str] | str | None = None,
        eval_definition_id: Sequence[str] | str | None = None,
        schedule_criticality: Sequence[TaskCriticality | TaskCriticalityLiteral]
        | TaskCriticality
        | TaskCriticalityLiteral
        | None = None,
        confidence_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        stability_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        health_score_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTasks:
        """List tasks (`GET /v0/tasks`, `listTasks`).

        Retrieves a paginated list of the application's tasks, with their metrics and tags, with
        optional filters. Filters that take several values are sent comma-separated.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            search: Search the tasks' titles and descriptions (any case, any part).
            status: Filter by pass-rate badge; several are sent comma-separated.
            topic_id: Filter by topic ID; several IDs are sent comma-separated.
            tag_id: Filter by tag ID; several IDs are sent comma-separated.
            eval_definition_id: Filter by linked eval definition; several IDs are sent comma-
                separated.
            schedule_criticality: Only tasks on a schedule of these criticalities (HIGH daily, MEDIUM
                weekly, LOW every two weeks); several are sent comma-separated.
            confidence_level: Filter by the confidence of the task's metrics; several are sent comma-
                separated.
            stability_level: Filter by the stability of the task's metrics; several are sent comma-
                separated.
            health_score_level: Filter by the task's health score; several are sent comma-separated.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedTasks

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
            _LIST_TASKS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "search": search,
                "status": status,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "eval_definition_id": eval_definition_id,
                "schedule_criticality": schedule_criticality,
                "confidence_level": confidence_level,
                "stability_level": stability_level,
                "health_score_level": health_score_level,
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
        order_by: TaskOrderField | TaskOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        search: str | None = None,
        status: Sequence[TaskPassRateStatus | TaskPassRateStatusLiteral]
        | TaskPassRateStatus
        | TaskPassRateStatusLiteral
        | None = None,
        topic_id: Sequence[str] | str | None = None,
        tag_id: Sequence[str] | str | None = None,
        eval_definition_id: Sequence[str] | str | None = None,
        schedule_criticality: Sequence[TaskCriticality | TaskCriticalityLiteral]
        | TaskCriticality
        | TaskCriticalityLiteral
        | None = None,
        confidence_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        stability_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        health_score_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTasks:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_TASKS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "search": search,
                "status": status,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "eval_definition_id": eval_definition_id,
                "schedule_criticality": schedule_criticality,
                "confidence_level": confidence_level,
                "stability_level": stability_level,
                "health_score_level": health_score_level,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: TaskOrderField | TaskOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        search: str | None = None,
        status: Sequence[TaskPassRateStatus | TaskPassRateStatusLiteral]
        | TaskPassRateStatus
        | TaskPassRateStatusLiteral
        | None = None,
        topic_id: Sequence[str] | str | None = None,
        tag_id: Sequence[str] | str | None = None,
        eval_definition_id: Sequence[str] | str | None = None,
        schedule_criticality: Sequence[TaskCriticality | TaskCriticalityLiteral]
        | TaskCriticality
        | TaskCriticalityLiteral
        | None = None,
        confidence_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        stability_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        health_score_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[ListedTask]:
        """List tasks (`GET /v0/tasks`, `listTasks`).

        Retrieves a paginated list of the application's tasks, with their metrics and tags, with
        optional filters. Filters that take several values are sent comma-separated.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            search: Search the tasks' titles and descriptions (any case, any part).
            status: Filter by pass-rate badge; several are sent comma-separated.
            topic_id: Filter by topic ID; several IDs are sent comma-separated.
            tag_id: Filter by tag ID; several IDs are sent comma-separated.
            eval_definition_id: Filter by linked eval definition; several IDs are sent comma-
                separated.
            schedule_criticality: Only tasks on a schedule of these criticalities (HIGH daily, MEDIUM
                weekly, LOW every two weeks); several are sent comma-separated.
            confidence_level: Filter by the confidence of the task's metrics; several are sent comma-
                separated.
            stability_level: Filter by the stability of the task's metrics; several are sent comma-
                separated.
            health_score_level: Filter by the task's health score; several are sent comma-separated.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[ListedTask]: the items, in order.

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
            _LIST_TASKS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "search": search,
                "status": status,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "eval_definition_id": eval_definition_id,
                "schedule_criticality": schedule_criticality,
                "confidence_level": confidence_level,
                "stability_level": stability_level,
                "health_score_level": health_score_level,
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
        order_by: TaskOrderField | TaskOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        search: str | None = None,
        status: Sequence[TaskPassRateStatus | TaskPassRateStatusLiteral]
        | TaskPassRateStatus
        | TaskPassRateStatusLiteral
        | None = None,
        topic_id: Sequence[str] | str | None = None,
        tag_id: Sequence[str] | str | None = None,
        eval_definition_id: Sequence[str] | str | None = None,
        schedule_criticality: Sequence[TaskCriticality | TaskCriticalityLiteral]
        | TaskCriticality
        | TaskCriticalityLiteral
        | None = None,
        confidence_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        stability_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        health_score_level: Sequence[MetricLevel | MetricLevelLiteral]
        | MetricLevel
        | MetricLevelLiteral
        | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[ListedTask]:
        """The async twin of `list_all`: `async for item in client.tasks.alist_all(...)`."""
        return self._awalk(
            _LIST_TASKS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "search": search,
                "status": status,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "eval_definition_id": eval_definition_id,
                "schedule_criticality": schedule_criticality,
                "confidence_level": confidence_level,
                "stability_level": stability_level,
                "health_score_level": health_score_level,
                "limit": limit,
            },
            skip,
            concurrency,
            strict,
            extra_headers,
            extra_query,
            timeout,
        )

    def create(
        self,
        *,
        title: str,
        description: str,
        type: CurrentTaskType | CurrentTaskTypeLiteral | NotGiven = NOT_GIVEN,
        topic_id: str | NotGiven = NOT_GIVEN,
        input_examples: Sequence[str] | NotGiven = NOT_GIVEN,
        simulated_prompt_schema: Any | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        quickstart_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaskEnvelope:
        """Create a task (`POST /v0/tasks`, `createTask`).

        Creates a task: a job the application is to do, which tests then check.

        Args:
            title: The title of the task.
            description: A short description of the task.
            type: The type of task.
            topic_id: ID of the topic the task belongs to.
            input_examples: Prompts for the task; the ones a STATIC task replays, so required for
                those.
            simulated_prompt_schema: JSON Schema of the prompts to generate for the task's tests: a
                JSON object.
            metadata: Your own metadata for the task, such as ids in other systems: a JSON object.
            quickstart_id: ID of the quickstart the task comes from, if one does.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TaskEnvelope

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
            _CREATE_TASK,
            {
                "title": title,
                "description": description,
                "type": type,
                "topic_id": topic_id,
                "input_examples": input_examples,
                "simulated_prompt_schema": simulated_prompt_schema,
                "metadata": metadata,
                "quickstart_id": quickstart_id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def acreate(
        self,
        *,
        title: str,
        description: str,
        type: CurrentTaskType | CurrentTaskTypeLiteral | NotGiven = NOT_GIVEN,
        topic_id: str | NotGiven = NOT_GIVEN,
        input_examples: Sequence[str] | NotGiven = NOT_GIVEN,
        simulated_prompt_schema: Any | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        quickstart_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaskEnvelope:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_TASK,
            {
                "title": title,
                "description": description,
                "type": type,
                "topic_id": topic_id,
                "input_examples": input_examples,
                "simulated_prompt_schema": simulated_prompt_schema,
                "metadata": metadata,
                "quickstart_id": quickstart_id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def trigger(
        self,
        *,
        task_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Run tasks (`POST /v0/tasks/trigger`, `triggerTasks`).

        Starts a test run of each task given. The answer has no body.

        Args:
            task_ids: IDs of the tasks to run.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            None

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
            _TRIGGER_TASKS,
            {
                "task_ids": task_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def atrigger(
        self,
        *,
        task_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The async twin of `trigger`."""
        return await self._acall(
            _TRIGGER_TASKS,
            {
                "task_ids": task_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaskEnvelope:
        """Get a task (`GET /v0/tasks/{id}`, `retrieveTask`).

        Retrieves one task by its ID, with its eval definitions, schedule and metrics.

        Args:
            id: The unique identifier of the task.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TaskEnvelope

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
            _RETRIEVE_TASK,
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
    ) -> TaskEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_TASK,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        topic_id: str | None | NotGiven = NOT_GIVEN,
        delete_empty_source_topic: bool | NotGiven = NOT_GIVEN,
        input_examples: Sequence[str] | NotGiven = NOT_GIVEN,
        is_verified: bool | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        simulated_prompt_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaskEnvelope:
        """Update a task (`PUT /v0/tasks/{id}`, `updateTask`).

        Changes the fields given of a task; the others stay as they are.

        Args:
            id: The unique identifier of the task.
            title: The new title.
            description: The new description.
            topic_id: ID of the topic to move the task to; null to take it out of its topic.
            delete_empty_source_topic: When the task moves to another topic: whether to delete the
                topic it leaves if no task is left in it. The deletion can't be undone.
            input_examples: The new prompts of the task.
            is_verified: Whether the task has been verified.
            metadata: Metadata to replace the task's with, a JSON object; null removes it all.
            simulated_prompt_schema: The new JSON Schema of the prompts to generate, a JSON object;
                null removes it.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TaskEnvelope

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
            _UPDATE_TASK,
            {
                "id": id,
                "title": title,
                "description": description,
                "topic_id": topic_id,
                "delete_empty_source_topic": delete_empty_source_topic,
                "input_examples": input_examples,
                "is_verified": is_verified,
                "metadata": metadata,
                "simulated_prompt_schema": simulated_prompt_schema,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def aupdate(
        self,
        id: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        topic_id: str | None | NotGiven = NOT_GIVEN,
        delete_empty_source_topic: bool | NotGiven = NOT_GIVEN,
        input_examples: Sequence[str] | NotGiven = NOT_GIVEN,
        is_verified: bool | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        simulated_prompt_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaskEnvelope:
        """The async twin of `update`."""
        return await self._acall(
            _UPDATE_TASK,
            {
                "id": id,
                "title": title,
                "description": description,
                "topic_id": topic_id,
                "delete_empty_source_topic": delete_empty_source_topic,
                "input_examples": input_examples,
                "is_verified": is_verified,
                "metadata": metadata,
                "simulated_prompt_schema": simulated_prompt_schema,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class TasksResourceWithRawResponse:
    """`client.tasks.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: TasksResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
        self.trigger = to_raw_response_wrapper(self._resource.trigger)
        self.atrigger = async_to_raw_response_wrapper(self._resource.atrigger)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
        self.update = to_raw_response_wrapper(self._resource.update)
        self.aupdate = async_to_raw_response_wrapper(self._resource.aupdate)

    @cached_property
    def tags(self) -> TasksTagsResourceWithRawResponse:
        from .tasks_tags import TasksTagsResourceWithRawResponse

        return TasksTagsResourceWithRawResponse(self._resource.tags)
