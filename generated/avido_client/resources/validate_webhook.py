"""`client.validate_webhook`: `validate` (Check a webhook call's signature).

Each method has an async twin prefixed `a`; a listing has `_all` walkers. Written by make
generate from openapi.yaml, one record per operation; the calls go through the runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._operation import Operation, RequestBody
from .._resource import APIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.error_response import ErrorResponse
from ..models.webhook_payload import WebhookPayload
from ..models.webhook_validation import WebhookValidation
from ..models.webhook_validation_result import WebhookValidationResult
from ..types import NOT_GIVEN, Body, Headers, NotGiven, Query

_VALIDATE_WEBHOOK: Operation[WebhookValidationResult, None] = Operation(
    operation_id="validateWebhook",
    method="POST",
    path="/v0/validate-webhook",
    security=(
        "x-api-key",
        "x-application-id",
    ),
    parameters=(),
    success=WebhookValidationResult,
    success_statuses=(200, 200),
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
        model=WebhookValidation,
        fields=(
            ("body", "body"),
            ("signature", "signature"),
            ("timestamp", "timestamp"),
        ),
        required=True,
    ),
    idempotent=True,
)


class ValidateWebhookResource(APIResource):
    """`client.validate_webhook`: `validate`, each with an async twin prefixed `a`."""

    @cached_property
    def with_raw_response(self) -> ValidateWebhookResourceWithRawResponse:
        """The same methods, each giving a RawResponse (status, headers, request id, `parse()`)."""
        return ValidateWebhookResourceWithRawResponse(self)

    def validate(
        self,
        *,
        body: WebhookPayload | Mapping[str, Any],
        signature: str,
        timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookValidationResult:
        """Check a webhook call's signature (`POST /v0/validate-webhook`, `validateWebhook`).

        Checks that a call your webhook received came from Avido: its body, timestamp and signature
        against the application's webhook secret. Nothing is stored, so the call is safe to repeat.

        Args:
            body: The body received, as it came.
            signature: The signature that came with it.
            timestamp: The timestamp that came with it: Unix milliseconds or an ISO 8601 date-time.
            extra_headers: Headers to send besides the operation's own (not credential headers).
            extra_query: Query parameters to send besides the operation's own.
            extra_body: JSON keys to add to the body (checked with it against the spec).
            timeout: This call's timeout, in seconds or as an httpx.Timeout (default: the client's).

        Returns:
            WebhookValidationResult

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
            _VALIDATE_WEBHOOK,
            {
                "body": body,
                "signature": signature,
                "timestamp": timestamp,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def avalidate(
        self,
        *,
        body: WebhookPayload | Mapping[str, Any],
        signature: str,
        timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookValidationResult:
        """The async twin of `validate`."""
        return await self._acall(
            _VALIDATE_WEBHOOK,
            {
                "body": body,
                "signature": signature,
                "timestamp": timestamp,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )


class ValidateWebhookResourceWithRawResponse:
    """`client.validate_webhook.with_raw_response`: each method gives a RawResponse."""

    def __init__(self, resource: ValidateWebhookResource) -> None:
        self._resource = resource._raw_twin()
        self.validate = to_raw_response_wrapper(self._resource.validate)
        self.avalidate = async_to_raw_response_wrapper(self._resource.avalidate)
