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
)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Eval]:
    """Get a single evaluation by ID

     Retrieves detailed information about a specific evaluation. The body is the
    evaluation itself (as the reference page shows) or the evaluation wrapped as
    `{"eval": ...}` (as SDK releases 1.7.0 to 1.13.2 read it); clients should accept both.

    Args:
        id (str): The unique identifier of the evaluation. Example:
            123e4567-e89b-12d3-a456-426614174000.

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

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
    """Get a single evaluation by ID

     Retrieves detailed information about a specific evaluation. The body is the
    evaluation itself (as the reference page shows) or the evaluation wrapped as
    `{"eval": ...}` (as SDK releases 1.7.0 to 1.13.2 read it); clients should accept both.

    Args:
        id (str): The unique identifier of the evaluation. Example:
            123e4567-e89b-12d3-a456-426614174000.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

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
    """Get a single evaluation by ID

     Retrieves detailed information about a specific evaluation. The body is the
    evaluation itself (as the reference page shows) or the evaluation wrapped as
    `{"eval": ...}` (as SDK releases 1.7.0 to 1.13.2 read it); clients should accept both.

    Args:
        id (str): The unique identifier of the evaluation. Example:
            123e4567-e89b-12d3-a456-426614174000.

    Raises:
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

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
    """Get a single evaluation by ID

     Retrieves detailed information about a specific evaluation. The body is the
    evaluation itself (as the reference page shows) or the evaluation wrapped as
    `{"eval": ...}` (as SDK releases 1.7.0 to 1.13.2 read it); clients should accept both.

    Args:
        id (str): The unique identifier of the evaluation. Example:
            123e4567-e89b-12d3-a456-426614174000.

    Raises:
        errors.APIStatusError: The API answered with an error status (a subclass per status).
        errors.ResponseValidationError: A success body does not match the spec.
        errors.APIConnectionError: No response after the client's retries (errors.APITimeoutError: none in time).
        errors.MissingCredentialError: The client lacks a credential this operation needs.
        ValueError: An argument can't be sent (an empty or dot path segment, an enum value the client doesn't know).

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
