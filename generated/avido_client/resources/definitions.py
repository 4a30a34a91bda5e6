"""`client.definitions`: `list` (List eval definitions), `create` (Create an eval definition), `link` (Link eval definitions to tasks), `unlink` (Unlink eval definitions from tasks), `update` (Update an eval definition).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.current_eval_type import CurrentEvalType, CurrentEvalTypeLiteral
from ..models.error_response import ErrorResponse
from ..models.eval_config import EvalConfig
from ..models.eval_definition import EvalDefinition
from ..models.eval_definition_create import EvalDefinitionCreate
from ..models.eval_definition_envelope import EvalDefinitionEnvelope
from ..models.eval_definition_links import EvalDefinitionLinks
from ..models.eval_definition_order_field import EvalDefinitionOrderField, EvalDefinitionOrderFieldLiteral
from ..models.eval_definition_scope import EvalDefinitionScope, EvalDefinitionScopeLiteral
from ..models.eval_definition_update import EvalDefinitionUpdate
from ..models.eval_status import EvalStatus, EvalStatusLiteral
from ..models.lifecycle_status import LifecycleStatus, LifecycleStatusLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_eval_definitions import PaginatedEvalDefinitions
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_LIST_DEFINITIONS: Operation[PaginatedEvalDefinitions, EvalDefinition] = Operation(
    operation_id="listDefinitions",
    method="GET",
    path="/v0/definitions",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=EvalDefinitionOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("definition_status", "definitionStatus", "query", enum=LifecycleStatus),
        Parameter("scope_type", "scopeType", "query", enum=EvalDefinitionScope),
        Parameter("topic_id", "topicId", "query", min_length=1),
        Parameter("task_id", "taskId", "query", min_length=1),
        Parameter("trace_id", "traceId", "query", min_length=1),
        Parameter("status", "status", "query", enum=EvalStatus),
        Parameter("type", "type", "query", min_length=1),
        Parameter("quickstart_id", "quickstartId", "query", min_length=1),
    ),
    success=PaginatedEvalDefinitions,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=EvalDefinition, max_limit=100),
    idempotent=True,
)

_CREATE_DEFINITION: Operation[EvalDefinitionEnvelope, None] = Operation(
    operation_id="createDefinition",
    method="POST",
    path="/v0/definitions",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=EvalDefinitionEnvelope,
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
        model=EvalDefinitionCreate,
        fields=(
            ("name", "name"),
            ("type", "type"),
            ("global_config", "globalConfig"),
            ("style_guide_id", "styleGuideId"),
            ("quickstart_id", "quickstartId"),
        ),
        required=True,
    ),
    idempotent=False,
)

_LINK_DEFINITIONS: Operation[None, None] = Operation(
    operation_id="linkDefinitions",
    method="POST",
    path="/v0/definitions/link",
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
        model=EvalDefinitionLinks,
        fields=(
            ("eval_ids", "evalIds"),
            ("task_ids", "taskIds"),
        ),
        required=True,
    ),
    idempotent=False,
)

_UNLINK_DEFINITIONS: Operation[None, None] = Operation(
    operation_id="unlinkDefinitions",
    method="POST",
    path="/v0/definitions/unlink",
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
        model=EvalDefinitionLinks,
        fields=(
            ("eval_ids", "evalIds"),
            ("task_ids", "taskIds"),
        ),
        required=True,
    ),
    idempotent=False,
)

_UPDATE_DEFINITION: Operation[EvalDefinitionEnvelope, None] = Operation(
    operation_id="updateDefinition",
    method="PUT",
    path="/v0/definitions/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=EvalDefinitionEnvelope,
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
        model=EvalDefinitionUpdate,
        fields=(
            ("name", "name"),
            ("global_config", "globalConfig"),
            ("style_guide_id", "styleGuideId"),
        ),
        required=True,
    ),
    idempotent=False,
)


class DefinitionsResource(APIResource):
    """`client.definitions`: `list`, `create`, `link`, `unlink`, `update`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> DefinitionsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return DefinitionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: EvalDefinitionOrderField | EvalDefinitionOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        definition_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        scope_type: EvalDefinitionScope | EvalDefinitionScopeLiteral | None = None,
        topic_id: str | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: EvalStatus | EvalStatusLiteral | None = None,
        type: str | None = None,
        quickstart_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedEvalDefinitions:
        """List eval definitions (`GET /v0/definitions`, `listDefinitions`).

        Retrieves a paginated list of the application's eval definitions, with optional filters.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            definition_status: Filter by the definitions' own status; ACTIVE when left out.
            scope_type: Only application-wide or only topic-scoped definitions; ignored with topicId.
            topic_id: Only definitions scoped to this topic.
            task_id: Filter by task ID.
            trace_id: Filter by trace ID.
            status: Filter by the status of the definitions' evaluations.
            type: Filter by eval type (such as CUSTOM).
            quickstart_id: Only definitions of this quickstart.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedEvalDefinitions

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
            _LIST_DEFINITIONS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "definition_status": definition_status,
                "scope_type": scope_type,
                "topic_id": topic_id,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "quickstart_id": quickstart_id,
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
        order_by: EvalDefinitionOrderField | EvalDefinitionOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        definition_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        scope_type: EvalDefinitionScope | EvalDefinitionScopeLiteral | None = None,
        topic_id: str | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: EvalStatus | EvalStatusLiteral | None = None,
        type: str | None = None,
        quickstart_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedEvalDefinitions:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_DEFINITIONS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "definition_status": definition_status,
                "scope_type": scope_type,
                "topic_id": topic_id,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "quickstart_id": quickstart_id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: EvalDefinitionOrderField | EvalDefinitionOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        definition_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        scope_type: EvalDefinitionScope | EvalDefinitionScopeLiteral | None = None,
        topic_id: str | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: EvalStatus | EvalStatusLiteral | None = None,
        type: str | None = None,
        quickstart_id: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[EvalDefinition]:
        """List eval definitions (`GET /v0/definitions`, `listDefinitions`).

        Retrieves a paginated list of the application's eval definitions, with optional filters.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            definition_status: Filter by the definitions' own status; ACTIVE when left out.
            scope_type: Only application-wide or only topic-scoped definitions; ignored with topicId.
            topic_id: Only definitions scoped to this topic.
            task_id: Filter by task ID.
            trace_id: Filter by trace ID.
            status: Filter by the status of the definitions' evaluations.
            type: Filter by eval type (such as CUSTOM).
            quickstart_id: Only definitions of this quickstart.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[EvalDefinition]: the items, in order.

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
            _LIST_DEFINITIONS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "definition_status": definition_status,
                "scope_type": scope_type,
                "topic_id": topic_id,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "quickstart_id": quickstart_id,
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
        order_by: EvalDefinitionOrderField | EvalDefinitionOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        definition_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        scope_type: EvalDefinitionScope | EvalDefinitionScopeLiteral | None = None,
        topic_id: str | None = None,
        task_id: str | None = None,
        trace_id: str | None = None,
        status: EvalStatus | EvalStatusLiteral | None = None,
        type: str | None = None,
        quickstart_id: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[EvalDefinition]:
        """The async twin of `list_all`: `async for item in client.definitions.alist_all(...)`."""
        return self._awalk(
            _LIST_DEFINITIONS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "definition_status": definition_status,
                "scope_type": scope_type,
                "topic_id": topic_id,
                "task_id": task_id,
                "trace_id": trace_id,
                "status": status,
                "type": type,
                "quickstart_id": quickstart_id,
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
        name: str,
        type: CurrentEvalType | CurrentEvalTypeLiteral,
        global_config: EvalConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        style_guide_id: str | NotGiven = NOT_GIVEN,
        quickstart_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvalDefinitionEnvelope:
        """Create an eval definition (`POST /v0/definitions`, `createDefinition`).

        Creates an eval definition for the application.

        Args:
            name: Name of the eval definition.
            type: Type of the eval.
            global_config: How the eval is set up.
            style_guide_id: ID of the style guide to check against, for a STYLE eval.
            quickstart_id: ID of a quickstart to link the definition to; it is then created as a
                DRAFT.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            EvalDefinitionEnvelope

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
            _CREATE_DEFINITION,
            {
                "name": name,
                "type": type,
                "global_config": global_config,
                "style_guide_id": style_guide_id,
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
        name: str,
        type: CurrentEvalType | CurrentEvalTypeLiteral,
        global_config: EvalConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        style_guide_id: str | NotGiven = NOT_GIVEN,
        quickstart_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvalDefinitionEnvelope:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_DEFINITION,
            {
                "name": name,
                "type": type,
                "global_config": global_config,
                "style_guide_id": style_guide_id,
                "quickstart_id": quickstart_id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def link(
        self,
        *,
        eval_ids: Sequence[str],
        task_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Link eval definitions to tasks (`POST /v0/definitions/link`, `linkDefinitions`).

        Links each eval definition given to each task given, so the tasks' tests apply them. The
        answer has no body.

        Args:
            eval_ids: IDs of the eval definitions.
            task_ids: IDs of the tasks.
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
            _LINK_DEFINITIONS,
            {
                "eval_ids": eval_ids,
                "task_ids": task_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def alink(
        self,
        *,
        eval_ids: Sequence[str],
        task_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The async twin of `link`."""
        return await self._acall(
            _LINK_DEFINITIONS,
            {
                "eval_ids": eval_ids,
                "task_ids": task_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def unlink(
        self,
        *,
        eval_ids: Sequence[str],
        task_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlink eval definitions from tasks (`POST /v0/definitions/unlink`, `unlinkDefinitions`).

        Removes the link between each eval definition given and each task given. The answer has no
        body.

        Args:
            eval_ids: IDs of the eval definitions.
            task_ids: IDs of the tasks.
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
            _UNLINK_DEFINITIONS,
            {
                "eval_ids": eval_ids,
                "task_ids": task_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def aunlink(
        self,
        *,
        eval_ids: Sequence[str],
        task_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The async twin of `unlink`."""
        return await self._acall(
            _UNLINK_DEFINITIONS,
            {
                "eval_ids": eval_ids,
                "task_ids": task_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        global_config: EvalConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        style_guide_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvalDefinitionEnvelope:
        """Update an eval definition (`PUT /v0/definitions/{id}`, `updateDefinition`).

        Changes the fields given of an eval definition; the others stay as they are.

        Args:
            id: The unique identifier of the eval definition.
            name: The new name.
            global_config: The new set-up of the eval.
            style_guide_id: ID of the style guide to check against.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            EvalDefinitionEnvelope

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
            _UPDATE_DEFINITION,
            {
                "id": id,
                "name": name,
                "global_config": global_config,
                "style_guide_id": style_guide_id,
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
        name: str | NotGiven = NOT_GIVEN,
        global_config: EvalConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        style_guide_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvalDefinitionEnvelope:
        """The async twin of `update`."""
        return await self._acall(
            _UPDATE_DEFINITION,
            {
                "id": id,
                "name": name,
                "global_config": global_config,
                "style_guide_id": style_guide_id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class DefinitionsResourceWithRawResponse:
    """`client.definitions.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: DefinitionsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
        self.link = to_raw_response_wrapper(self._resource.link)
        self.alink = async_to_raw_response_wrapper(self._resource.alink)
        self.unlink = to_raw_response_wrapper(self._resource.unlink)
        self.aunlink = async_to_raw_response_wrapper(self._resource.aunlink)
        self.update = to_raw_response_wrapper(self._resource.update)
        self.aupdate = async_to_raw_response_wrapper(self._resource.aupdate)
