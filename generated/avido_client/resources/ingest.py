"""`client.ingest`: `create` (Ingest events).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._operation import Operation, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.ingest_batch import IngestBatch
from ..models.ingest_results import IngestResults
from ..models.ingest_step_event import IngestStepEvent
from ..models.ingest_trace_event import IngestTraceEvent
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_CREATE_INGEST: Operation[IngestResults, None] = Operation(
    operation_id="createIngest",
    method="POST",
    path="/v0/ingest",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=IngestResults,
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
        model=IngestBatch,
        fields=(("events", "events"),),
        required=True,
    ),
    idempotent=False,
)


class IngestResource(APIResource):
    """`client.ingest`: `create`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> IngestResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return IngestResourceWithRawResponse(self)

    def create(
        self,
        *,
        events: Sequence[IngestTraceEvent | Mapping[str, Any] | IngestStepEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IngestResults:
        """Ingest events (`POST /v0/ingest`, `createIngest`).

        Stores traces and steps of your application's runs for Avido to process. One request takes
        several events; the answer says, event by event, whether each was stored.

        Args:
            events: The events: traces, steps, or both.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            IngestResults

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
            _CREATE_INGEST,
            {
                "events": events,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def acreate(
        self,
        *,
        events: Sequence[IngestTraceEvent | Mapping[str, Any] | IngestStepEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IngestResults:
        """The async twin of `create`."""
        return await self._acall(
            _CREATE_INGEST,
            {
                "events": events,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class IngestResourceWithRawResponse:
    """`client.ingest.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: IngestResource) -> None:
        self._resource = resource._raw_twin()
        self.create = to_raw_response_wrapper(self._resource.create)
        self.acreate = async_to_raw_response_wrapper(self._resource.acreate)
