# avido_client runtime (runtime/_retry.py): make generate copies it verbatim; edit it in runtime/.
"""When to retry and how long to wait: one policy for the sync and the async client.

Nothing here does I/O; `_base_client` asks after each attempt and sleeps (or awaits) what
it is told.
"""

from __future__ import annotations

import email.utils
import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER, RETRY_STATUSES

# The pages a sync walk fetches ahead (pagination._PageThreads) are each fetched under the
# walk's stop flag: once the walk is closed, a page still in flight is not retried (nobody
# will read it), so an abandoned walk's threads end with their current attempt.
_walk = threading.local()


@contextmanager
def abandoned_when(stopped: threading.Event) -> Iterator[None]:
    """Within this block (on this thread), no retry once `stopped` is set."""
    _walk.stopped = stopped
    try:
        yield
    finally:
        _walk.stopped = None


def abandoned() -> bool:
    stopped: threading.Event | None = getattr(_walk, "stopped", None)
    return stopped is not None and stopped.is_set()


def is_retryable_status(status: int) -> bool:
    """408, 409, 429 and every 5xx: statuses a read may succeed after."""
    return status in RETRY_STATUSES or status >= 500


def is_retryable_error(exc: httpx.RequestError) -> bool:
    """Transport failures (refused, reset, timed out) may pass. A request httpx refused to send
    (LocalProtocolError: nothing went out), a scheme it doesn't speak, a body it can't decode
    or a redirect loop will not."""
    return isinstance(exc, httpx.TransportError) and not isinstance(
        exc, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
    )


def backoff(attempt: int) -> float:
    """Seconds before retry number `attempt + 1`: exponential, capped, with jitter."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - RETRY_JITTER * random.random())


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date (one in the past is 0); None when
    absent or unreadable (a negative number, NaN, text)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max((when - datetime.now(UTC)).total_seconds(), 0.0)
    return seconds if 0 <= seconds < float("inf") else None  # NaN, negatives and infinity are unreadable


def sent(exc: httpx.RequestError) -> bool:
    """Whether the request may have reached the server: anything but a connection never made."""
    return not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def delay_after_response(
    response: httpx.Response, attempt: int, max_retries: int, idempotent: bool = True
) -> float | None:
    """Seconds to wait before asking again after `response`, or None when it is final.

    A call that isn't idempotent (a POST, say) is never asked again once it got an answer: the
    server may have acted on it.

    A Retry-After the client won't wait for (over MAX_RETRY_AFTER) ends the retries: the status
    error is raised at once, carrying the header, rather than asking again before the server
    said it would answer.
    """
    if (
        attempt >= max_retries
        or not idempotent
        or not is_retryable_status(response.status_code)
        or abandoned()
    ):
        return None
    retry_after = retry_after_seconds(response.headers.get("retry-after"))
    if retry_after is None:
        return backoff(attempt)
    return retry_after if retry_after <= MAX_RETRY_AFTER else None


def delay_after_error(
    exc: httpx.RequestError, attempt: int, max_retries: int, idempotent: bool = True
) -> float | None:
    """Seconds to wait before trying again after a failed attempt, or None to give up. A call
    that isn't idempotent is tried again only if the connection failed before it was sent."""
    if attempt >= max_retries or not is_retryable_error(exc) or (not idempotent and sent(exc)) or abandoned():
        return None
    return backoff(attempt)
