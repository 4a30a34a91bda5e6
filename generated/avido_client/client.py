"""AuthenticatedClient: the client, with the credentials the spec's security schemes name.

Everything it does is `_base_client.BaseClient`'s; this module names the spec's credentials
(as constructor arguments) and its server.
"""

from typing import Unpack

from . import _spec
from ._base_client import BaseClient, ClientOptions


class AuthenticatedClient(BaseClient):
    """Holds the credentials, base URL, limits and retry policy, and the httpx clients.

    Omitted credentials come from the environment:
    `api_key` from `AVIDO_API_KEY`,
    `application_id` from `AVIDO_APPLICATION_ID`.
    Credentials are sent only to the operations whose security requirement names them, and
    appear in no repr, error or log line.

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
