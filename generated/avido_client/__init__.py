"""A typed client for the Avido API, generated from its OpenAPI description (version 0.3.0).

Build a client and call the API through its resources:

    from avido_client import AuthenticatedClient, errors

    with AuthenticatedClient() as client:  # api_key=..., or AVIDO_API_KEY (and the like) in the environment
        page = client.runs.list()

Resources, each method with an async twin prefixed `a` (`await client.x.alist(...)`):
    client.runs: list()  (List runs)
    client.tests: list(), retrieve()  (List tests; Get a test)
    client.evals: get()  (Get a single evaluation by ID)
    client.applications: list(), retrieve()  (List applications; Get an application)
    client.traces: list(), retrieve(), retrieve_by_test()  (List traces; Get a trace; Get the trace of a test)
    client.ingest: create()  (Ingest events)
    client.tasks: list(), create(), trigger(), retrieve(), update()  (List tasks; Create a task; Run tasks; Get a task; Update a task)
    client.tasks.tags: list(), update()  (List a task's tags; Set a task's tags)
    client.definitions: list(), create(), link(), unlink(), update()  (List eval definitions; Create an eval definition; Link eval definitions to tasks; Unlink eval definitions from tasks; Update an eval definition)
    client.topics: list(), create(), retrieve()  (List topics; Create a topic; Get a topic)
    client.issues: create()  (Raise an issue)
    client.style_guides: list(), create(), retrieve(), update()  (List style guides; Create a style guide; Get a style guide; Update a style guide)
    client.documents: list(), create(), retrieve(), activate()  (List documents; Create a document; Get a document; Make a version of a document the active one)
    client.documents.versions: list(), create(), retrieve(), update()  (List a document's versions; Create a version of a document; Get a version of a document; Update a version of a document)
    client.documents.tags: list(), update()  (List a document's tags; Set a document's tags)
    client.tags: list(), create(), retrieve(), update()  (List tags; Create a tag; Get a tag; Update a tag)
    client.validate_webhook: validate()  (Check a webhook call's signature)

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
