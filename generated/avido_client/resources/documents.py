"""`client.documents`: `list` (List documents), `create` (Create a document), `retrieve` (Get a document), `activate` (Make a version of a document the active one); `versions`, `tags`.

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncGenerator, Generator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._constants import DEFAULT_CONCURRENCY
from .._operation import Operation, PageSpec, Parameter, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.document import Document
from ..models.document_activation import DocumentActivation
from ..models.document_create import DocumentCreate
from ..models.document_envelope import DocumentEnvelope
from ..models.document_order_field import DocumentOrderField, DocumentOrderFieldLiteral
from ..models.document_type import DocumentType, DocumentTypeLiteral
from ..models.document_version_status import DocumentVersionStatus, DocumentVersionStatusLiteral
from ..models.error_response import ErrorResponse
from ..models.lifecycle_status import LifecycleStatus, LifecycleStatusLiteral
from ..models.order_direction import OrderDirection, OrderDirectionLiteral
from ..models.paginated_documents import PaginatedDocuments
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from .documents_tags import DocumentsTagsResource, DocumentsTagsResourceWithRawResponse
    from .documents_versions import DocumentsVersionsResource, DocumentsVersionsResourceWithRawResponse

_LIST_DOCUMENTS: Operation[PaginatedDocuments, Document] = Operation(
    operation_id="listDocuments",
    method="GET",
    path="/v0/documents",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(
        Parameter("skip", "skip", "query", json_type="integer", minimum=0),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("order_by", "orderBy", "query", enum=DocumentOrderField),
        Parameter("order_dir", "orderDir", "query", enum=OrderDirection),
        Parameter("start_date", "startDate", "query", date_time=True, min_length=1),
        Parameter("end_date", "endDate", "query", date_time=True, min_length=1),
        Parameter("search", "search", "query", min_length=1),
        Parameter("type", "type", "query", enum=DocumentType),
        Parameter(
            "status", "status", "query", enum=DocumentVersionStatus, array=True, explode=False, min_items=1
        ),
        Parameter("document_status", "documentStatus", "query", enum=LifecycleStatus),
        Parameter("assignee", "assignee", "query", min_length=1),
        Parameter("topic_id", "topicId", "query", min_length=1),
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
            "scrape_job_id",
            "scrapeJobId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            pattern="^[^,]*$",
        ),
        Parameter(
            "file_processing_id",
            "fileProcessingId",
            "query",
            array=True,
            explode=False,
            min_length=1,
            min_items=1,
            max_items=100,
            pattern="^[^,]*$",
        ),
        Parameter("metadata_step", "metadataStep", "query", min_length=1),
        Parameter("quickstart_id", "quickstartId", "query", min_length=1),
    ),
    success=PaginatedDocuments,
    success_statuses=(200, 200),
    envelope=None,
    responses=(
        (400, 400, ErrorResponse),
        (401, 401, ErrorResponse),
        (422, 422, ErrorResponse),
        (429, 429, ErrorResponse),
        (500, 599, ErrorResponse),
    ),
    page=PageSpec(item=Document, max_limit=100),
    idempotent=True,
)

_CREATE_DOCUMENT: Operation[DocumentEnvelope, None] = Operation(
    operation_id="createDocument",
    method="POST",
    path="/v0/documents",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=DocumentEnvelope,
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
        model=DocumentCreate,
        fields=(
            ("title", "title"),
            ("content", "content"),
            ("type", "type"),
            ("status", "status"),
            ("language", "language"),
            ("metadata", "metadata"),
            ("original_sentences", "originalSentences"),
            ("assignee", "assignee"),
            ("topic_id", "topicId"),
            ("scrape_job_id", "scrapeJobId"),
        ),
        required=True,
    ),
    idempotent=False,
)

_RETRIEVE_DOCUMENT: Operation[DocumentEnvelope, None] = Operation(
    operation_id="retrieveDocument",
    method="GET",
    path="/v0/documents/{id}",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=DocumentEnvelope,
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

_ACTIVATE_DOCUMENT: Operation[DocumentActivation, None] = Operation(
    operation_id="activateDocument",
    method="PUT",
    path="/v0/documents/{id}/versions/{versionNumber}/activate",
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
    success=DocumentActivation,
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
    idempotent=False,
)


class DocumentsResource(APIResource):
    """`client.documents`: `list`, `create`, `retrieve`, `activate`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> DocumentsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return DocumentsResourceWithRawResponse(self)

    @cached_property
    def versions(self) -> DocumentsVersionsResource:
        """`client.documents.versions`."""
        from .documents_versions import DocumentsVersionsResource

        return DocumentsVersionsResource(self._client, raw=self._raw)

    @cached_property
    def tags(self) -> DocumentsTagsResource:
        """`client.documents.tags`."""
        from .documents_tags import DocumentsTagsResource

        return DocumentsTagsResource(self._client, raw=self._raw)

    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        order_by: DocumentOrderField | DocumentOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        type: DocumentType | DocumentTypeLiteral | None = None,
        status: Sequence[DocumentVersionStatus | DocumentVersionStatusLiteral]
        | DocumentVersionStatus
        | DocumentVersionStatusLiteral
        | None = None,
        document_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        assignee: str | None = None,
        topic_id: str | None = None,
        tag_id: Sequence[str] | str | None = None,
        scrape_job_id: Sequence[str] | str | None = None,
        file_processing_id: Sequence[str] | str | None = None,
        metadata_step: str | None = None,
        quickstart_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedDocuments:
        """List documents (`GET /v0/documents`, `listDocuments`).

        Retrieves a paginated list of the application's documents, with optional filters. Unless a
        filter says otherwise, only documents whose active version is approved are listed. Filters
        that take several values are sent comma-separated.

        Args:
            skip: Number of items to skip.
            limit: Number of items per page.
            order_by: Field to order by.
            order_dir: Order direction.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            search: Search the titles and contents of the documents' versions.
            type: Filter by document type; KNOWLEDGE when left out.
            status: Filter by the status of the documents' active versions; several are sent comma-
                separated.
            document_status: Filter by the documents' own status (not their versions'); when left out,
                ACTIVE for the library and no filter for a quickstart's documents.
            assignee: Filter by the user the documents are assigned to.
            topic_id: Filter by topic.
            tag_id: Filter by tag ID; several IDs are sent comma-separated.
            scrape_job_id: Filter by the scrape the documents came from; several IDs are sent comma-
                separated.
            file_processing_id: Filter by the file processing the documents came from; up to 100 IDs,
                sent comma-separated.
            metadata_step: Only documents whose active version's metadata has this step.
            quickstart_id: Only documents of this quickstart.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            PaginatedDocuments

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
            _LIST_DOCUMENTS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "type": type,
                "status": status,
                "document_status": document_status,
                "assignee": assignee,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "scrape_job_id": scrape_job_id,
                "file_processing_id": file_processing_id,
                "metadata_step": metadata_step,
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
        order_by: DocumentOrderField | DocumentOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        type: DocumentType | DocumentTypeLiteral | None = None,
        status: Sequence[DocumentVersionStatus | DocumentVersionStatusLiteral]
        | DocumentVersionStatus
        | DocumentVersionStatusLiteral
        | None = None,
        document_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        assignee: str | None = None,
        topic_id: str | None = None,
        tag_id: Sequence[str] | str | None = None,
        scrape_job_id: Sequence[str] | str | None = None,
        file_processing_id: Sequence[str] | str | None = None,
        metadata_step: str | None = None,
        quickstart_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaginatedDocuments:
        """The async twin of `list`."""
        return await self._acall(
            _LIST_DOCUMENTS,
            {
                "skip": skip,
                "limit": limit,
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "type": type,
                "status": status,
                "document_status": document_status,
                "assignee": assignee,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "scrape_job_id": scrape_job_id,
                "file_processing_id": file_processing_id,
                "metadata_step": metadata_step,
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
        order_by: DocumentOrderField | DocumentOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        type: DocumentType | DocumentTypeLiteral | None = None,
        status: Sequence[DocumentVersionStatus | DocumentVersionStatusLiteral]
        | DocumentVersionStatus
        | DocumentVersionStatusLiteral
        | None = None,
        document_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        assignee: str | None = None,
        topic_id: str | None = None,
        tag_id: Sequence[str] | str | None = None,
        scrape_job_id: Sequence[str] | str | None = None,
        file_processing_id: Sequence[str] | str | None = None,
        metadata_step: str | None = None,
        quickstart_id: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Generator[Document]:
        """List documents (`GET /v0/documents`, `listDocuments`).

        Retrieves a paginated list of the application's documents, with optional filters. Unless a
        filter says otherwise, only documents whose active version is approved are listed. Filters
        that take several values are sent comma-separated.

        Every item of every page, in order, with the same filters, `limit` a page; once the first
        page is in, `concurrency` pages are fetched ahead while one is read, and no more are held.

        Args:
            order_by: Field to order by.
            order_dir: Order direction.
            start_date: Only items created at or after this date-time (inclusive).
            end_date: Only items created at or before this date-time (inclusive).
            search: Search the titles and contents of the documents' versions.
            type: Filter by document type; KNOWLEDGE when left out.
            status: Filter by the status of the documents' active versions; several are sent comma-
                separated.
            document_status: Filter by the documents' own status (not their versions'); when left out,
                ACTIVE for the library and no filter for a quickstart's documents.
            assignee: Filter by the user the documents are assigned to.
            topic_id: Filter by topic.
            tag_id: Filter by tag ID; several IDs are sent comma-separated.
            scrape_job_id: Filter by the scrape the documents came from; several IDs are sent comma-
                separated.
            file_processing_id: Filter by the file processing the documents came from; up to 100 IDs,
                sent comma-separated.
            metadata_step: Only documents whose active version's metadata has this step.
            quickstart_id: Only documents of this quickstart.
            limit: Items a page (100, the most the API serves).
            skip: Where the walk starts: to resume one, the number of items already walked.
            concurrency: Pages fetched at once after the first (1: one at a time).
            strict: Raise errors.PaginationError where the listing changed so that the walk can't
                prove it missed nothing (without it: a warning, and the walk goes on).
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Generator[Document]: the items, in order.

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
            _LIST_DOCUMENTS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "type": type,
                "status": status,
                "document_status": document_status,
                "assignee": assignee,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "scrape_job_id": scrape_job_id,
                "file_processing_id": file_processing_id,
                "metadata_step": metadata_step,
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
        order_by: DocumentOrderField | DocumentOrderFieldLiteral | None = None,
        order_dir: OrderDirection | OrderDirectionLiteral | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        search: str | None = None,
        type: DocumentType | DocumentTypeLiteral | None = None,
        status: Sequence[DocumentVersionStatus | DocumentVersionStatusLiteral]
        | DocumentVersionStatus
        | DocumentVersionStatusLiteral
        | None = None,
        document_status: LifecycleStatus | LifecycleStatusLiteral | None = None,
        assignee: str | None = None,
        topic_id: str | None = None,
        tag_id: Sequence[str] | str | None = None,
        scrape_job_id: Sequence[str] | str | None = None,
        file_processing_id: Sequence[str] | str | None = None,
        metadata_step: str | None = None,
        quickstart_id: str | None = None,
        limit: int = 100,
        skip: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncGenerator[Document]:
        """The async twin of `list_all`: `async for item in client.documents.alist_all(...)`."""
        return self._awalk(
            _LIST_DOCUMENTS,
            {
                "order_by": order_by,
                "order_dir": order_dir,
                "start_date": start_date,
                "end_date": end_date,
                "search": search,
                "type": type,
                "status": status,
                "document_status": document_status,
                "assignee": assignee,
                "topic_id": topic_id,
                "tag_id": tag_id,
                "scrape_job_id": scrape_job_id,
                "file_processing_id": file_processing_id,
                "metadata_step": metadata_step,
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
        title: str,
        content: str,
        type: DocumentType | DocumentTypeLiteral | NotGiven = NOT_GIVEN,
        status: DocumentVersionStatus | DocumentVersionStatusLiteral | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        original_sentences: Sequence[str] | NotGiven = NOT_GIVEN,
        assignee: str | NotGiven = NOT_GIVEN,
        topic_id: str | NotGiven = NOT_GIVEN,
        scrape_job_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentEnvelope:
        """Create a document (`POST /v0/documents`, `createDocument`).

        Creates a document with its first version.

        Args:
            title: Title of the first version.
            content: Content of the first version.
            type: Type of the document.
            status: Status of the first version.
            language: Language of the first version.
            metadata: Free-form metadata of the first version: a JSON object.
            original_sentences: The sentences of the source the document is made from.
            assignee: ID of the user to assign the document to; the caller when left out.
            topic_id: ID of the topic the document belongs to.
            scrape_job_id: ID of the scrape the document was made from.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentEnvelope

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
            _CREATE_DOCUMENT,
            {
                "title": title,
                "content": content,
                "type": type,
                "status": status,
                "language": language,
                "metadata": metadata,
                "original_sentences": original_sentences,
                "assignee": assignee,
                "topic_id": topic_id,
                "scrape_job_id": scrape_job_id,
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
        content: str,
        type: DocumentType | DocumentTypeLiteral | NotGiven = NOT_GIVEN,
        status: DocumentVersionStatus | DocumentVersionStatusLiteral | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        metadata: Any | NotGiven = NOT_GIVEN,
        original_sentences: Sequence[str] | NotGiven = NOT_GIVEN,
        assignee: str | NotGiven = NOT_GIVEN,
        topic_id: str | NotGiven = NOT_GIVEN,
        scrape_job_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentEnvelope:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_DOCUMENT,
            {
                "title": title,
                "content": content,
                "type": type,
                "status": status,
                "language": language,
                "metadata": metadata,
                "original_sentences": original_sentences,
                "assignee": assignee,
                "topic_id": topic_id,
                "scrape_job_id": scrape_job_id,
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
    ) -> DocumentEnvelope:
        """Get a document (`GET /v0/documents/{id}`, `retrieveDocument`).

        Retrieves one document by its ID, with its versions.

        Args:
            id: The unique identifier of the document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentEnvelope

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
            _RETRIEVE_DOCUMENT,
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
    ) -> DocumentEnvelope:
        """The async twin of `retrieve`."""
        return await self._acall(
            _RETRIEVE_DOCUMENT,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    def activate(
        self,
        version_number: str,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentActivation:
        """Make a version of a document the active one (`PUT /v0/documents/{id}/versions/{versionNumber}/activate`, `activateDocument`).

        Makes one version the document's active version: the one its title and content come from.
        The request has no body.

        Args:
            id: The unique identifier of the document.
            version_number: The number of the version within its document.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            DocumentActivation

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
            _ACTIVATE_DOCUMENT,
            {
                "id": id,
                "version_number": version_number,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def aactivate(
        self,
        version_number: str,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DocumentActivation:
        """The async twin of `activate`."""
        return await self._acall(
            _ACTIVATE_DOCUMENT,
            {
                "id": id,
                "version_number": version_number,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )


class DocumentsResourceWithRawResponse:
    """`client.documents.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: DocumentsResource) -> None:
        self._resource = resource._raw_twin()
        self.list = to_raw_response_wrapper(self._resource.list)
        self.alist = async_to_raw_response_wrapper(self._resource.alist)
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
        self.retrieve = to_raw_response_wrapper(self._resource.retrieve)
        self.aretrieve = async_to_raw_response_wrapper(self._resource.aretrieve)
        self.activate = to_raw_response_wrapper(self._resource.activate)
        self.aactivate = async_to_raw_response_wrapper(self._resource.aactivate)

    @cached_property
    def versions(self) -> DocumentsVersionsResourceWithRawResponse:
        from .documents_versions import DocumentsVersionsResourceWithRawResponse

        return DocumentsVersionsResourceWithRawResponse(self._resource.versions)

    @cached_property
    def tags(self) -> DocumentsTagsResourceWithRawResponse:
        from .documents_tags import DocumentsTagsResourceWithRawResponse

        return DocumentsTagsResourceWithRawResponse(self._resource.tags)
