"""`client.issues`: `create` (Raise an issue).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from functools import cached_property

import httpx

from .._operation import Operation, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.issue_create import IssueCreate
from ..models.issue_priority import IssuePriority, IssuePriorityLiteral
from ..models.issue_source import IssueSource, IssueSourceLiteral
from ..models.issue_type import IssueType, IssueTypeLiteral
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_CREATE_ISSUE: Operation[None, None] = Operation(
    operation_id="createIssue",
    method="POST",
    path="/v0/issues",
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
        model=IssueCreate,
        fields=(
            ("title", "title"),
            ("source", "source"),
            ("description", "description"),
            ("type", "type"),
            ("priority", "priority"),
            ("parent_id", "parentId"),
            ("task_id", "taskId"),
            ("test_id", "testId"),
            ("topic_id", "topicId"),
            ("trace_id", "traceId"),
            ("eval_definition_id", "evalDefinitionId"),
            ("experiment_id", "experimentId"),
            ("annotation_id", "annotationId"),
        ),
        required=True,
    ),
    idempotent=False,
)


class IssuesResource(APIResource):
    """`client.issues`: `create`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> IssuesResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return IssuesResourceWithRawResponse(self)

    def create(
        self,
        *,
        title: str,
        source: IssueSource | IssueSourceLiteral,
        description: str | None | NotGiven = NOT_GIVEN,
        type: IssueType | IssueTypeLiteral | NotGiven = NOT_GIVEN,
        priority: IssuePriority | IssuePriorityLiteral | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        task_id: str | NotGiven = NOT_GIVEN,
        test_id: str | NotGiven = NOT_GIVEN,
        topic_id: str | NotGiven = NOT_GIVEN,
        trace_id: str | NotGiven = NOT_GIVEN,
        eval_definition_id: str | NotGiven = NOT_GIVEN,
        experiment_id: str | NotGiven = NOT_GIVEN,
        annotation_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Raise an issue (`POST /v0/issues`, `createIssue`).

        Raises an issue about the application: a problem to fix or an improvement to make. The
        answer has no body.

        Args:
            title: Title of the issue.
            source: Where the issue was raised.
            description: What the issue is about, in detail.
            type: What kind of issue it is.
            priority: How urgent it is.
            parent_id: ID of the issue this one is a sub-issue of.
            task_id: ID of the task the issue concerns.
            test_id: ID of the test the issue concerns.
            topic_id: ID of the topic the issue concerns.
            trace_id: ID of the trace the issue concerns.
            eval_definition_id: ID of the eval definition whose evaluation raised the issue.
            experiment_id: ID of the experiment the issue belongs to.
            annotation_id: ID of the annotation the issue comes from.
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
            _CREATE_ISSUE,
            {
                "title": title,
                "source": source,
                "description": description,
                "type": type,
                "priority": priority,
                "parent_id": parent_id,
                "task_id": task_id,
                "test_id": test_id,
                "topic_id": topic_id,
                "trace_id": trace_id,
                "eval_definition_id": eval_definition_id,
                "experiment_id": experiment_id,
                "annotation_id": annotation_id,
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
        source: IssueSource | IssueSourceLiteral,
        description: str | None | NotGiven = NOT_GIVEN,
        type: IssueType | IssueTypeLiteral | NotGiven = NOT_GIVEN,
        priority: IssuePriority | IssuePriorityLiteral | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        task_id: str | NotGiven = NOT_GIVEN,
        test_id: str | NotGiven = NOT_GIVEN,
        topic_id: str | NotGiven = NOT_GIVEN,
        trace_id: str | NotGiven = NOT_GIVEN,
        eval_definition_id: str | NotGiven = NOT_GIVEN,
        experiment_id: str | NotGiven = NOT_GIVEN,
        annotation_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_ISSUE,
            {
                "title": title,
                "source": source,
                "description": description,
                "type": type,
                "priority": priority,
                "parent_id": parent_id,
                "task_id": task_id,
                "test_id": test_id,
                "topic_id": topic_id,
                "trace_id": trace_id,
                "eval_definition_id": eval_definition_id,
                "experiment_id": experiment_id,
                "annotation_id": annotation_id,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class IssuesResourceWithRawResponse:
    """`client.issues.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: IssuesResource) -> None:
        self._resource = resource._raw_twin()
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
