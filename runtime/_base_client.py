# avido_client runtime (runtime/_base_client.py): make generate copies it verbatim; edit it in runtime/.
"""The client's base: credentials, options, the connection pool, and sending with retries.

`client.AuthenticatedClient` (generated) subclasses `BaseClient`, naming the spec's
credentials (`CREDENTIALS`), its server (`DEFAULT_BASE_URL`), the prefix every path of the
API starts with (`PATH_PREFIX`) and the package's version (`USER_AGENT`). Sync and async
sending share one retry policy (`_retry`) and one body reader (`_body`); only the I/O
differs.

What a hostile or broken server can't do to it: make it wait longer than an attempt's
deadline (the read timeout bounds connect, send and the whole body together), make it hold
more than `max_response_bytes` (counted after decompression), or lead the credentials to
another origin (redirects are off unless asked for, and then credentials are dropped on
any change of origin). Whatever the transport raises ends in the package's errors.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import os
import platform
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Self, TypedDict, Unpack

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
from ._logs import log_bodies, logger, shown_body
from ._options import (
    check_base_url,
    check_count,
    check_flag,
    check_headers,
    check_httpx_args,
    check_timeout,
)
from ._retry import delay_after_error, delay_after_response
from ._secrets import Secrets, check_credential, redact_logs, safe_request
from ._tls import with_shared_context
from .errors import APIConnectionError, APIError, APITimeoutError, ClientClosedError, MissingCredentialError
from .types import Unset

# The waits between retries, by name, so a test can observe them without waiting.
_sleep = time.sleep
_async_sleep = asyncio.sleep

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# What the User-Agent adds to the package's name, worked out once (not on every request).
_USER_AGENT_VERSIONS = f" Python/{platform.python_version()} httpx/{httpx.__version__}"
# What httpx raises besides its RequestErrors when a transport (a test's MockTransport, say)
# hands back something it can't use: all end in the package's APIConnectionError.
_HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.CookieConflict, httpx.StreamError)


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


@dataclass(frozen=True, slots=True)
class Sent:
    """The final response of a call, its body read, and what it took to get it."""

    response: httpx.Response
    retries_taken: int
    elapsed: datetime.timedelta  # the last attempt's, from sending to the whole body


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

    base_url: Where the API is; default: AVIDO_BASE_URL, else the spec's server. An http(s)
        URL with a host; plain http only to this machine unless allow_insecure_http.
    timeout: Seconds (or an httpx.Timeout); default 60 s to read, 5 s to connect. The read
        timeout also bounds each attempt as a whole: connect, send and the whole body. None
        waits forever.
    max_retries: Retries after a connection error, a timeout, 408, 409, 429 or 5xx; 0 turns
        them off.
    max_response_bytes: The largest body accepted, counted after decompression (64 MiB).
    follow_redirects: Follow 3xx redirects (off); credentials never follow one to another origin.
    allow_insecure_http: Allow a plain http base URL to a host other than this machine (off).
    headers: Extra headers sent with every request (not credential headers).
    httpx_args: Extra arguments for the httpx.Client and the httpx.AsyncClient (transport,
        proxy, verify, limits...). A `transport` goes only to the client it fits (an
        httpx.BaseTransport to the sync one, an httpx.AsyncBaseTransport to the async one).
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
    """Holds the credentials, options and retry policy, and the connection pool.

    Omitted credentials come from the environment (AVIDO_API_KEY and the like). Credentials
    are sent only to the operations whose security requirement names them, and appear in no
    repr, error or log line. Its options are ClientOptions', each checked here: a wrong one
    raises TypeError or ValueError naming it (MissingCredentialError for a credential every
    operation needs). One client serves any number of threads and event loops; `copy()` (or
    `with_options()`) gives one with other options sharing its connections; once closed
    (`close()`, or leaving `with`), it sends nothing more.
    """

    CREDENTIALS: ClassVar[tuple[Credential, ...]] = ()
    DEFAULT_BASE_URL: ClassVar[str] = ""
    PATH_PREFIX: ClassVar[str] = ""  # that every path of the API starts with, such as "/v0"
    USER_AGENT: ClassVar[str] = "avido-client"

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
        self._configure(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            follow_redirects=follow_redirects,
            allow_insecure_http=allow_insecure_http,
            headers=headers,
            httpx_args=httpx_args,
        )
        self._pool = _Pool(self._httpx_args)

    def _configure(
        self,
        credentials: Mapping[str, str | None],
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        max_response_bytes: int,
        follow_redirects: bool,
        allow_insecure_http: bool,
        headers: Mapping[str, str] | None,
        httpx_args: Mapping[str, Any] | None,
    ) -> None:
        """Check every option (naming the one that is wrong) and take it; everything but the pool."""
        # Header name -> (value, credential)
        self._credentials: dict[str, tuple[str | None, Credential]] = {}
        for credential in self.CREDENTIALS:
            value, source = credentials.get(credential.argument), credential.argument
            empty_variable = False
            if value is None:
                value, source = os.environ.get(credential.variable), credential.variable
                if value == "":  # `export AVIDO_API_KEY=` leaves it set, and empty: not given
                    value, empty_variable = None, True
            if value is not None:
                if not isinstance(value, str):
                    raise TypeError(f"{source} must be a string, not {type(value).__name__}")
                check_credential(value, source)
            elif credential.required:
                raise MissingCredentialError(
                    f"No {credential.argument}: pass {credential.argument}= or set {credential.variable}"
                    + (f" ({credential.variable} is set but empty)" if empty_variable else "")
                )
            self._credentials[credential.header] = (value, credential)
        self._secrets = Secrets(value for value, _ in self._credentials.values() if value)
        redact_logs(self._secrets)

        chosen = (
            base_url if base_url is not None else os.environ.get(BASE_URL_VARIABLE) or self.DEFAULT_BASE_URL
        )
        url = check_base_url(chosen)
        insecure = check_flag(allow_insecure_http, "allow_insecure_http")
        if url.scheme == "http" and not _is_loopback(url.host) and not insecure:
            raise ValueError(
                f"base_url {str(url)!r} is plain http to a host other than this machine: the "
                "credentials would cross the network unencrypted. Use https, or pass "
                "allow_insecure_http=True."
            )
        prefix = self.PATH_PREFIX.rstrip("/")
        if prefix and url.path.rstrip("/").endswith(prefix):
            raise ValueError(
                f"base_url {str(url)!r} ends in {prefix}, which every path of the API starts with: "
                f"requests would go to {prefix}{prefix}/... Leave it out: "
                f"{str(url.copy_with(path=url.path.rstrip('/').removesuffix(prefix) or '/'))!r}"
            )
        self.base_url: str = str(url)
        self._base = str(url) if str(url).endswith("/") else f"{url}/"
        self._origin = _origin(url)
        self._allow_insecure_http = allow_insecure_http
        self.timeout: httpx.Timeout = check_timeout(timeout)
        self.max_retries = check_count(max_retries, "max_retries", 0)
        self.max_response_bytes = check_count(max_response_bytes, "max_response_bytes", 1)
        args = check_httpx_args(httpx_args)
        # Redirects are followed here, not by httpx, so that credentials can't follow them away.
        self.follow_redirects = check_flag(args.pop("follow_redirects", follow_redirects), "follow_redirects")
        self._headers = check_headers(headers, "headers", reserved=self._credentials)
        self._httpx_args = args

    def __repr__(self) -> str:
        credentials = ", ".join(
            f"{credential.argument}={'<set>' if value else '<not set>'}"
            for value, credential in self._credentials.values()
        )
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, {credentials}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries}"
            f"{', closed' if self.is_closed() else ''})"
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

    # --- copies ----------------------------------------------------------------------------------

    def _copy(self, credentials: Mapping[str, str | Unset | None], options: Mapping[str, Any]) -> Self:
        """A client with these credentials and options changed (the rest kept), sharing this one's
        connection pool unless `httpx_args` change (the pool's clients are built from them)."""
        kept = {credential.argument: value for value, credential in self._credentials.values()}
        given = {name: value for name, value in credentials.items() if not isinstance(value, Unset)}
        current: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "max_response_bytes": self.max_response_bytes,
            "follow_redirects": self.follow_redirects,
            "allow_insecure_http": self._allow_insecure_http,
            "httpx_args": self._httpx_args,
        }
        unknown = set(options) - {*current, "headers"}
        if unknown:
            raise TypeError(f"copy() got unexpected options: {', '.join(sorted(unknown))}")
        changed = {**current, **options}
        # Headers add to this client's (as with_options always did); None clears them.
        headers = options.get("headers", {})
        changed["headers"] = (
            None if headers is None else {**self._headers, **check_headers(headers, "headers")}
        )
        copy = object.__new__(type(self))
        copy._configure({**kept, **given}, **changed)
        shares = "httpx_args" not in options or check_httpx_args(options["httpx_args"]) == self._httpx_args
        copy._pool = self._pool if shares else _Pool(copy._httpx_args)
        return copy

    def copy(self, **options: Unpack[ClientOptions]) -> Self:
        """A client with these options changed and the rest (credentials included) kept, sharing
        this one's connections unless `httpx_args` change. `headers` add to this client's. This
        one is left as it is; closing either closes the connections they share."""
        return self._copy({}, options)

    with_options = copy

    # --- the connections -------------------------------------------------------------------------

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

    def is_closed(self) -> bool:
        """Whether the client (or a copy sharing its connections) was closed: it sends nothing more."""
        return self._pool.closed

    def close(self) -> None:
        """Close the connections: the sync ones at once (or, with requests in flight on other
        threads, as the last of them ends), each event loop's as the loop goes on or shuts down.
        The client sends nothing afterwards (errors.ClientClosedError)."""
        self._pool.close()

    async def aclose(self) -> None:
        """Close the connections (the running loop's at once); the client sends nothing afterwards."""
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

    @staticmethod
    def _phase_timeouts(timeout: httpx.Timeout, deadline: float | None) -> httpx.Timeout:
        """httpx's per-phase timeouts, none longer than what is left of the attempt."""
        if deadline is None:
            return timeout
        left = max(deadline - time.monotonic(), 0.001)
        phases = {
            phase: left if value is None else min(value, left) for phase, value in timeout.as_dict().items()
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

    def _attempt(
        self, http: httpx.Client, request: dict[str, Any], what: str, timeout: httpx.Timeout
    ) -> httpx.Response:
        # The read timeout bounds the attempt as a whole: connect, send, every redirect, the body.
        budget = timeout.read
        deadline = None if budget is None else time.monotonic() + budget
        outgoing = http.build_request(**request, timeout=self._phase_timeouts(timeout, deadline))
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
            outgoing.extensions["timeout"] = self._phase_timeouts(timeout, deadline).as_dict()
        raise APIConnectionError(f"{what}: more than {MAX_REDIRECTS} redirects")

    async def _aattempt(
        self, http: httpx.AsyncClient, request: dict[str, Any], what: str, timeout: httpx.Timeout
    ) -> httpx.Response:
        budget = timeout.read
        outgoing = http.build_request(**request, timeout=timeout)
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

    def _prepare(self, operation: str, security: Sequence[str], request: Mapping[str, Any]) -> dict[str, Any]:
        """The request to send: an absolute URL, the client's headers, the call's, the operation's
        auth headers (on each request, not on the shared httpx clients: copies differ)."""
        self._pool.check_open(operation)
        auth = self.auth_headers(operation, security)
        headers = {
            "User-Agent": self.USER_AGENT + _USER_AGENT_VERSIONS,
            **self._headers,
            **request.get("headers", {}),
            **auth,
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        return {**request, "url": self._base + str(request["url"]).lstrip("/"), "headers": headers}

    def _with_request(self, error: APIConnectionError, request: Mapping[str, Any]) -> APIConnectionError:
        if error.request is None:
            sent = httpx.Request(request["method"], request["url"], params=request.get("params"))
            error.request = safe_request(sent, self._secrets, self.credential_headers())
        return error

    def _failed(self, exc: Exception, operation: str) -> APIError:
        """The package's error for a failure that left no usable response."""
        if self._pool.closed:
            return ClientClosedError(f"{operation}: the client was closed while the request was in flight")
        return _request_error(exc, operation, self._secrets, self.credential_headers())

    def send(
        self,
        operation: str,
        security: Sequence[str],
        request: Mapping[str, Any],
        *,
        idempotent: bool = True,
        timeout: httpx.Timeout | None = None,
    ) -> Sent:
        """Send the request with the operation's auth headers, retrying as the client's policy says
        (a call that isn't idempotent only while nothing was sent).

        Returns the final response, whatever its status, its body read; raises APIConnectionError
        or APITimeoutError when the last attempt got no whole response, ClientClosedError once
        the client is closed.
        """
        prepared = self._prepare(operation, security, request)
        limit = timeout or self.timeout
        attempt = 0
        while True:
            failure: Exception | None = None
            started = time.monotonic()
            _log_request(operation, prepared, self)
            try:
                with self._pool.in_flight(operation) as http:
                    response = self._attempt(http, prepared, operation, limit)
            except _HTTPX_ERRORS as exc:
                failure = exc
            except APIConnectionError as exc:  # the body reader's (too large, a bad encoding)
                raise self._with_request(exc, prepared) from None
            except RuntimeError as exc:  # httpx's "client has been closed"
                if not self._pool.closed:
                    raise
                failure = exc
            # Decided, and raised, outside the handler: no error is chained to httpx's exception
            # (its request holds the credential headers).
            elapsed = datetime.timedelta(seconds=time.monotonic() - started)
            if failure is None:
                _log_response(operation, prepared, response, elapsed, attempt)
                delay = delay_after_response(response, attempt, self.max_retries, idempotent)
                if delay is None:
                    return Sent(response, attempt, elapsed)
                reason = str(response.status_code)
            else:
                delay = (
                    delay_after_error(failure, attempt, self.max_retries, idempotent)
                    if isinstance(failure, httpx.RequestError) and not self._pool.closed
                    else None
                )
                if delay is None:
                    raise self._failed(failure, operation)
                reason = type(failure).__name__
            _log_retry(operation, prepared, reason, attempt, self.max_retries, delay)
            _sleep(delay)
            attempt += 1

    async def asend(
        self,
        operation: str,
        security: Sequence[str],
        request: Mapping[str, Any],
        *,
        idempotent: bool = True,
        timeout: httpx.Timeout | None = None,
    ) -> Sent:
        """The async twin of `send`."""
        prepared = self._prepare(operation, security, request)
        http = await self._async_http()
        limit = timeout or self.timeout
        attempt = 0
        while True:
            failure: Exception | None = None
            started = time.monotonic()
            _log_request(operation, prepared, self)
            try:
                response = await self._aattempt(http, prepared, operation, limit)
            except _HTTPX_ERRORS as exc:
                failure = exc
            except APIConnectionError as exc:  # the body reader's (too large, a bad encoding)
                raise self._with_request(exc, prepared) from None
            except RuntimeError as exc:
                if not self._pool.closed:
                    raise
                failure = exc
            elapsed = datetime.timedelta(seconds=time.monotonic() - started)
            if failure is None:
                _log_response(operation, prepared, response, elapsed, attempt)
                delay = delay_after_response(response, attempt, self.max_retries, idempotent)
                if delay is None:
                    return Sent(response, attempt, elapsed)
                reason = str(response.status_code)
            else:
                delay = (
                    delay_after_error(failure, attempt, self.max_retries, idempotent)
                    if isinstance(failure, httpx.RequestError) and not self._pool.closed
                    else None
                )
                if delay is None:
                    raise self._failed(failure, operation)
                reason = type(failure).__name__
            _log_retry(operation, prepared, reason, attempt, self.max_retries, delay)
            await _async_sleep(delay)
            attempt += 1


class _Pool:
    """The httpx clients (the connections) of a client and its copies: one sync client, created
    once however many threads start at once, and one async client per event loop, because a
    loop's connections can't serve another. Requests carry absolute URLs, so copies with
    another base URL share it too. Once closed, it makes no client again."""

    def __init__(self, httpx_args: dict[str, Any]) -> None:
        self.httpx_args = httpx_args
        self.lock = threading.Lock()
        self.sync: httpx.Client | None = None
        self.loops: dict[int, _LoopClient] = {}
        self.closed = False
        self.sending = 0  # sync attempts in flight, on any thread
        self.closing: httpx.Client | None = None  # closed, but closed by the last attempt in flight

    def _args_for(self, transport_type: type) -> dict[str, Any]:
        args = dict(self.httpx_args)
        if "transport" in args and not isinstance(args["transport"], transport_type):
            del args["transport"]  # one setting can't break the other client
        return with_shared_context(args)  # the CA bundle loaded once per process, not per client

    def check_open(self, operation: str = "") -> None:
        if self.closed:
            raise ClientClosedError(
                f"{operation}{': ' if operation else ''}the client is closed; it sends nothing more"
            )

    def _sync_locked(self, operation: str = "") -> httpx.Client:
        """The sync client, made if none yet; under the lock."""
        self.check_open(operation)
        if self.sync is None:
            self.sync = httpx.Client(**self._args_for(httpx.BaseTransport))
        return self.sync

    def sync_client(self) -> httpx.Client:
        client = self.sync
        if client is None:
            with self.lock:
                client = self._sync_locked()
        return client

    @contextmanager
    def in_flight(self, operation: str) -> Iterator[httpx.Client]:
        """The sync client for one attempt. A close while attempts are in flight on other threads
        (a walk's pages fetched ahead, the caller's own threads) leaves the connections to the
        last of them to close: httpx closing a socket under another thread's read can leave that
        read waiting on whatever socket takes its number next, until its timeout."""
        with self.lock:
            client = self._sync_locked(operation)
            self.sending += 1
        try:
            yield client
        finally:
            with self.lock:
                self.sending -= 1
                last = self.closing if self.sending == 0 else None
                if last is not None:
                    self.closing = None
            if last is not None:
                last.close()

    def loop_client(self) -> _LoopClient:
        loop = asyncio.get_running_loop()
        with self.lock:
            self.check_open()
            entry = self.loops.get(id(loop))
            if entry is not None and entry.loop() is loop:
                return entry
            # A loop that is gone has closed its client (see _LoopClient) or can't any more.
            for key, other in list(self.loops.items()):
                old = other.loop()
                if old is None or old.is_closed():
                    del self.loops[key]
            client = httpx.AsyncClient(**self._args_for(httpx.AsyncBaseTransport))
            entry = self.loops[id(loop)] = _LoopClient(weakref.ref(loop), client)
        return entry

    def _close_all(self) -> tuple[httpx.Client | None, list[_LoopClient]]:
        """Mark the pool closed; the sync client to close now (None if none, or if attempts are
        in flight: the last of them closes it) and the loops' clients."""
        with self.lock:
            self.closed = True
            client, self.sync = self.sync, None
            if client is not None and self.sending:
                self.closing, client = client, None
            loops, self.loops = list(self.loops.values()), {}
        return client, loops

    def close(self) -> None:
        client, loops = self._close_all()
        if client is not None:
            client.close()
        for entry in loops:
            entry.close_soon()

    async def aclose(self) -> None:
        client, loops = self._close_all()
        if client is not None:
            client.close()
        running = asyncio.get_running_loop()
        for entry in loops:
            if entry.loop() is running:
                await entry.client.aclose()
                await entry.closer.aclose()
            else:
                entry.close_soon()


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

    def close_soon(self) -> None:
        """Close the client on its loop, from any thread, if the loop still runs (else its
        shutdown does, or did)."""
        loop = self.loop()
        if loop is not None and loop.is_running() and not loop.is_closed():
            asyncio.run_coroutine_threadsafe(self.client.aclose(), loop)


def _request_error(
    exc: Exception, operation: str, secrets: Secrets, credential_headers: Sequence[str]
) -> APIConnectionError:
    """The package's error for an httpx failure that left no usable response: where it tried, and
    whether connecting or reading failed. It carries the request, credentials redacted."""
    try:
        request: httpx.Request | None = exc.request if isinstance(exc, httpx.RequestError) else None
    except RuntimeError:  # an exception httpx raised before it had a request
        request = None
    where = ""
    if request is not None:
        url = request.url
        where = f" {url.host}:{url.port or {'https': 443, 'http': 80}.get(url.scheme, '')}"
    shown = safe_request(request, secrets, credential_headers) if request is not None else None
    detail = secrets.redact(f"{type(exc).__name__}: {exc}")
    to, at = (f" to{where}", f" from{where}") if where else ("", "")
    if isinstance(exc, httpx.ConnectTimeout):
        return APITimeoutError(f"{operation}: could not connect{to} in time ({detail})", request=shown)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation}: no whole response{at} in time ({detail})", request=shown)
    if isinstance(exc, httpx.ConnectError):
        return APIConnectionError(f"{operation}: could not connect{to} ({detail})", request=shown)
    if isinstance(exc, httpx.TransportError):
        return APIConnectionError(
            f"{operation}: the connection{to} failed while reading ({detail})", request=shown
        )
    return APIConnectionError(f"{operation}: no usable response{at} ({detail})", request=shown)


# --- the log (AVIDO_LOG: see _logs) -------------------------------------------------------------


def _target(request: Mapping[str, Any]) -> str:
    url = httpx.URL(request["url"], params=request.get("params"))
    return url.raw_path.decode("ascii", "replace")


def _log_request(operation: str, request: Mapping[str, Any], client: BaseClient) -> None:
    if not logger.isEnabledFor(10):  # DEBUG
        return
    shown = safe_request(
        httpx.Request(
            request["method"], request["url"], params=request.get("params"), headers=request["headers"]
        ),
        client.secrets,
        client.credential_headers(),
    )
    logger.debug("%s: sending %s %s headers=%s", operation, shown.method, shown.url, dict(shown.headers))
    if log_bodies() and request.get("content"):
        logger.debug("%s: request body %s", operation, shown_body(request["content"]))


def _log_response(
    operation: str,
    request: Mapping[str, Any],
    response: httpx.Response,
    elapsed: datetime.timedelta,
    attempt: int,
) -> None:
    if not logger.isEnabledFor(20):  # INFO
        return
    retried = f" after {attempt} retr{'y' if attempt == 1 else 'ies'}" if attempt else ""
    logger.info(
        "%s: %s %s -> %d in %.1f ms%s",
        operation,
        request["method"].upper(),
        _target(request),
        response.status_code,
        elapsed.total_seconds() * 1000,
        retried,
    )
    if log_bodies() and logger.isEnabledFor(10):
        logger.debug("%s: response body %s", operation, shown_body(response.content))


def _log_retry(
    operation: str, request: Mapping[str, Any], reason: str, attempt: int, limit: int, delay: float
) -> None:
    logger.info(
        "%s: retrying %s %s after %s (retry %d of %d) in %.2fs",
        operation,
        request["method"].upper(),
        _target(request),
        reason,
        attempt + 1,
        limit,
        delay,
    )
