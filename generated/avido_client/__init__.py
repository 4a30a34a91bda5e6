"""A typed client for the Avido API, generated from its OpenAPI description (version 0.2.0).

Build a client and call the API through its resources:

    from avido_client import AuthenticatedClient, errors

    with AuthenticatedClient() as client:  # api_key=..., or AVIDO_API_KEY (and the like) in the environment
        page = client.runs.list()

Resources, each method with an async twin prefixed `a` (`await client.x.alist(...)`):
    client.runs: list(), list_all()  (List runs)
    client.tests: list(), list_all()  (List tests)
    client.evals: get()  (Get a single evaluation by ID)

Enum parameters take members or their plain strings (`status="COMPLETED"`); `*_all` walks
every page. `client.with_options(timeout=..., max_retries=...)` gives a client with other
limits sharing the connections. Every error is an `errors.APIError`. Models are in
`avido_client.models`; the same operations as functions (sync, asyncio, their _detailed
twins, sync_all, asyncio_all) are in `avido_client.api.<tag>.<operation>`.
"""

from . import errors
from .client import AuthenticatedClient

__all__ = (
    "AuthenticatedClient",
    "errors",
)
