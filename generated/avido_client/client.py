"""AuthenticatedClient: the client, with the credentials the spec's security schemes name and a
resource for each of its tags.

Everything it does is `_base_client.BaseClient`'s; this module names the spec's credentials
(as constructor arguments), its server, and its resources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from . import _spec
from ._base_client import BaseClient, ClientOptions

if TYPE_CHECKING:
    from .resources import EvalsResource, RunsResource, TestsResource


class AuthenticatedClient(BaseClient):
    """The Avido API client: credentials, base URL, limits, retries, and the resources
    `client.runs`, `client.tests`, `client.evals`.
        Omitted credentials come from the environment:
        `api_key` from `AVIDO_API_KEY`,
        `application_id` from `AVIDO_APPLICATION_ID`.
        Credentials are sent only to the operations whose security requirement names them, and
        appear in no repr, error or log line. One client serves any number of threads and event
        loops; `with_options(...)` gives one with other limits sharing its connections.

        Args:
            api_key: Your unique Avido API key. Required.
            application_id: Your unique application ID. Get this from the Connections page in Avido. Needed only by the operations that require it.
            **options: base_url (default: `AVIDO_BASE_URL`, else https://api.avidoai.com),
                timeout, max_retries, max_response_bytes, follow_redirects, allow_insecure_http,
                headers, httpx_args: see `ClientOptions`.

        Raises:
            MissingCredentialError: no value for a credential every operation needs.
            ValueError: a credential that can't be sent as a header (whitespace, a control
                character: the message names where it came from, never the value), or an option
                out of range.
    """

    CREDENTIALS = _spec.CREDENTIALS
    DEFAULT_BASE_URL = _spec.SERVERS[0]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        application_id: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            credentials={
                "api_key": api_key,
                "application_id": application_id,
            },
            **options,
        )

    @property
    def runs(self) -> RunsResource:
        """List runs: `list`, `list_all`, each with an async twin prefixed `a`."""
        from .resources import RunsResource

        return RunsResource(self)

    @property
    def tests(self) -> TestsResource:
        """List tests: `list`, `list_all`, each with an async twin prefixed `a`."""
        from .resources import TestsResource

        return TestsResource(self)

    @property
    def evals(self) -> EvalsResource:
        """Get a single evaluation by ID: `get`, each with an async twin prefixed `a`."""
        from .resources import EvalsResource

        return EvalsResource(self)
