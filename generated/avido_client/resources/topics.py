"""`client.topics`: `list` (List topics), `create` (Create a topic), `retrieve` (Get a topic).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.lifecycle_status import LifecycleStatus, LifecycleStatusLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_topics import PaginatedTopics
from ..models.topic import Topic
from ..models.topic_create import TopicCreate
from ..models.topic_envelope import TopicEnvelope
from ..models.topic_order_field import TopicOrderField, TopicOrderFieldLiteral
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_LIST_TOPICS: Operation[PaginatedTopics, Topic] = Operation(
    operation_id="listTopics",
    method="GET",
    path="/v0/topics",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=TopicOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("title", "title", "query", min_length=1),
        Parameter("is_in_scope", "isInScope", "query", min_length=1),
        Parameter("is_knowledge_base_verified", "isKnowledgeBaseVerified", "query", min_length=1),
        Parameter("is_policies_verified", "isPoliciesVerified", "query", min_length=1),
        Parameter("is_tasks_verified", "isTasksVerified", "query", min_length=1),
    ),
    success=PaginatedTopics,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=Topic, max_limit=100),
    idempotent=True,
)

_CREATE_TOPIC: Operation[TopicEnvelope, None] = Operation(
    operation_id="createTopic",
    method="POST",
    path="/v0/topics",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=TopicEnvelope,
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
        model=TopicCreate,
        fields=(
            ("title", "title"),
            ("baseline", "baseline"),
            ("status", "status"),
            ("quickstart_id", "quickstartId"),
        ),
        required=True,
    ),
    idempotent=False,
)

_RETRIEVE_TOPIC: Operation[TopicEnvelope, None] = Operation(
    operation_id="retrieveTopic",
    method="GET",
    path="/v0/topics/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TopicEnvelope,
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


class TopicsResource(APIResource):
    """`client.topics`: `list`, `create`, `retrieve`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> TopicsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return TopicsResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: TopicOrderField | TopicOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        title: str | None = None,
        is_in_scope: str | None = None,
        is_knowledge_base_verified: str | None = None,
        is_policies_verified: str | None = None,
        is_tasks_verified: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTopics:
        """List topics (`GET /v0/topics`, `listTopics`).

        Retrieves a paginated list of the application's topics, with optional filters. The
        verification filters take the text `true` or `false`.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            title: Filter by title (any case).
            is_in_scope: `true`: only topics in scope; `false`: only those out of it.
            is_knowledge_base_verified: `true`: only topics whose knowledge base is verified; `false`:
                the others.
            is_policies_verified: `true`: only topics whose policies are verified; `false`: the
                others.
            is_tasks_verified: `true`: only topics whose tasks are all verified; `false`: the others.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedTopics

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
            _LIST_TOPICS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "title": title,
                "is_in_scope": is_in_scope,
                "is_knowledge_base_verified": is_knowledge_base_verified,
                "is_policies_verified": is_policies_verified,
                "is_tasks_verified": is_tasks_verified,
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
        order_by: TopicOrderField | TopicOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        title: str | None = None,
        is_in_scope: str | None = None,
        is_knowledge_base_verified: str | None = None,
        is_policies_verified: str | None = None,
        is_tasks_verified: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedTopics:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_TOPICS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "title": title,
                "is_in_scope": is_in_scope,
                "is_knowledge_base_verified": is_knowledge_base_verified,
                "is_policies_verified": is_policies_verified,
                "is_tasks_verified": is_tasks_verified,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: TopicOrderField | TopicOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        title: str | None = None,
        is_in_scope: str | None = None,
        is_knowledge_base_verified: str | None = None,
        is_policies_verified: str | None = None,
        is_tasks_verified: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[Topic]:
        """List topics (`GET /v0/topics`, `listTopics`).

        Retrieves a paginated list of the application's topics, with optional filters. The
        verification filters take the text `true` or `false`.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            title: Filter by title (any case).
            is_in_scope: `true`: only topics in scope; `false`: only those out of it.
            is_knowledge_base_verified: `true`: only topics whose knowledge base is verified; `false`:
                the others.
            is_policies_verified: `true`: only topics whose policies are verified; `false`: the
                others.
            is_tasks_verified: `true`: only topics whose tasks are all verified; `false`: the others.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[Topic]: the items, in order.

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
            _LIST_TOPICS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "title": title,
                "is_in_scope": is_in_scope,
                "is_knowledge_base_verified": is_knowledge_base_verified,
                "is_policies_verified": is_policies_verified,
                "is_tasks_verified": is_tasks_verified,
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
        order_by: TopicOrderField | TopicOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        title: str | None = None,
        is_in_scope: str | None = None,
        is_knowledge_base_verified: str | None = None,
        is_policies_verified: str | None = None,
        is_tasks_verified: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[Topic]:
        """The async twin of `list_all`: `async for item in client.topics.alist_all(...)`."""
        return self._awalk(
            _LIST_TOPICS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "title": title,
                "is_in_scope": is_in_scope,
                "is_knowledge_base_verified": is_knowledge_base_verified,
                "is_policies_verified": is_policies_verified,
                "is_tasks_verified": is_tasks_verified,
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
        baseline: float | None | NotGiven = NOT_GIVEN,
        status: LifecycleStatus | LifecycleStatusLiteral | NotGiven = NOT_GIVEN,
        quickstart_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopicEnvelope:
        """Create a topic (`POST /v0/topics`, `createTopic`).

        Creates a topic: a subject the application's tasks are grouped by.

        Args:
            title: Title of the topic.
            baseline: Baseline score for the topic, if it has one.
            status: Whether the topic starts as a draft or in use.
            quickstart_id: ID of a quickstart to link the topic to.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TopicEnvelope

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
            _CREATE_TOPIC,
            {
                "title": title,
                "baseline": baseline,
                "status": status,
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
        baseline: float | None | NotGiven = NOT_GIVEN,
        status: LifecycleStatus | LifecycleStatusLiteral | NotGiven = NOT_GIVEN,
        quickstart_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopicEnvelope:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_TOPIC,
            {
                "title": title,
                "baseline": baseline,
                "status": status,
                "quickstart_id": quickstart_id,
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
    ) -> TopicEnvelope:
        """Get a topic (`GET /v0/topics/{id}`, `retrieveTopic`).

        Retrieves one topic by its ID.

        Args:
            id: The unique identifier of the topic.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TopicEnvelope

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
            _RETRIEVE_TOPIC,
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
    ) -> TopicEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_TOPIC,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )


class TopicsResourceWithRawResponse:
    """`client.topics.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: TopicsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
