"""A typed client for the Avido API, generated from its OpenAPI description (version 0.2.0).

Build a client and call the API through its resources:

    from avido_client import AuthenticatedClient, errors

    with AuthenticatedClient() as client:  # api_key=..., or AVIDO_API_KEY (and the like) in the environment
        page = client.runs.list()

Resources, each method with an async twin prefixed `a` (`await client.x.alist(...)`):
    client.runs: list()  (List runs)
    client.tests: list()  (List tests)
    client.evals: get()  (Get a single evaluation by ID)

Every method takes `timeout=`, `extra_headers=`, `extra_query=` (and `extra_body=` where it
sends a body); `client.<resource>.with_raw_response.<method>(...)` gives the status, headers
and request id with `parse()`. Enum parameters take members or their plain strings; `*_all`
walks every page. `client.copy(...)` (or `with_options`) gives a client with other options
sharing the connections. Every error is an `errors.APIError`. Models are in
`avido_client.models`. `AVIDO_LOG=info` (or `debug`) logs each request to stderr.
"""

from . import errors
from ._logs import setup_logging as _setup_logging
from ._response import RawResponse
from ._version import __version__
from .client import AuthenticatedClient
from .types import NOT_GIVEN, NotGiven

__all__ = (
    "NOT_GIVEN",
    "AuthenticatedClient",
    "NotGiven",
    "RawResponse",
    "__version__",
    "errors",
)

_setup_logging()
