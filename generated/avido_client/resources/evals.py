"""`client.evals`: the evals operations of the spec, one method each (its operationId less the
tag's noun) and an async twin prefixed `a`. Written by make generate from openapi.yaml; the same
operations are the functions in `api/evals/`."""

from .._base_client import BaseClient
from .._operation import acall, call
from ..api.evals import get_eval as _get_eval
from ..models.eval_ import Eval


class EvalsResource:
    """`client.evals`: `get` (Get a single evaluation by ID)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
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
            self._client,
            _get_eval._OPERATION,
            {
                "id": id,
            },
        )

    async def aget(
        self,
        id: str,
    ) -> Eval:
        """The async twin of `get`."""
        return await acall(
            self._client,
            _get_eval._OPERATION,
            {
                "id": id,
            },
        )
