"""`client.applications`: `list` (List applications), `retrieve` (Get an application).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.application import Application
from ..models.application_envelope import ApplicationEnvelope
from ..models.application_environment import ApplicationEnvironment, ApplicationEnvironmentLiteral
from ..models.application_order_field import ApplicationOrderField, ApplicationOrderFieldLiteral
from ..models.application_type import ApplicationType, ApplicationTypeLiteral
from ..models.error_response import ErrorResponse
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_applications import PaginatedApplications
from ..types import NOT_GIVEN, Headers, NotGiven, Query

_LIST_APPLICATIONS: Operation[PaginatedApplications, Application] = Operation(
    operation_id="listApplications",
    method="GET",
    path="/v0/applications",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=ApplicationOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("environment", "environment", "query", enum=ApplicationEnvironment),
        Parameter("type", "type", "query", enum=ApplicationType),
        Parameter("slug", "slug", "query", min_length=1),
        Parameter("human_annotation_enabled", "humanAnnotationEnabled", "query", json_type="boolean"),
    ),
    success=PaginatedApplications,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=Application, max_limit=100),
    idempotent=True,
)

_RETRIEVE_APPLICATION: Operation[ApplicationEnvelope, None] = Operation(
    operation_id="retrieveApplication",
    method="GET",
    path="/v0/applications/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=ApplicationEnvelope,
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


class ApplicationsResource(APIResource):
    """`client.applications`: `list`, `retrieve`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> ApplicationsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return ApplicationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: ApplicationOrderField | ApplicationOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        environment: ApplicationEnvironment | ApplicationEnvironmentLiteral | None = None,
        type: ApplicationType | ApplicationTypeLiteral | None = None,
        slug: str | None = None,
        human_annotation_enabled: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedApplications:
        """List applications (`GET /v0/applications`, `listApplications`).

        Retrieves a paginated list of the organization's applications, with optional filters.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            environment: Filter by environment.
            type: Filter by application type.
            slug: Filter by slug.
            human_annotation_enabled: Filter by whether human annotation is enabled.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedApplications

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
            _LIST_APPLICATIONS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "environment": environment,
                "type": type,
                "slug": slug,
                "human_annotation_enabled": human_annotation_enabled,
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
        order_by: ApplicationOrderField | ApplicationOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        environment: ApplicationEnvironment | ApplicationEnvironmentLiteral | None = None,
        type: ApplicationType | ApplicationTypeLiteral | None = None,
        slug: str | None = None,
        human_annotation_enabled: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedApplications:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_APPLICATIONS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "environment": environment,
                "type": type,
                "slug": slug,
                "human_annotation_enabled": human_annotation_enabled,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def list_all(
        self,
        *,
        order_by: ApplicationOrderField | ApplicationOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        environment: ApplicationEnvironment | ApplicationEnvironmentLiteral | None = None,
        type: ApplicationType | ApplicationTypeLiteral | None = None,
        slug: str | None = None,
        human_annotation_enabled: bool | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[Application]:
        """List applications (`GET /v0/applications`, `listApplications`).

        Retrieves a paginated list of the organization's applications, with optional filters.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            environment: Filter by environment.
            type: Filter by application type.
            slug: Filter by slug.
            human_annotation_enabled: Filter by whether human annotation is enabled.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[Application]: the items, in order.

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
            _LIST_APPLICATIONS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "environment": environment,
                "type": type,
                "slug": slug,
                "human_annotation_enabled": human_annotation_enabled,
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
        order_by: ApplicationOrderField | ApplicationOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        environment: ApplicationEnvironment | ApplicationEnvironmentLiteral | None = None,
        type: ApplicationType | ApplicationTypeLiteral | None = None,
        slug: str | None = None,
        human_annotation_enabled: bool | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[Application]:
        """The async twin of `list_all`: `async for item in client.applications.alist_all(...)`."""
        return self._awalk(
            _LIST_APPLICATIONS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "environment": environment,
                "type": type,
                "slug": slug,
                "human_annotation_enabled": human_annotation_enabled,
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
    ) -> ApplicationEnvelope:
        """Get an application (`GET /v0/applications/{id}`, `retrieveApplication`).

        Retrieves one application by its ID.

        Args:
            id: The unique identifier of the application.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            ApplicationEnvelope

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
            _RETRIEVE_APPLICATION,
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
    ) -> ApplicationEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_APPLICATION,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )


class ApplicationsResourceWithRawResponse:
    """`client.applications.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: ApplicationsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
