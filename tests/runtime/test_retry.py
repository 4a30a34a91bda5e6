"""The retry policy on its own: which outcomes are retried and how long to wait (no I/O)."""

from __future__ import annotations

import email.utils
import threading
import time

import httpx
import pytest
from avido_client import _retry
from avido_client._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER
from avido_client._retry import abandoned_when, delay_after_error, delay_after_response

REQUEST = httpx.Request("GET", "http://127.0.0.1/v0/runs")


def response(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(status, headers=headers, request=REQUEST)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520, 599])
def test_statuses_a_read_may_succeed_after_are_retryable(status: int) -> None:
    assert _retry.is_retryable_status(status)


@pytest.mark.parametrize("status", [200, 201, 301, 400, 401, 403, 404, 405, 410, 422])
def test_other_statuses_are_final(status: int) -> None:
    assert not _retry.is_retryable_status(status)
    assert _retry.delay_after_response(response(status), attempt=0, max_retries=5) is None


@pytest.mark.parametrize("attempt", range(8))
def test_backoff_doubles_from_the_initial_delay_up_to_the_cap_less_jitter(attempt: int) -> None:
    ceiling = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
    delays = [_retry.backoff(attempt) for _ in range(200)]
    assert all(ceiling * (1 - RETRY_JITTER) <= d <= ceiling for d in delays)
    assert len(set(delays)) > 1  # jittered


def test_no_retry_once_the_retries_are_used_up() -> None:
    assert _retry.delay_after_response(response(503), attempt=2, max_retries=2) is None
    assert _retry.delay_after_response(response(503), attempt=1, max_retries=2) is not None


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0", 0.0), ("2.5", 2.5), (str(MAX_RETRY_AFTER), MAX_RETRY_AFTER)],
)
def test_retry_after_seconds_is_honoured_within_the_cap(header: str, expected: float) -> None:
    assert _retry.delay_after_response(response(429, header), attempt=0, max_retries=2) == expected


@pytest.mark.parametrize("header", [str(MAX_RETRY_AFTER + 1), "3600", "1e9"])
def test_a_retry_after_beyond_the_cap_ends_the_retries(header: str) -> None:
    assert _retry.delay_after_response(response(429, header), attempt=0, max_retries=2) is None


def test_a_retry_after_date_in_the_past_is_no_wait() -> None:
    assert _retry.delay_after_response(response(503, "Wed, 21 Oct 2015 07:28:00 GMT"), 0, 2) == 0.0


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    delay = _retry.delay_after_response(response(503, when), attempt=0, max_retries=2)
    assert delay is not None
    assert 28.0 <= delay <= 30.0


@pytest.mark.parametrize("header", ["soon", "", "NaN", "inf", "-5", "Wed, 99 Foo 2024"])
def test_unreadable_retry_after_falls_back_to_backoff(header: str) -> None:
    delay = _retry.delay_after_response(response(429, header), attempt=0, max_retries=2)
    assert delay is not None
    assert INITIAL_RETRY_DELAY * (1 - RETRY_JITTER) <= delay <= INITIAL_RETRY_DELAY


def test_transport_errors_are_retried_and_others_are_not() -> None:
    assert _retry.delay_after_error(httpx.ConnectError("refused"), attempt=0, max_retries=2) is not None
    assert _retry.delay_after_error(httpx.ReadTimeout("slow"), attempt=0, max_retries=2) is not None
    assert _retry.delay_after_error(httpx.DecodingError("bad gzip"), attempt=0, max_retries=2) is None
    assert _retry.delay_after_error(httpx.TooManyRedirects("loop"), attempt=0, max_retries=2) is None
    # httpx refused to send it: nothing went out, and it would refuse again.
    assert _retry.delay_after_error(httpx.LocalProtocolError("bad header"), attempt=0, max_retries=2) is None
    assert _retry.delay_after_error(httpx.UnsupportedProtocol("ftp"), attempt=0, max_retries=2) is None
    assert _retry.delay_after_error(httpx.ConnectError("refused"), attempt=2, max_retries=2) is None


def test_no_retry_once_the_walk_a_page_was_for_is_closed() -> None:
    stopped = threading.Event()
    response = httpx.Response(503)
    error = httpx.ConnectError("refused")
    with abandoned_when(stopped):
        assert delay_after_response(response, 0, 2) is not None
        assert delay_after_error(error, 0, 2) is not None
        stopped.set()
        assert delay_after_response(response, 0, 2) is None
        assert delay_after_error(error, 0, 2) is None
    assert delay_after_response(response, 0, 2) is not None  # only inside the walk's block
