"""Get a single evaluation by ID: `GET /v0/evals/{id}` (`getEval`). Also `client.evals.get`."""

from ... import _spec
from ..._operation import (
    OperationSpec,
    Parameter,
    acall,
    acall_detailed,
    call,
    call_detailed,
)
from ...client import AuthenticatedClient
from ...models.error_response import ErrorResponse
from ...models.eval_ import Eval
from ...types import Response

_OPERATION: OperationSpec[Eval, None] = OperationSpec(
    info=_spec.OPERATIONS["get_eval"],
    parameters=(Parameter("id", "id", "path", required=True),),
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
    body=None,
    body_required=False,
)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Eval]:
    """Get a single evaluation by ID (`GET /v0/evals/{id}`).

    Args:
        id: The unique identifier of the evaluation.

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

    Returns:
        The whole response; `parsed` holds the decoded body (None for an undocumented status).
    """
    return call_detailed(
        client,
        _OPERATION,
        {
            "id": id,
        },
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Eval:
    """Get a single evaluation by ID (`GET /v0/evals/{id}`).

    Args:
        id: The unique identifier of the evaluation.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

    Returns:
        Eval
    """
    return call(
        client,
        _OPERATION,
        {
            "id": id,
        },
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Eval]:
    """Get a single evaluation by ID (`GET /v0/evals/{id}`).

    Args:
        id: The unique identifier of the evaluation.

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

    Returns:
        The whole response; `parsed` holds the decoded body (None for an undocumented status).
    """
    return await acall_detailed(
        client,
        _OPERATION,
        {
            "id": id,
        },
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Eval:
    """Get a single evaluation by ID (`GET /v0/evals/{id}`).

    Args:
        id: The unique identifier of the evaluation.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No usable response after the client's retries (APITimeoutError: none
            in time; ResponseTooLargeError: over the client's limit).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument that can't be sent (an unknown enum value, an id that would change the
            path, a datetime without a timezone), before anything is sent.

    Returns:
        Eval
    """
    return await acall(
        client,
        _OPERATION,
        {
            "id": id,
        },
    )
