"""`client.documents.versions`: `list` (List a document's versions), `create` (Create a version of a document), `retrieve` (Get a version of a document), `update` (Update a version of a document).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

import httpx

from .._operation import Operation, Parameter, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.document_version_list import DocumentVersionList
from ..models.document_version_result import DocumentVersionResult
from ..models.document_version_status import DocumentVersionStatus, DocumentVersionStatusLiteral
from ..models.document_version_update import DocumentVersionUpdate
from ..models.error_response import ErrorResponse
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_LIST_DOCUMENT_VERSIONS: Operation[DocumentVersionList, None] = Operation(
    operation_id="listDocumentVersions",
    method="GET",
    path="/v0/documents/{id}/versions",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=DocumentVersionList,
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

_CREATE_DOCUMENT_VERSION: Operation[DocumentVersionResult, None] = Operation(
    operation_id="createDocumentVersion",
    method="POST",
    path="/v0/documents/{id}/versions",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=DocumentVersionResult,
    success_statuses=(201, 201),
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
    idempotent=False,
)

_RETRIEVE_DOCUMENT_VERSION: Operation[DocumentVersionResult, None] = Operation(
    operation_id="retrieveDocumentVersion",
    method="GET",
    path="/v0/documents/{id}/versions/{versionNumber}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("id", "id", "path", required=True, explode=False, min_length=1),
        Parameter(
            "version_number", "versionNumber", "path", required=True, explode=False, pattern="^[1-9][0-9]*$"
        ),
    ),
    success=DocumentVersionResult,
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

_UPDATE_DOCUMENT_VERSION: Operation[DocumentVersionResult, None] = Operation(
    operation_id="updateDocumentVersion",
    method="PUT",
    path="/v0/documents/{id}/versions/{versionNumber}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("id", "id", "path", required=True, explode=False, min_length=1),
        Parameter(
            "version_number", "versionNumber", "path", required=True, explode=False, pattern="^[1-9][0-9]*$"
        ),
    ),
    success=DocumentVersionResult,
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
        model=DocumentVersionUpdate,
        fields=(
            ("title", "title"),
            ("content", "content"),
            ("status", "status"),
            ("language", "language"),
            ("metadata", "metadata"),
            ("original_sentences", "originalSentences"),
        ),
        required=True,
    ),
    idempotent=False,
)


class DocumentsVersionsResource(APIResource):
    """`client.documents.versions`: `list`, `create`, `retrieve`, `update`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> DocumentsVersionsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return DocumentsVersionsResourceWithRawResponse(self)

    def list(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionList:
        """List a document's versions (`GET /v0/documents/{id}/versions`, `listDocumentVersions`).

        Retrieves every version of one document, highest version number first.

        Args:
            id: The unique identifier of the document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentVersionList

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
            _LIST_DOCUMENT_VERSIONS,
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
    ) -> DocumentVersionList:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_DOCUMENT_VERSIONS,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def create(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionResult:
        """Create a version of a document (`POST /v0/documents/{id}/versions`, `createDocumentVersion`).

        Adds a version to a document, numbered after its last one. The request has no body.

        Args:
            id: The unique identifier of the document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentVersionResult

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
            _CREATE_DOCUMENT_VERSION,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def acreate(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionResult:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_DOCUMENT_VERSION,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def retrieve(
        self,
        version_number: str,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionResult:
        """Get a version of a document (`GET /v0/documents/{id}/versions/{versionNumber}`, `retrieveDocumentVersion`).

        Retrieves one version of a document by its number.

        Args:
            id: The unique identifier of the document.
            version_number: The number of the version within its document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentVersionResult

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
            _RETRIEVE_DOCUMENT_VERSION,
            {
                "id": id,
                "version_number": version_number,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def aretrieve(
        self,
        version_number: str,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionResult:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_DOCUMENT_VERSION,
            {
                "id": id,
                "version_number": version_number,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def update(
        self,
        version_number: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        status: DocumentVersionStatus | DocumentVersionStatusLiteral | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        original_sentences: Sequence[str] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionResult:
        """Update a version of a document (`PUT /v0/documents/{id}/versions/{versionNumber}`, `updateDocumentVersion`).

        Changes the fields given of one version of a document; the others stay as they are.

        Args:
            version_number: The number of the version within its document.
            title: The new title.
            content: The new content.
            status: The new status.
            language: The new language.
            metadata: The new metadata: a JSON object.
            original_sentences: The new source sentences.
            id: The unique identifier of the document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentVersionResult

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
            _UPDATE_DOCUMENT_VERSION,
            {
                "version_number": version_number,
                "title": title,
                "content": content,
                "status": status,
                "language": language,
                "metadata": metadata,
                "original_sentences": original_sentences,
                "id": id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def aupdate(
        self,
        version_number: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        status: DocumentVersionStatus | DocumentVersionStatusLiteral | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        original_sentences: Sequence[str] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentVersionResult:
        """The async twin of `update`."""
        return await self._acall(
            _UPDATE_DOCUMENT_VERSION,
            {
                "version_number": version_number,
                "title": title,
                "content": content,
                "status": status,
                "language": language,
                "metadata": metadata,
                "original_sentences": original_sentences,
                "id": id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class DocumentsVersionsResourceWithRawResponse:
    """`client.documents.versions.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: DocumentsVersionsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
        self.update = to_raw_response_wrapper(self._resource.update)
        self.aupdate = async_to_raw_response_wrapper(self._resource.aupdate)
