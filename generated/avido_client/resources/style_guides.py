"""`client.style_guides`: `list` (List style guides), `create` (Create a style guide), `retrieve` (Get a style guide), `update` (Update a style guide).

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
from ..models.error_response import ErrorResponse
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_style_guides import PaginatedStyleGuides
from ..models.style_guide import StyleGuide
from ..models.style_guide_content import StyleGuideContent
from ..models.style_guide_envelope import StyleGuideEnvelope
from ..models.style_guide_order_field import StyleGuideOrderField, StyleGuideOrderFieldLiteral
from ..models.style_guide_section_input import StyleGuideSectionInput
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_LIST_STYLE_GUIDES: Operation[PaginatedStyleGuides, StyleGuide] = Operation(
    operation_id="listStyleGuides",
    method="GET",
    path="/v0/style-guides",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=StyleGuideOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("quickstart_id", "quickstartId", "query", min_length=1),
    ),
    success=PaginatedStyleGuides,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=StyleGuide, max_limit=100),
    idempotent=True,
)

_CREATE_STYLE_GUIDE: Operation[StyleGuideEnvelope, None] = Operation(
    operation_id="createStyleGuide",
    method="POST",
    path="/v0/style-guides",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=StyleGuideEnvelope,
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
        model=StyleGuideContent,
        fields=(("content", "content"),),
        required=True,
    ),
    idempotent=False,
)

_RETRIEVE_STYLE_GUIDE: Operation[StyleGuideEnvelope, None] = Operation(
    operation_id="retrieveStyleGuide",
    method="GET",
    path="/v0/style-guides/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=StyleGuideEnvelope,
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

_UPDATE_STYLE_GUIDE: Operation[StyleGuideEnvelope, None] = Operation(
    operation_id="updateStyleGuide",
    method="PUT",
    path="/v0/style-guides/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=StyleGuideEnvelope,
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
        model=StyleGuideContent,
        fields=(("content", "content"),),
        required=True,
    ),
    idempotent=False,
)


class StyleGuidesResource(APIResource):
    """`client.style_guides`: `list`, `create`, `retrieve`, `update`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> StyleGuidesResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return StyleGuidesResourceWithRawResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: StyleGuideOrderField | StyleGuideOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        quickstart_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedStyleGuides:
        """List style guides (`GET /v0/style-guides`, `listStyleGuides`).

        Retrieves a paginated list of the application's style guides.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            quickstart_id: Only style guides of this quickstart.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedStyleGuides

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
            _LIST_STYLE_GUIDES,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
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
        order_by: StyleGuideOrderField | StyleGuideOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        quickstart_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedStyleGuides:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_STYLE_GUIDES,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
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
        order_by: StyleGuideOrderField | StyleGuideOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        quickstart_id: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[StyleGuide]:
        """List style guides (`GET /v0/style-guides`, `listStyleGuides`).

        Retrieves a paginated list of the application's style guides.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            quickstart_id: Only style guides of this quickstart.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[StyleGuide]: the items, in order.

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
            _LIST_STYLE_GUIDES,
            {
                "order_by": order_by,
                "order_dir": order_dir,
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
        order_by: StyleGuideOrderField | StyleGuideOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        quickstart_id: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[StyleGuide]:
        """The async twin of `list_all`: `async for item in client.style_guides.alist_all(...)`."""
        return self._awalk(
            _LIST_STYLE_GUIDES,
            {
                "order_by": order_by,
                "order_dir": order_dir,
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
        content: Sequence[StyleGuideSectionInput | Mapping[str, Any]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> StyleGuideEnvelope:
        """Create a style guide (`POST /v0/style-guides`, `createStyleGuide`).

        Creates a style guide from its sections.

        Args:
            content: The sections, in order.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            StyleGuideEnvelope

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
            _CREATE_STYLE_GUIDE,
            {
                "content": content,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def acreate(
        self,
        *,
        content: Sequence[StyleGuideSectionInput | Mapping[str, Any]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> StyleGuideEnvelope:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_STYLE_GUIDE,
            {
                "content": content,
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
    ) -> StyleGuideEnvelope:
        """Get a style guide (`GET /v0/style-guides/{id}`, `retrieveStyleGuide`).

        Retrieves one style guide by its ID.

        Args:
            id: The unique identifier of the style guide.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            StyleGuideEnvelope

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
            _RETRIEVE_STYLE_GUIDE,
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
    ) -> StyleGuideEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_STYLE_GUIDE,
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
        content: Sequence[StyleGuideSectionInput | Mapping[str, Any]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> StyleGuideEnvelope:
        """Update a style guide (`PUT /v0/style-guides/{id}`, `updateStyleGuide`).

        Replaces the sections of a style guide.

        Args:
            id: The unique identifier of the style guide.
            content: The sections, in order.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            StyleGuideEnvelope

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
            _UPDATE_STYLE_GUIDE,
            {
                "id": id,
                "content": content,
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
        content: Sequence[StyleGuideSectionInput | Mapping[str, Any]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> StyleGuideEnvelope:
        """The async twin of `update`."""
        return await self._acall(
            _UPDATE_STYLE_GUIDE,
            {
                "id": id,
                "content": content,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class StyleGuidesResourceWithRawResponse:
    """`client.style_guides.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: StyleGuidesResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
        self.update = to_raw_response_wrapper(self._resource.update)
        self.aupdate = async_to_raw_response_wrapper(self._resource.aupdate)
