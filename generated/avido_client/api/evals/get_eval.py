from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, asend, decode, decode_error_body, send
from ...models.error_response import ErrorResponse
from ...models.eval_ import Eval
from ...types import Response

# The auth headers this operation's security requirement names (from the spec).
_SECURITY: tuple[str, ...] = ("x-api-key",)
_OPERATION = "get_eval"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    if str(id) in ("", ".", ".."):
        # Percent-encoding leaves these as they are, and a URL resolver would then
        # send the request to a different path.
        raise ValueError(f"id must not be {str(id)!r}")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/evals/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ErrorResponse | Eval | None:
    """The body decoded by status: a success body strictly, an error body leniently (None if it isn't one)."""
    if response.status_code == 200:
        return decode(Eval, response, envelope="eval")
    if response.status_code == 400:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 401:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 404:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 422:
        return decode_error_body(ErrorResponse, response)
    if response.status_code == 429:
        return decode_error_body(ErrorResponse, response)
    if 500 <= response.status_code <= 599:
        return decode_error_body(ErrorResponse, response)
    return None


def _build_response(response: httpx.Response) -> Response[ErrorResponse | Eval]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _success(client: AuthenticatedClient, response: httpx.Response) -> Eval:
    if 200 <= response.status_code <= 200:
        return decode(Eval, response, envelope="eval")
    raise errors.status_error(response, _parse_response(response), client.secrets())


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
    kwargs = _get_kwargs(
        id=id,
    )
    return _build_response(send(client, _OPERATION, _SECURITY, kwargs))


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
    kwargs = _get_kwargs(
        id=id,
    )
    return _success(client, send(client, _OPERATION, _SECURITY, kwargs))


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
    kwargs = _get_kwargs(
        id=id,
    )
    return _build_response(await asend(client, _OPERATION, _SECURITY, kwargs))


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
    kwargs = _get_kwargs(
        id=id,
    )
    return _success(client, await asend(client, _OPERATION, _SECURITY, kwargs))
