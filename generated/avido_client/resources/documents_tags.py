"""`client.documents.tags`: `list` (List a document's tags), `update` (Set a document's tags).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import httpx

from .._operation import Operation, Parameter, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.tag_assignment import TagAssignment
from ..models.tag_list import TagList
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_LIST_DOCUMENT_TAGS: Operation[TagList, None] = Operation(
    operation_id="listDocumentTags",
    method="GET",
    path="/v0/documents/{id}/tags",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TagList,
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

_UPDATE_DOCUMENT_TAGS: Operation[TagList, None] = Operation(
    operation_id="updateDocumentTags",
    method="PUT",
    path="/v0/documents/{id}/tags",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=TagList,
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
        model=TagAssignment,
        fields=(("tag_ids", "tagIds"),),
        required=True,
    ),
    idempotent=False,
)


class DocumentsTagsResource(APIResource):
    """`client.documents.tags`: `list`, `update`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> DocumentsTagsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return DocumentsTagsResourceWithRawResponse(self)

    def list(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TagList:
        """List a document's tags (`GET /v0/documents/{id}/tags`, `listDocumentTags`).

        Retrieves every tag of one document.

        Args:
            id: The unique identifier of the document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TagList

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
            _LIST_DOCUMENT_TAGS,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def alist(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TagList:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_DOCUMENT_TAGS,
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
        tag_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TagList:
        """Set a document's tags (`PUT /v0/documents/{id}/tags`, `updateDocumentTags`).

        Gives a document exactly the tags listed, replacing the ones it had.

        Args:
            id: The unique identifier of the document.
            tag_ids: IDs of the tags.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            TagList

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
            _UPDATE_DOCUMENT_TAGS,
            {
                "id": id,
                "tag_ids": tag_ids,
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
        tag_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TagList:
        """The async twin of `update`."""
        return await self._acall(
            _UPDATE_DOCUMENT_TAGS,
            {
                "id": id,
                "tag_ids": tag_ids,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class DocumentsTagsResourceWithRawResponse:
    """`client.documents.tags.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: DocumentsTagsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.update = to_raw_response_wrapper(self._resource.update)
        self.aupdate = async_to_raw_response_wrapper(self._resource.aupdate)
