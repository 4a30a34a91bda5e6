"""`client.evals`: `get` (Get a single evaluation by ID).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from functools import cached_property

import httpx

from .._operation import Operation, Parameter
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.eval_ import Eval
from ..types import NOT_GIVEN, Headers, NotGiven, Query

_GET_EVAL: Operation[Eval, None] = Operation(
    operation_id="getEval",
    method="GET",
    path="/v0/evals/{id}",
    security=("x-api-key",),
    parameters=(Parameter("id", "id", "path", required=True, explode=False, min_length=1),),
    success=Eval,
    success_statuses=(200, 200),
    envelope="eval",
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


class EvalsResource(APIResource):
    """`client.evals`: `get`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> EvalsResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return EvalsResourceWithRawResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Get a single evaluation by ID (`GET /v0/evals/{id}`, `getEval`).

        Retrieves detailed information about a specific evaluation. The body is the evaluation
        itself (as the reference page shows) or the evaluation wrapped as `{"eval": ...}` (as SDK
        releases 1.7.0 to 1.13.2 read it); clients should accept both.

        Args:
            id: The unique identifier of the evaluation.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            Eval

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
            _GET_EVAL,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )

    async def aget(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """The async twin of `get`."""
        return await self._acall(
            _GET_EVAL,
            {
                "id": id,
            },
            extra_headers,
            extra_query,
            None,
            timeout,
        )


class EvalsResourceWithRawResponse:
    """`client.evals.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: EvalsResource) -> None:
        self._resource = resource._raw_twin()
        self.get = to_raw_response_wrapper(self._resource.get)
        self.aget = async_to_raw_response_wrapper(self._resource.aget)
