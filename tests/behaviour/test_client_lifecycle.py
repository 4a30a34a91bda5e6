"""One client object under threads and event loops: one httpx client however many threads start
at once, one async client per event loop (closed with it), and nothing left to warn about."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from collections.abc import Callable

import httpx
import pytest
from avido_client import errors

from tests.behaviour.conftest import RUNS
from tests.support.client import client_for
from tools.loopback import CannedResponse, LoopbackServer


def no_resource_warnings(action: Callable[[], object]) -> None:
    """Run `action`, collect garbage, and fail on any ResourceWarning (an unclosed socket or
    transport left to the garbage collector)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action()
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


@pytest.mark.timeout(30)
def test_threads_starting_at_once_share_one_httpx_client(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    client = client_for(api_server.base_url)
    start = threading.Barrier(32)
    seen: list[httpx.Client] = []

    def first_call() -> None:
        start.wait()
        seen.append(client.get_httpx_client())
        client.runs.list()

    threads = [threading.Thread(target=first_call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 32
    assert len({id(http) for http in seen}) == 1
    assert len(api_server.requests) == 32
    client.close()


@pytest.mark.timeout(30)
def test_one_client_across_asyncio_run_calls(api_server: LoopbackServer) -> None:
    """Each asyncio.run is a new event loop: the client works in each, and closes each loop's
    connections when that loop shuts down."""
    api_server.serve(RUNS)
    client = client_for(api_server.base_url)
    used: list[httpx.AsyncClient] = []

    async def call() -> None:
        await client.runs.alist()
        used.append(client.get_async_httpx_client())

    def three_runs() -> None:
        for _ in range(3):
            asyncio.run(call())

    no_resource_warnings(three_runs)
    assert len(api_server.requests) == 3
    assert len({id(http) for http in used}) == 3  # one per loop
    assert all(http.is_closed for http in used)  # each closed as its loop shut down


@pytest.mark.timeout(30)
def test_two_event_loops_at_once_each_get_their_own(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    client = client_for(api_server.base_url)
    start = threading.Barrier(2)
    pages: list[int] = []

    async def calls() -> None:
        start.wait()
        for _ in range(5):
            pages.append(len((await client.runs.alist()).data))

    def loop_in_a_thread() -> None:
        asyncio.run(calls())

    def two_threads() -> None:
        threads = [threading.Thread(target=loop_in_a_thread) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    no_resource_warnings(two_threads)
    assert pages == [1] * 10


@pytest.mark.timeout(30)
def test_context_managers_close_cleanly_and_warn_nothing(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)

    def sync_use() -> None:
        with client_for(api_server.base_url) as client:
            client.runs.list()
        assert client._pool.sync is None

    async def async_use() -> None:
        async with client_for(api_server.base_url) as client:
            await client.runs.alist()
            http = client.get_async_httpx_client()
        assert http.is_closed

    no_resource_warnings(sync_use)
    no_resource_warnings(lambda: asyncio.run(async_use()))


@pytest.mark.timeout(30)
def test_closing_with_a_request_in_flight_lets_it_finish_then_closes(api_server: LoopbackServer) -> None:
    """A close from one thread while another's request is in flight (a walk's pages fetched
    ahead, say) refuses new calls at once and leaves the connections open for the request in
    flight: httpx closing the socket under a read left that read waiting until its timeout."""
    arrived, answer = threading.Event(), threading.Event()

    def respond(_request: object) -> CannedResponse:
        arrived.set()
        answer.wait(10)
        return CannedResponse(body=RUNS)

    api_server.responder = respond
    client = client_for(api_server.base_url)
    http = client.get_httpx_client()
    outcome: list[object] = []
    caller = threading.Thread(target=lambda: outcome.append(client.runs.list()))
    caller.start()
    assert arrived.wait(10)
    client.close()
    assert client.is_closed()
    with pytest.raises(errors.ClientClosedError, match="listRuns: the client is closed"):
        client.runs.list()
    assert not http.is_closed  # still carrying the request in flight
    answer.set()
    caller.join(10)
    assert [type(page).__name__ for page in outcome] == ["PaginatedRuns"]
    assert http.is_closed  # closed by the request that was the last in flight
