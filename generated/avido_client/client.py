"""AuthenticatedClient: the client, with the credentials the spec's security schemes name.

Everything it does is `_base_client.BaseClient`'s; this module names the spec's credentials
(as constructor arguments) and its server.
"""

from collections.abc import Mapping
from typing import Any

import httpx

from . import _spec
from ._base_client import BaseClient
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT


class AuthenticatedClient(BaseClient):
    """Holds the credentials, base URL, timeout and retry policy, and the httpx clients.

    Omitted arguments come from the environment:
    `api_key` from `AVIDO_API_KEY`,
    `application_id` from `AVIDO_APPLICATION_ID`,
    `base_url` from `AVIDO_BASE_URL` (default: the spec's server, https://api.avidoai.com).
    Credentials are sent only to the operations whose security requirement names them, and
    appear in no repr, error or log line.

    Args:
        api_key: Your unique Avido API key. Required.
        application_id: Your unique application ID. Get this from the Connections page in Avido. Needed only by the operations that require it.
        base_url: Where the API is.
        timeout: Seconds (or an httpx.Timeout); default 60 s to read, 5 s to connect. None waits forever.
        max_retries: Retries after a connection error, a timeout, 408, 409, 429 or 5xx; 0 turns them off.
        headers: Extra headers sent with every request.
        httpx_args: Extra arguments for the httpx.Client and the httpx.AsyncClient. A `transport`
            goes only to the client it fits (an httpx.BaseTransport to the sync one, an
            httpx.AsyncBaseTransport to the async one), so one setting can't break the other.

    Raises:
        MissingCredentialError: no value for a credential every operation needs.
    """

    CREDENTIALS = _spec.CREDENTIALS
    DEFAULT_BASE_URL = _spec.SERVERS[0]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        application_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            credentials={
                "api_key": api_key,
                "application_id": application_id,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            httpx_args=httpx_args,
        )
