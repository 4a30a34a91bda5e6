"""Timeouts and retries against a server that fails, stalls and drops connections.

Retry waits are recorded, not slept (the `waits` fixture); every request still crosses
real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest
from avido_client import AuthenticatedClient, _constants, errors
from avido_client.models import PaginatedRuns

from tests.behaviour.conftest import RUNS
from tests.support.client import client_for
from tests.support.modes import MODES, invoke
from tests.support.spec import operation
from tools.loopback import CannedResponse, LoopbackServer

OK = CannedResponse(body=RUNS)


def call(base_url: str, mode: str, **options: Any) -> PaginatedRuns:
    with client_for(base_url, **options) as client:
        page: PaginatedRuns = invoke(client, operation("listRuns"), mode)
        return page


def test_default_timeout_is_finite() -> None:
    timeout = AuthenticatedClient(api_key="k").timeout
    assert (timeout.connect, timeout.read) == (5.0, 60.0)


@pytest.mark.parametrize("mode", MODES)
def test_stalled_server_ends_in_the_timeout_error(mode: str, api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CannedResponse(body=RUNS, delay=5.0))
    with pytest.raises(errors.APITimeoutError):
        call(api_server.base_url, mode, timeout=httpx.Timeout(0.2), max_retries=0)
    assert api_server.in_flight == 1  # gave up at its timeout, while the server was still working


@pytest.mark.parametrize("mode", MODES)
def test_timeout_is_retried_then_succeeds(mode: str, api_server: LoopbackServer, waits: list[float]) -> None:
    api_server.serve_sequence(CannedResponse(body=RUNS, delay=1.0), OK)
    page = call(api_server.base_url, mode, timeout=httpx.Timeout(0.2))
    assert page.data[0].id == "run_1"
    assert len(api_server.requests) == 2
    assert len(waits) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_status_is_retried(
    status: int, mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve_sequence(CannedResponse(status=status, body=b"{}"), OK)
    assert call(api_server.base_url, mode).data[0].id == "run_1"
    assert len(api_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_other_client_errors_are_not_retried(
    status: int, mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve_sequence(CannedResponse(status=status, body=b"{}"), OK)
    with pytest.raises(errors.APIStatusError):
        call(api_server.base_url, mode)
    assert len(api_server.requests) == 1
    assert waits == []


@pytest.mark.parametrize("mode", MODES)
def test_retries_stop_after_max_retries(mode: str, api_server: LoopbackServer, waits: list[float]) -> None:
    api_server.serve(b"{}", status=503)
    with pytest.raises(errors.InternalServerError):
        call(api_server.base_url, mode, max_retries=3)
    assert len(api_server.requests) == 4
    assert len(waits) == 3


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_turns_retries_off(
    mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve(b"{}", status=503)
    with pytest.raises(errors.InternalServerError):
        call(api_server.base_url, mode, max_retries=0)
    assert len(api_server.requests) == 1
    assert waits == []


@pytest.mark.parametrize("mode", MODES)
def test_dropped_connection_is_retried_then_raises_connection_error(
    mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve_sequence(CannedResponse(drop=True))
    with pytest.raises(errors.APIConnectionError):
        call(api_server.base_url, mode)
    assert len(api_server.requests) == 3


def test_backoff_is_exponential_with_jitter(api_server: LoopbackServer, waits: list[float]) -> None:
    api_server.serve(b"{}", status=500)
    with pytest.raises(errors.InternalServerError):
        call(api_server.base_url, "sync", max_retries=6)
    bounds = [(0.375, 0.5), (0.75, 1.0), (1.5, 2.0), (3.0, 4.0), (6.0, 8.0), (6.0, 8.0)]  # capped at 8 s
    assert [low <= wait <= high for wait, (low, high) in zip(waits, bounds, strict=True)] == [True] * 6


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_seconds_is_honoured(mode: str, api_server: LoopbackServer, waits: list[float]) -> None:
    limited = CannedResponse(status=429, body=b"{}", headers={"Retry-After": "3"})
    api_server.serve_sequence(limited, OK)
    call(api_server.base_url, mode)
    assert waits == [3.0]


def test_retry_after_http_date_is_honoured(api_server: LoopbackServer, waits: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    api_server.serve_sequence(CannedResponse(status=503, body=b"{}", headers={"Retry-After": when}), OK)
    call(api_server.base_url, "sync")
    [wait] = waits
    assert 28.0 <= wait <= 30.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("seconds", ["3600", "1000000000"])
def test_a_retry_after_longer_than_the_client_waits_ends_the_retries_at_once(
    seconds: str, mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    """Asking again before the server said it would answer is pointless: the error is raised at
    once, carrying the header for the caller to act on."""
    api_server.serve_sequence(CannedResponse(status=429, body=b"{}", headers={"Retry-After": seconds}), OK)
    with pytest.raises(errors.RateLimitError) as raised:
        call(api_server.base_url, mode)
    assert raised.value.headers["retry-after"] == seconds
    assert float(seconds) > _constants.MAX_RETRY_AFTER
    assert (len(api_server.requests), waits) == (1, [])


@pytest.mark.parametrize("seconds", ["-5", "NaN", "inf", "soon"])
def test_a_retry_after_that_is_no_delay_falls_back_to_backoff(
    seconds: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve_sequence(CannedResponse(status=429, body=b"{}", headers={"Retry-After": seconds}), OK)
    call(api_server.base_url, "sync")
    [wait] = waits
    assert 0.375 <= wait <= 0.5


def test_a_real_wait_happens_between_retries(api_server: LoopbackServer) -> None:
    """Without the recorder: the client really sleeps the Retry-After before asking again."""
    api_server.serve_sequence(CannedResponse(status=503, body=b"{}", headers={"Retry-After": "0.3"}), OK)
    started = time.monotonic()
    call(api_server.base_url, "sync")
    assert time.monotonic() - started >= 0.3
