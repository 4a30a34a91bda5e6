"""The client: credentials, transport, timeouts, retries, decoding and paging.

Every generated operation goes through `send`/`asend` (auth headers, retries) and
`decode` (typed errors for bodies that do not match the spec), so a new operation in
the spec gets all of it with no hand-written code.
"""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import logging
import os
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar

import httpx

from . import errors

# Defaults, in one place (README "Behaviour" quotes them).
DEFAULT_BASE_URL = "https://api.avidoai.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled on each retry
MAX_RETRY_DELAY = 8.0  # seconds: cap of the exponential backoff
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is cut to this
RETRY_STATUSES = frozenset({408, 409, 429})  # and every status from 500 up
ENVIRONMENT_PREFIX = "AVIDO_"

logger = logging.getLogger("avido_client")

# The waits between retries, by name, so a test can observe them without waiting.
_sleep = time.sleep
_async_sleep = asyncio.sleep


class AuthenticatedClient:
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
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        # Header name -> (value, argument name, environment variable)
        self._credentials: dict[str, tuple[str | None, str, str]] = {}
        self._add_credential("x-api-key", api_key, "api_key", required=True)
        self._add_credential("x-application-id", application_id, "application_id", required=False)
        self.base_url: str = base_url or os.environ.get(ENVIRONMENT_PREFIX + "BASE_URL") or DEFAULT_BASE_URL
        self.timeout: httpx.Timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        self._headers = dict(headers or {})
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def _add_credential(self, header: str, value: str | None, argument: str, *, required: bool) -> None:
        variable = ENVIRONMENT_PREFIX + argument.upper()
        value = value if value is not None else os.environ.get(variable)
        if required and not value:
            raise errors.MissingCredentialError(f"No {argument}: pass {argument}= or set {variable}")
        self._credentials[header] = (value or None, argument, variable)

    def __repr__(self) -> str:
        credentials = ", ".join(
            f"{argument}={'<set>' if value else '<not set>'}" for value, argument, _ in self._credentials.values()
        )
        return (
            f"AuthenticatedClient(base_url={self.base_url!r}, {credentials}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )

    __str__ = __repr__

    def auth_headers(self, operation: str, required: Sequence[str]) -> dict[str, str]:
        """The auth headers `operation` needs; raises MissingCredentialError before anything is sent."""
        headers = {}
        for header in required:
            value, argument, variable = self._credentials[header]
            if not value:
                raise errors.MissingCredentialError(
                    f"{operation} needs the {header} header: pass {argument}= to the client or set {variable}"
                )
            headers[header] = value
        return headers

    def secrets(self) -> tuple[str, ...]:
        """Credential values, for scrubbing them from anything shown to a user."""
        return tuple(value for value, _, _ in self._credentials.values() if value)

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


# --- sending, with retries ---------------------------------------------------------------------


def _retry_delay(client: AuthenticatedClient, attempt: int, response: httpx.Response | None) -> float | None:
    """Seconds to wait before retry number `attempt + 1`, or None when not to retry.

    `response` is None after a connection error or timeout (always retryable).
    """
    if attempt >= client.max_retries:
        return None
    if response is not None:
        status = response.status_code
        if status not in RETRY_STATUSES and status < 500:
            return None
        retry_after = _retry_after_seconds(response.headers.get("retry-after"))
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
    backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    # Jitter (up to a quarter off) spreads out clients that failed together.
    return backoff * (1 - 0.25 * random.random())


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(seconds, 0.0) if seconds == seconds else None  # NaN is unreadable


def _request_error(exc: httpx.RequestError, operation: str) -> errors.APIConnectionError:
    """The package's error for an httpx failure that left no usable response."""
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"{operation}: timed out ({type(exc).__name__}: {exc})")
    what = "could not connect" if isinstance(exc, httpx.TransportError) else "no usable response"
    return errors.APIConnectionError(f"{operation}: {what} ({type(exc).__name__}: {exc})")


def _log_retry(operation: str, kwargs: Mapping[str, Any], reason: str, attempt: int, limit: int, delay: float) -> None:
    logger.info(
        "%s: retrying %s %s after %s (retry %d of %d) in %.2fs",
        operation,
        kwargs["method"].upper(),
        kwargs["url"],
        reason,
        attempt + 1,
        limit,
        delay,
    )


def _with_auth(
    client: AuthenticatedClient, operation: str, security: Sequence[str], kwargs: dict[str, Any]
) -> dict[str, Any]:
    return {**kwargs, "headers": {**kwargs.get("headers", {}), **client.auth_headers(operation, security)}}


def send(
    client: AuthenticatedClient, operation: str, security: Sequence[str], kwargs: dict[str, Any]
) -> httpx.Response:
    """Send the request with the operation's auth headers, retrying as the client's policy says.

    Returns the final response, whatever its status; raises APIConnectionError or
    APITimeoutError when the last attempt got no response.
    """
    request = _with_auth(client, operation, security, kwargs)
    attempt = 0
    while True:
        try:
            response = client.get_httpx_client().request(**request)
        except httpx.RequestError as exc:
            # Transport failures (refused, reset, timed out) may pass; a body httpx can't
            # decode or a redirect loop will not.
            retryable = isinstance(exc, httpx.TransportError)
            delay = _retry_delay(client, attempt, None) if retryable else None
            if delay is None:
                raise _request_error(exc, operation) from None  # its request holds the credentials
            reason = type(exc).__name__
        else:
            delay = _retry_delay(client, attempt, response)
            if delay is None:
                return response
            reason = str(response.status_code)
        _log_retry(operation, request, reason, attempt, client.max_retries, delay)
        _sleep(delay)
        attempt += 1


async def asend(
    client: AuthenticatedClient, operation: str, security: Sequence[str], kwargs: dict[str, Any]
) -> httpx.Response:
    """The async twin of `send`."""
    request = _with_auth(client, operation, security, kwargs)
    attempt = 0
    while True:
        try:
            response = await client.get_async_httpx_client().request(**request)
        except httpx.RequestError as exc:
            # Transport failures (refused, reset, timed out) may pass; a body httpx can't
            # decode or a redirect loop will not.
            retryable = isinstance(exc, httpx.TransportError)
            delay = _retry_delay(client, attempt, None) if retryable else None
            if delay is None:
                raise _request_error(exc, operation) from None  # its request holds the credentials
            reason = type(exc).__name__
        else:
            delay = _retry_delay(client, attempt, response)
            if delay is None:
                return response
            reason = str(response.status_code)
        _log_retry(operation, request, reason, attempt, client.max_retries, delay)
        await _async_sleep(delay)
        attempt += 1


# --- decoding -----------------------------------------------------------------------------------


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_Model)


def decode(model: type[M], response: httpx.Response, envelope: str | None = None) -> M:
    """Decode a success body into `model`; raises ResponseValidationError naming what is wrong.

    With `envelope`, the body may also be the model wrapped in an object under that key
    (the spec accepts both; the key is never one of the model's own properties).
    """
    try:
        data = response.json()
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.ResponseValidationError(
            model=model.__name__, path="", reason=f"body is not JSON ({exc})", raw_body=response.content
        ) from None
    unwrapped = envelope is not None and isinstance(data, Mapping) and envelope in data
    try:
        decoded: M = model.from_dict(data[envelope] if unwrapped else data)
    except Exception as exc:
        located = errors.locate(exc, "", data[envelope] if unwrapped else data)
        if unwrapped:
            located.path.insert(0, str(envelope))
        raise errors.ResponseValidationError(
            model=model.__name__, path=located.path_text(), reason=located.reason, raw_body=response.content
        ) from exc
    return decoded


def decode_error_body(model: type[M], response: httpx.Response) -> M | None:
    """Decode an error body into `model`, or None when it is not one (an HTML 502 page, say)."""
    try:
        decoded: M = model.from_dict(response.json())
    except Exception:
        return None
    return decoded


# --- paging -------------------------------------------------------------------------------------


class _Page(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...
    @property
    def pagination(self) -> Any: ...


P = TypeVar("P", bound=_Page)


def _total(page: _Page) -> int | None:
    """The server's total, when the page says (the spec makes every pagination key optional)."""
    total = getattr(page.pagination, "total", None)
    return total if isinstance(total, int) else None


def walk_pages(fetch: Callable[[int], P], limit: int) -> Iterator[Any]:
    """Every item of every page, in order: skip walks by `limit` from 0.

    The walk ends at the first short or empty page, or once `skip` reaches the server's
    total (when it gives one), so a wrong total can neither loop nor ask for a page twice.
    """
    skip = 0
    while True:
        page = fetch(skip)
        yield from page.data
        skip += limit
        total = _total(page)
        if len(page.data) < limit or (total is not None and skip >= total):
            return


async def walk_pages_async(fetch: Callable[[int], Awaitable[P]], limit: int, concurrency: int) -> AsyncIterator[Any]:
    """Like `walk_pages`, fetching up to `concurrency` pages at once once the first page gives the total.

    Items come out in order; at most `concurrency` pages are held (in flight or waiting to be
    yielded). Pages still in flight when the walk ends are cancelled.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be 1 or more")
    first = await fetch(0)
    for item in first.data:
        yield item
    if len(first.data) < limit:
        return
    total = _total(first)
    # Without a total, pages are asked for ahead until one comes back short.
    skips = iter(range(limit, total, limit)) if total is not None else itertools.count(limit, limit)
    pending: deque[asyncio.Future[P]] = deque()
    try:
        for skip in skips:
            pending.append(asyncio.ensure_future(fetch(skip)))
            if len(pending) == concurrency:
                break
        while pending:
            page = await pending.popleft()
            for item in page.data:
                yield item
            if len(page.data) < limit:
                return
            next_skip = next(skips, None)
            if next_skip is not None:
                pending.append(asyncio.ensure_future(fetch(next_skip)))
    finally:
        for future in pending:
            future.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
