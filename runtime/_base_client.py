# avido_client runtime (runtime/_base_client.py): make generate copies it verbatim; edit it in runtime/.
"""The client's base: credentials, base URL, limits, the httpx clients, and sending with retries.

`client.AuthenticatedClient` (generated) subclasses `BaseClient`, naming the spec's
credentials (`CREDENTIALS`) and its server (`DEFAULT_BASE_URL`). Sync and async sending
share one retry policy (`_retry`) and one body reader (`_body`); only the I/O differs.

What a hostile or broken server can't do to it: make it wait longer than an attempt's
deadline (the read timeout bounds connect, send and the whole body together), make it hold
more than `max_response_bytes` (counted after decompression), or lead the credentials to
another origin (redirects are off unless asked for, and then credentials are dropped on
any change of origin).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Self, TypedDict

import httpx

from ._body import ACCEPT_ENCODING, aread_body, read_body, with_content
from ._constants import (
    BASE_URL_VARIABLE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENVIRONMENT_PREFIX,
    MAX_REDIRECTS,
    MAX_RESPONSE_BYTES,
)
from ._retry import delay_after_error, delay_after_response
from ._secrets import Secrets, check_credential, redact_logs
from ._tls import with_shared_context
from .errors import APIConnectionError, APITimeoutError, MissingCredentialError

logger = logging.getLogger("avido_client")

# The waits between retries, by name, so a test can observe them without waiting.
_sleep = time.sleep
_async_sleep = asyncio.sleep

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class _Keep:
    """The default of with_options' arguments: keep the client's value."""


_KEEP = _Keep()


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


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ClientOptions(TypedDict, total=False):
    """The client's options besides its credentials (all keyword arguments).

    base_url: Where the API is; default: AVIDO_BASE_URL, else the spec's server.
    timeout: Seconds (or an httpx.Timeout); default 60 s to read, 5 s to connect. The read
        timeout also bounds each attempt as a whole: connect, send and the whole body. None
        waits forever.
    max_retries: Retries after a connection error, a timeout, 408, 409, 429 or 5xx; 0 turns
        them off.
    max_response_bytes: The largest body accepted, counted after decompression (64 MiB).
    follow_redirects: Follow 3xx redirects (off); credentials never follow one to another origin.
    allow_insecure_http: Allow a plain http base URL to a host other than this machine (off).
    headers: Extra headers sent with every request.
    httpx_args: Extra arguments for the httpx.Client and the httpx.AsyncClient. A `transport`
        goes only to the client it fits (an httpx.BaseTransport to the sync one, an
        httpx.AsyncBaseTransport to the async one), so one setting can't break the other.
    """

    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    max_response_bytes: int
    follow_redirects: bool
    allow_insecure_http: bool
    headers: Mapping[str, str] | None
    httpx_args: Mapping[str, Any] | None


class BaseClient:
    """Holds the credentials, base URL, limits and retry policy, and the httpx clients.

    Its options are ClientOptions'.
    """

    CREDENTIALS: ClassVar[tuple[Credential, ...]] = ()
    DEFAULT_BASE_URL: ClassVar[str] = ""

    def __init__(
        self,
        *,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        follow_redirects: bool = False,
        allow_insecure_http: bool = False,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be 1 or more")
        # Header name -> (value, credential)
        self._credentials: dict[str, tuple[str | None, Credential]] = {}
        for credential in self.CREDENTIALS:
            value, source = credentials.get(credential.argument), credential.argument
            if value is None:
                value, source = os.environ.get(credential.variable), credential.variable
            if value is not None:
                check_credential(value, source)
            elif credential.required:
                raise MissingCredentialError(
                    f"No {credential.argument}: pass {credential.argument}= or set {credential.variable}"
                )
            self._credentials[credential.header] = (value, credential)
        self._secrets = Secrets(value for value, _ in self._credentials.values() if value)
        redact_logs(self._secrets)
        self.base_url: str = base_url or os.environ.get(BASE_URL_VARIABLE) or self.DEFAULT_BASE_URL
        url = httpx.URL(self.base_url)
        if url.scheme == "http" and not _is_loopback(url.host) and not allow_insecure_http:
            raise ValueError(
                f"base_url {self.base_url!r} is plain http to a host other than this machine: the "
                "credentials would cross the network unencrypted. Use https, or pass "
                "allow_insecure_http=True."
            )
        self._origin = _origin(url)
        self.timeout: httpx.Timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        )
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        args = dict(httpx_args or {})
        # Redirects are followed here, not by httpx, so that credentials can't follow them away.
        self.follow_redirects = bool(args.pop("follow_redirects", follow_redirects))
        self._headers = dict(headers or {})
        self._pool = _Pool(self.base_url, args)

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

    @property
    def secrets(self) -> Secrets:
        """The credential values, for taking them out of anything shown to a user."""
        return self._secrets

    def credential_headers(self) -> tuple[str, ...]:
        """The headers credentials are sent in (never copied into an error, dropped off-origin)."""
        return tuple(self._credentials)

    # --- the httpx clients ---------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = _KEEP,
        max_retries: int | _Keep = _KEEP,
        max_response_bytes: int | _Keep = _KEEP,
        follow_redirects: bool | _Keep = _KEEP,
        headers: Mapping[str, str] | _Keep = _KEEP,
    ) -> Self:
        """A client with the same credentials and base URL, and these options changed, sharing this
        one's connections (closing either closes them). This one is left as it is."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if not isinstance(timeout, _Keep):
            copy.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if not isinstance(max_retries, _Keep):
            if max_retries < 0:
                raise ValueError("max_retries must be 0 or more")
            copy.max_retries = max_retries
        if not isinstance(max_response_bytes, _Keep):
            if max_response_bytes < 1:
                raise ValueError("max_response_bytes must be 1 or more")
            copy.max_response_bytes = max_response_bytes
        if not isinstance(follow_redirects, _Keep):
            copy.follow_redirects = follow_redirects
        if not isinstance(headers, _Keep):
            copy._headers = {**self._headers, **headers}
        return copy

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, created on first use, once however many threads ask at the same time
        (it holds no credential)."""
        return self._pool.sync_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the running event loop, created on first use in it."""
        return self._pool.loop_client().client

    async def _async_http(self) -> httpx.AsyncClient:
        entry = self._pool.loop_client()
        if not entry.closing_registered:
            entry.closing_registered = True
            await anext(entry.closer)  # from here on, the loop's shutdown closes the client
        return entry.client

    def close(self) -> None:
        """Close the sync httpx client (the async ones close with their loop, or with aclose)."""
        self._pool.close()

    async def aclose(self) -> None:
        """Close the running loop's httpx.AsyncClient."""
        await self._pool.aclose()

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

    # --- one attempt: the request, its redirects, the body within its limits --------------------

    @property
    def attempt_timeout(self) -> float | None:
        """Seconds an attempt may take as a whole (connect, send, every redirect, the whole body):
        the read timeout. None: no limit."""
        return self.timeout.read

    def _phase_timeouts(self, deadline: float | None) -> httpx.Timeout:
        """httpx's per-phase timeouts, none longer than what is left of the attempt."""
        if deadline is None:
            return self.timeout
        left = max(deadline - time.monotonic(), 0.001)
        phases = {
            phase: left if value is None else min(value, left)
            for phase, value in self.timeout.as_dict().items()
        }
        return httpx.Timeout(**phases)

    def _redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
        """The request a redirect asks for, if redirects are on; credentials stay on their origin."""
        if not self.follow_redirects or response.status_code not in _REDIRECT_STATUSES:
            return None
        location = response.headers.get("location")
        if not location:
            return None
        url = request.url.join(location)
        method = "GET" if response.status_code == 303 and request.method != "HEAD" else request.method
        headers = httpx.Headers(request.headers)
        if _origin(url) != self._origin:
            for header in self.credential_headers():
                headers.pop(header, None)
            headers["Host"] = url.netloc.decode("ascii")
        content = request.content if method == request.method else b""
        if not content:
            headers.pop("Content-Length", None)
            headers.pop("Content-Type", None)
        return httpx.Request(method, url, headers=headers, content=content, extensions=request.extensions)

    def _attempt(self, http: httpx.Client, request: dict[str, Any], what: str) -> httpx.Response:
        budget = self.attempt_timeout
        deadline = None if budget is None else time.monotonic() + budget
        outgoing = http.build_request(**request, timeout=self._phase_timeouts(deadline))
        for _ in range(MAX_REDIRECTS + 1):
            response = http.send(outgoing, stream=True, follow_redirects=False)
            try:
                following = self._redirect(outgoing, response)
                if following is None:
                    end = float("inf") if deadline is None else deadline
                    return with_content(response, read_body(response, self.max_response_bytes, end, what))
            finally:
                response.close()
            outgoing = following
            outgoing.extensions["timeout"] = self._phase_timeouts(deadline).as_dict()
        raise APIConnectionError(f"{what}: more than {MAX_REDIRECTS} redirects")

    async def _aattempt(self, http: httpx.AsyncClient, request: dict[str, Any], what: str) -> httpx.Response:
        budget = self.attempt_timeout
        outgoing = http.build_request(**request, timeout=self.timeout)
        try:
            async with asyncio.timeout(budget):
                for _ in range(MAX_REDIRECTS + 1):
                    response = await http.send(outgoing, stream=True, follow_redirects=False)
                    try:
                        following = self._redirect(outgoing, response)
                        if following is None:
                            content = await aread_body(response, self.max_response_bytes, what)
                            return with_content(response, content)
                    finally:
                        await response.aclose()
                    outgoing = following
        except TimeoutError:
            raise httpx.ReadTimeout(f"no whole response within {budget:g} s", request=outgoing) from None
        raise APIConnectionError(f"{what}: more than {MAX_REDIRECTS} redirects")

    # --- sending, with retries -----------------------------------------------------------------

    def _with_auth(self, operation: str, security: Sequence[str], request: dict[str, Any]) -> dict[str, Any]:
        # Headers go on each request, not on the shared httpx clients: with_options copies differ.
        auth = self.auth_headers(operation, security)
        headers = {**self._headers, **request.get("headers", {}), **auth, "Accept-Encoding": ACCEPT_ENCODING}
        return {**request, "headers": headers}

    def send(
        self, operation: str, security: Sequence[str], request: dict[str, Any], idempotent: bool = True
    ) -> httpx.Response:
        """Send the request with the operation's auth headers, retrying as the client's policy says
        (a call that isn't idempotent only while nothing was sent).

        Returns the final response, whatever its status, its body read; raises APIConnectionError
        or APITimeoutError when the last attempt got no whole response.
        """
        request = self._with_auth(operation, security, request)
        http = self.get_httpx_client()
        attempt = 0
        while True:
            failure: httpx.RequestError | None = None
            try:
                response = self._attempt(http, request, operation)
            except httpx.RequestError as exc:
                failure = exc
            # Decided, and raised, outside the handler: no error is chained to httpx's exception
            # (its request holds the credential headers).
            if failure is None:
                delay = delay_after_response(response, attempt, self.max_retries, idempotent)
                if delay is None:
                    return response
                reason = str(response.status_code)
            else:
                delay = delay_after_error(failure, attempt, self.max_retries, idempotent)
                if delay is None:
                    raise _request_error(failure, operation, self._secrets)
                reason = type(failure).__name__
            _log_retry(operation, request, reason, attempt, self.max_retries, delay)
            _sleep(delay)
            attempt += 1

    async def asend(
        self, operation: str, security: Sequence[str], request: dict[str, Any], idempotent: bool = True
    ) -> httpx.Response:
        """The async twin of `send`."""
        request = self._with_auth(operation, security, request)
        http = await self._async_http()
        attempt = 0
        while True:
            failure: httpx.RequestError | None = None
            try:
                response = await self._aattempt(http, request, operation)
            except httpx.RequestError as exc:
                failure = exc
            if failure is None:
                delay = delay_after_response(response, attempt, self.max_retries, idempotent)
                if delay is None:
                    return response
                reason = str(response.status_code)
            else:
                delay = delay_after_error(failure, attempt, self.max_retries, idempotent)
                if delay is None:
                    raise _request_error(failure, operation, self._secrets)
                reason = type(failure).__name__
            _log_retry(operation, request, reason, attempt, self.max_retries, delay)
            await _async_sleep(delay)
            attempt += 1


class _Pool:
    """The httpx clients (the connections) of a client and its with_options copies: one sync
    client, created once however many threads start at once, and one async client per event
    loop, because a loop's connections can't serve another."""

    def __init__(self, base_url: str, httpx_args: dict[str, Any]) -> None:
        self.base_url = base_url
        self.httpx_args = httpx_args
        self.lock = threading.Lock()
        self.sync: httpx.Client | None = None
        self.loops: dict[int, _LoopClient] = {}

    def _args_for(self, transport_type: type) -> dict[str, Any]:
        args = dict(self.httpx_args)
        if "transport" in args and not isinstance(args["transport"], transport_type):
            del args["transport"]  # one setting can't break the other client
        return with_shared_context(args)  # the CA bundle loaded once per process, not per client

    def sync_client(self) -> httpx.Client:
        client = self.sync
        if client is None:
            with self.lock:
                if self.sync is None:
                    self.sync = httpx.Client(base_url=self.base_url, **self._args_for(httpx.BaseTransport))
                client = self.sync
        return client

    def loop_client(self) -> _LoopClient:
        loop = asyncio.get_running_loop()
        with self.lock:
            entry = self.loops.get(id(loop))
            if entry is not None and entry.loop() is loop:
                return entry
            # A loop that is gone has closed its client (see _LoopClient) or can't any more.
            for key, other in list(self.loops.items()):
                old = other.loop()
                if old is None or old.is_closed():
                    del self.loops[key]
            client = httpx.AsyncClient(base_url=self.base_url, **self._args_for(httpx.AsyncBaseTransport))
            entry = self.loops[id(loop)] = _LoopClient(weakref.ref(loop), client)
        return entry

    def close(self) -> None:
        with self.lock:
            client, self.sync = self.sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        with self.lock:
            entry = self.loops.pop(id(asyncio.get_running_loop()), None)
        if entry is not None:
            await entry.client.aclose()
            await entry.closer.aclose()


class _LoopClient:
    """The httpx.AsyncClient of one event loop, and what closes it when the loop shuts down.

    `closer` is an async generator started in the loop: `asyncio.run` (and any loop whose
    async generators are shut down) finalises it before closing the loop, and its `finally`
    closes the client while the loop can still run the closing. So a client used across
    `asyncio.run` calls neither fails ("Event loop is closed") nor leaves sockets to the
    garbage collector.
    """

    def __init__(self, loop: weakref.ref[asyncio.AbstractEventLoop], client: httpx.AsyncClient) -> None:
        self.loop = loop
        self.client = client
        self.closer = self._close_with_the_loop()
        self.closing_registered = False

    async def _close_with_the_loop(self) -> AsyncGenerator[None]:
        try:
            yield
        finally:
            await self.client.aclose()


def _request_error(exc: httpx.RequestError, operation: str, secrets: Secrets) -> APIConnectionError:
    """The package's error for an httpx failure that left no usable response: where it tried, and
    whether connecting or reading failed."""
    try:
        url = exc.request.url
        where = f" {url.host}:{url.port or {'https': 443, 'http': 80}.get(url.scheme, '')}"
    except RuntimeError:  # an exception httpx raised before it had a request
        where = ""
    detail = secrets.redact(f"{type(exc).__name__}: {exc}")
    if isinstance(exc, httpx.ConnectTimeout):
        return APITimeoutError(f"{operation}: could not connect to{where} in time ({detail})")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation}: no whole response from{where} in time ({detail})")
    if isinstance(exc, httpx.ConnectError):
        return APIConnectionError(f"{operation}: could not connect to{where} ({detail})")
    if isinstance(exc, httpx.TransportError):
        return APIConnectionError(f"{operation}: the connection to{where} failed while reading ({detail})")
    return APIConnectionError(f"{operation}: no usable response from{where} ({detail})")


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
