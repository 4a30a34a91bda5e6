# avido_client runtime (runtime/_base_client.py): make generate copies it verbatim; edit it in runtime/.
"""The client's base: credentials, base URL, timeouts, the httpx clients, and sending with retries.

`client.AuthenticatedClient` (generated) subclasses `BaseClient`, naming the spec's
credentials (`CREDENTIALS`) and its server (`DEFAULT_BASE_URL`). Sync and async sending
share one retry policy (`_retry`); only the I/O differs.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx

from ._constants import BASE_URL_VARIABLE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENVIRONMENT_PREFIX
from ._retry import delay_after_error, delay_after_response
from .errors import APIConnectionError, APITimeoutError, MissingCredentialError

logger = logging.getLogger("avido_client")

# The waits between retries, by name, so a test can observe them without waiting.
_sleep = time.sleep
_async_sleep = asyncio.sleep


@dataclass(frozen=True, slots=True)
class Credential:
    """A credential the spec declares (an apiKey security scheme sent as a header)."""

    argument: str  # the constructor argument, such as "api_key"
    header: str  # the header it is sent in, such as "x-api-key"
    required: bool  # every operation needs it: the client can't be built without it

    @property
    def variable(self) -> str:
        """The environment variable it is read from when not passed, such as AVIDO_API_KEY."""
        return ENVIRONMENT_PREFIX + self.argument.upper()


class BaseClient:
    """Holds the credentials, base URL, timeout and retry policy, and the httpx clients."""

    CREDENTIALS: ClassVar[tuple[Credential, ...]] = ()
    DEFAULT_BASE_URL: ClassVar[str] = ""

    def __init__(
        self,
        *,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        # Header name -> (value, credential)
        self._credentials: dict[str, tuple[str | None, Credential]] = {}
        for credential in self.CREDENTIALS:
            value = credentials.get(credential.argument)
            value = value if value is not None else os.environ.get(credential.variable)
            if credential.required and not value:
                raise MissingCredentialError(
                    f"No {credential.argument}: pass {credential.argument}= or set {credential.variable}"
                )
            self._credentials[credential.header] = (value or None, credential)
        self.base_url: str = base_url or os.environ.get(BASE_URL_VARIABLE) or self.DEFAULT_BASE_URL
        self.timeout: httpx.Timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        )
        self.max_retries = max_retries
        self._headers = dict(headers or {})
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        credentials = ", ".join(
            f"{credential.argument}={'<set>' if value else '<not set>'}"
            for value, credential in self._credentials.values()
        )
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, {credentials}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )

    __str__ = __repr__

    # --- credentials ---------------------------------------------------------------------------

    def auth_headers(self, operation: str, required: Sequence[str]) -> dict[str, str]:
        """The auth headers `operation` needs; raises MissingCredentialError before anything is sent."""
        headers = {}
        for header in required:
            value, credential = self._credentials[header]
            if not value:
                raise MissingCredentialError(
                    f"{operation} needs the {header} header: pass {credential.argument}= to the client "
                    f"or set {credential.variable}"
                )
            headers[header] = value
        return headers

    def secrets(self) -> tuple[str, ...]:
        """Credential values, for scrubbing them from anything shown to a user."""
        return tuple(value for value, _ in self._credentials.values() if value)

    def credential_headers(self) -> tuple[str, ...]:
        """The headers credentials are sent in (never copied into an error)."""
        return tuple(self._credentials)

    # --- the httpx clients ---------------------------------------------------------------------

    def _httpx_args_for(self, transport_type: type) -> dict[str, Any]:
        args = dict(self._httpx_args)
        if "transport" in args and not isinstance(args["transport"], transport_type):
            del args["transport"]
        return args

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, created on first use (it holds no credential)."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self.base_url,
                timeout=self.timeout,
                headers=self._headers,
                **self._httpx_args_for(httpx.BaseTransport),
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, created on first use (it holds no credential)."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                timeout=self.timeout,
                headers=self._headers,
                **self._httpx_args_for(httpx.AsyncBaseTransport),
            )
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # --- sending, with retries -----------------------------------------------------------------

    def _with_auth(self, operation: str, security: Sequence[str], request: dict[str, Any]) -> dict[str, Any]:
        return {
            **request,
            "headers": {**request.get("headers", {}), **self.auth_headers(operation, security)},
        }

    def send(self, operation: str, security: Sequence[str], request: dict[str, Any]) -> httpx.Response:
        """Send the request with the operation's auth headers, retrying as the client's policy says.

        Returns the final response, whatever its status; raises APIConnectionError or
        APITimeoutError when the last attempt got no response.
        """
        request = self._with_auth(operation, security, request)
        attempt = 0
        while True:
            try:
                response = self.get_httpx_client().request(**request)
            except httpx.RequestError as exc:
                delay = delay_after_error(exc, attempt, self.max_retries)
                if delay is None:
                    raise _request_error(exc, operation) from None  # its request holds the credentials
                reason = type(exc).__name__
            else:
                delay = delay_after_response(response, attempt, self.max_retries)
                if delay is None:
                    return response
                reason = str(response.status_code)
            _log_retry(operation, request, reason, attempt, self.max_retries, delay)
            _sleep(delay)
            attempt += 1

    async def asend(self, operation: str, security: Sequence[str], request: dict[str, Any]) -> httpx.Response:
        """The async twin of `send`."""
        request = self._with_auth(operation, security, request)
        attempt = 0
        while True:
            try:
                response = await self.get_async_httpx_client().request(**request)
            except httpx.RequestError as exc:
                delay = delay_after_error(exc, attempt, self.max_retries)
                if delay is None:
                    raise _request_error(exc, operation) from None  # its request holds the credentials
                reason = type(exc).__name__
            else:
                delay = delay_after_response(response, attempt, self.max_retries)
                if delay is None:
                    return response
                reason = str(response.status_code)
            _log_retry(operation, request, reason, attempt, self.max_retries, delay)
            await _async_sleep(delay)
            attempt += 1


def _request_error(exc: httpx.RequestError, operation: str) -> APIConnectionError:
    """The package's error for an httpx failure that left no usable response."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation}: timed out ({type(exc).__name__}: {exc})")
    what = "could not connect" if isinstance(exc, httpx.TransportError) else "no usable response"
    return APIConnectionError(f"{operation}: {what} ({type(exc).__name__}: {exc})")


def _log_retry(
    operation: str, request: Mapping[str, Any], reason: str, attempt: int, limit: int, delay: float
) -> None:
    logger.info(
        "%s: retrying %s %s after %s (retry %d of %d) in %.2fs",
        operation,
        request["method"].upper(),
        request["url"],
        reason,
        attempt + 1,
        limit,
        delay,
    )
