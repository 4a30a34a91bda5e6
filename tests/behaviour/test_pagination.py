"""list_all / alist_all against a paginating server on 127.0.0.1, static and changing under the walk.

Each page after the first is asked for from the last item yielded (an overlap of one item),
so pages of 100 bring 99 new items each: `windows` gives the skips a walk asks for."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import math
import threading
import time
from collections import Counter
from typing import Any

import pytest
from avido_client import errors
from avido_client._constants import DEFAULT_CONCURRENCY
from avido_client.models import Status, Test

from tests.behaviour.conftest import RUNS, TESTS
from tests.support.changing_listing import CHANGES, ChangingListing, changing, number
from tests.support.client import client_for
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest

RUN = json.loads(RUNS)["data"][0]
TEST = json.loads(TESTS)["data"][0]


def paginate(
    server: LoopbackServer,
    items: int,
    *,
    total: int | None = None,
    delay: float = 0.0,
    template: dict[str, Any] = RUN,
) -> None:
    """Serve `items` items, paged by the request's skip and limit, claiming `total` (default: the truth)."""

    def respond(request: RecordedRequest) -> CannedResponse:
        skip, limit = int(request.query["skip"][0]), int(request.query["limit"][0])
        data = [{**template, "id": f"item_{i}"} for i in range(skip, min(skip + limit, items))]
        claimed = items if total is None else total
        pagination = {
            "skip": skip,
            "limit": limit,
            "total": claimed,
            "totalPages": math.ceil(claimed / limit),
        }
        return CannedResponse(body=json.dumps({"data": data, "pagination": pagination}).encode(), delay=delay)

    server.responder = respond


def skips(server: LoopbackServer) -> list[int]:
    return [int(r.query["skip"][0]) for r in server.requests]


def windows(items: int, limit: int = 100) -> list[int]:
    """The skips a walk of a static listing of `items` asks for: each page from the last item
    of the one before, until one reaches the end."""
    asked = [0]
    while asked[-1] + limit < items:
        asked.append(asked[-1] + limit - 1)
    return asked


def pages_reached(index: int, limit: int = 100) -> int:
    """How many pages a walk has taken when it yields the item at `index`."""
    return 1 if index < limit else 2 + (index - limit) // (limit - 1)


def collect_async(base_url: str, **kwargs: Any) -> list[str]:
    async def run() -> list[str]:
        async with client_for(base_url) as client:
            return [item.id async for item in client.runs.alist_all(**kwargs)]

    return asyncio.run(run())


def test_sync_all_yields_every_item_once_in_order_keeping_the_filters(api_server: LoopbackServer) -> None:
    paginate(api_server, 250)
    with client_for(api_server.base_url) as client:
        ids = [run.id for run in client.runs.list_all(status=Status.COMPLETED, task_id="t-1")]

    assert ids == [f"item_{i}" for i in range(250)]
    assert sorted(skips(api_server)) == windows(250) == [0, 99, 198]  # after the first, fetched together
    for request in api_server.requests:
        assert request.query["limit"] == ["100"]
        assert (request.query["status"], request.query["taskId"]) == (["COMPLETED"], ["t-1"])


def test_sync_all_takes_the_page_size_it_is_given(api_server: LoopbackServer) -> None:
    paginate(api_server, 7)
    with client_for(api_server.base_url) as client:
        assert len(list(client.runs.list_all(limit=3))) == 7
    assert sorted(skips(api_server)) == [0, 2, 4]  # 3 a page, each from the last item yielded


def test_listing_that_fills_its_last_page_asks_no_extra_page(api_server: LoopbackServer) -> None:
    paginate(api_server, 298)
    with client_for(api_server.base_url) as client:
        assert len(list(client.runs.list_all())) == 298
    assert sorted(skips(api_server)) == [0, 99, 198]


@pytest.mark.parametrize(
    ("items", "claimed", "expected_skips"),
    [
        (250, 1000, [0, 99, 198, 249]),  # overstated total: on until a page with nothing new
        (199, 1000, [0, 99, 198]),  # overstated total: the page holding only the anchor ends it
        (0, 5, [0]),  # an empty listing that claims items
    ],
)
def test_a_wrong_total_ends_the_walk_safely(
    items: int, claimed: int, expected_skips: list[int], api_server: LoopbackServer
) -> None:
    paginate(api_server, items, total=claimed)
    with client_for(api_server.base_url) as client:
        assert len(list(client.runs.list_all(concurrency=1))) == items
        assert skips(api_server) == expected_skips  # one page at a time: not a request more
        api_server.requests.clear()
        # Fetching ahead trusts the total for what it asks (each page at most once, none past
        # the claimed total), never for what it yields.
        assert [run.id for run in client.runs.list_all()] == [f"item_{i}" for i in range(items)]
        asked = skips(api_server)
        assert len(asked) == len(set(asked))
        assert max(asked) < max(claimed, 1)
    assert len(collect_async(api_server.base_url, concurrency=4)) == items


def test_an_understated_total_is_where_the_walk_ends(api_server: LoopbackServer) -> None:
    paginate(api_server, 250, total=50)
    with client_for(api_server.base_url) as client:
        assert len(list(client.runs.list_all())) == 100
    assert skips(api_server) == [0]


def test_an_error_mid_walk_propagates(api_server: LoopbackServer) -> None:
    paginate(api_server, 250)
    good = api_server.responder
    api_server.responder = lambda r: (
        CannedResponse(status=404, body=b"{}") if r.query["skip"] == ["99"] else good(r)
    )
    with client_for(api_server.base_url) as client, pytest.raises(errors.NotFoundError):
        list(client.runs.list_all())


def test_every_paginated_operation_has_the_walkers(api_server: LoopbackServer) -> None:
    paginate(api_server, 3, template=TEST)
    with client_for(api_server.base_url) as client:
        tests = list(client.tests.list_all())
    # Imported by its own name: pytest must not take the API's Test model for a test class.
    assert all(isinstance(t, Test) for t in tests)
    assert [t.id for t in tests] == ["item_0", "item_1", "item_2"]
    assert callable(client.tests.alist_all)


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_asyncio_all_yields_every_item_once_in_order(concurrency: int, api_server: LoopbackServer) -> None:
    paginate(api_server, 1050, delay=0.01)
    ids = collect_async(api_server.base_url, concurrency=concurrency, status=Status.PENDING)

    assert ids == [f"item_{i}" for i in range(1050)]
    assert sorted(skips(api_server)) == windows(1050)  # each page once
    assert all(r.query["status"] == ["PENDING"] for r in api_server.requests)
    assert api_server.max_in_flight <= concurrency


def test_asyncio_all_fetches_pages_concurrently_once_the_total_is_known(api_server: LoopbackServer) -> None:
    paginate(api_server, 1000, delay=0.2)
    collect_async(api_server.base_url, concurrency=8)
    # 8 at once is the aim; a request or two may finish before the last starts on a busy machine.
    assert 6 <= api_server.max_in_flight <= 8
    assert skips(api_server)[0] == 0


def test_asyncio_all_keeps_at_most_concurrency_pages_in_flight(api_server: LoopbackServer) -> None:
    paginate(api_server, 1000)
    concurrency, started_beyond_consumed = 3, []

    async def run() -> None:
        async with client_for(api_server.base_url) as client:
            index = 0
            async for _ in client.runs.alist_all(concurrency=concurrency):
                await asyncio.sleep(0)  # a consumer slower than the network
                started_beyond_consumed.append(len(api_server.requests) - pages_reached(index))
                index += 1

    asyncio.run(run())
    # In flight: `concurrency` pages beyond the one being read, never more.
    assert max(started_beyond_consumed) <= concurrency


def test_stopping_early_cancels_pages_in_flight(api_server: LoopbackServer) -> None:
    paginate(api_server, 5000, delay=0.05)

    async def run() -> list[str]:
        async with client_for(api_server.base_url) as client:
            taken = []
            async for run_ in client.runs.alist_all(concurrency=4):
                taken.append(run_.id)
                if len(taken) == 150:
                    break
            return taken

    assert len(asyncio.run(run())) == 150
    assert len(api_server.requests) <= 1 + 4 + 1


# -- sync_all fetches ahead on threads -----------------------------------------------------


def page_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("avido_client-page")]


def test_sync_all_fetches_the_default_number_of_pages_at_once(api_server: LoopbackServer) -> None:
    paginate(api_server, 2000, delay=0.5)
    with client_for(api_server.base_url) as client:
        assert len(list(client.runs.list_all())) == 2000
    assert DEFAULT_CONCURRENCY >= 8
    assert api_server.max_in_flight == DEFAULT_CONCURRENCY
    assert sorted(skips(api_server)) == windows(2000)


@pytest.mark.parametrize("concurrency", [2, 3, 8])
def test_sync_all_yields_in_order_whatever_order_pages_arrive_in(
    concurrency: int, api_server: LoopbackServer
) -> None:
    paginate(api_server, 1050)
    in_order = api_server.responder
    # Later pages answer sooner, so they come back before the ones the walk needs first.
    api_server.responder = lambda r: dataclasses.replace(
        in_order(r), delay=0.05 / (1 + int(r.query["skip"][0]) // 100)
    )
    with client_for(api_server.base_url) as client:
        ids = [run.id for run in client.runs.list_all(concurrency=concurrency)]
    assert ids == [f"item_{i}" for i in range(1050)]
    assert sorted(skips(api_server)) == windows(1050)
    assert api_server.max_in_flight <= concurrency


def test_sync_all_keeps_at_most_concurrency_pages_in_flight(api_server: LoopbackServer) -> None:
    paginate(api_server, 1000)
    concurrency, started_beyond_consumed = 3, []
    with client_for(api_server.base_url) as client:
        for index, _ in enumerate(client.runs.list_all(concurrency=concurrency)):
            if pages_reached(index + 1) > pages_reached(index):
                time.sleep(0.02)  # a consumer slower than the network, at each page's end
            started_beyond_consumed.append(len(api_server.requests) - pages_reached(index))
    assert max(started_beyond_consumed) <= concurrency
    assert max(started_beyond_consumed) >= 1  # it did fetch ahead


def test_an_error_mid_walk_comes_after_every_item_before_it(api_server: LoopbackServer) -> None:
    paginate(api_server, 1000)
    good = api_server.responder
    api_server.responder = lambda r: (
        CannedResponse(status=404, body=b"{}") if r.query["skip"] == ["297"] else good(r)
    )
    taken: list[str] = []
    before = page_threads()
    with client_for(api_server.base_url) as client, pytest.raises(errors.NotFoundError):
        taken.extend(run_.id for run_ in client.runs.list_all(concurrency=4))
    assert taken == [f"item_{i}" for i in range(298)]  # up to the last item of the page at 198
    settle(before)
    assert len(api_server.requests) <= 1 + 3 + 4  # nothing started after the error


def settle(before: list[threading.Thread], seconds: float = 30.0) -> None:
    """Wait until the walk's threads (those not in `before`) are gone, at most `seconds`: each
    ends once its request in flight is answered, at once here, but a loaded machine may take its
    time to run it (2 s proved too short), and the wait ends as soon as they are gone."""

    def walks() -> list[threading.Thread]:
        return [thread for thread in page_threads() if thread not in before]

    deadline = time.monotonic() + seconds
    while walks() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert walks() == []


def test_closing_sync_all_early_starts_no_more_pages(api_server: LoopbackServer) -> None:
    paginate(api_server, 5000, delay=0.05)
    before = page_threads()
    with client_for(api_server.base_url) as client:
        walk = client.runs.list_all(concurrency=4)
        taken = [next(walk).id for _ in range(150)]
        walk.close()
        settle(before)
        asked = len(api_server.requests)
        time.sleep(0.2)
        assert len(api_server.requests) == asked  # nothing more after the close
    assert taken == [f"item_{i}" for i in range(150)]
    assert asked <= 1 + 1 + 4  # the first page, the one being read, the ones in flight


def test_pages_in_flight_when_a_sync_walk_is_closed_are_not_retried(api_server: LoopbackServer) -> None:
    paginate(api_server, 1000)
    first_page = api_server.responder
    # The pages fetched ahead fail with a retryable status, after the walk is closed.
    api_server.responder = lambda r: (
        first_page(r) if r.query["skip"] == ["0"] else CannedResponse(status=503, body=b"{}", delay=0.3)
    )
    before = page_threads()
    with client_for(api_server.base_url) as client:
        walk = client.runs.list_all(concurrency=4)
        assert [next(walk).id for _ in range(100)] == [f"item_{i}" for i in range(100)]
        walk.close()
        settle(before)
    assert sorted(skips(api_server)) == [0, 99, 198, 297, 396]  # each page asked once: no retries


# -- a listing that changes under the walk -----------------------------------------------------


def walk_runs(base_url: str, mode: str, concurrency: int) -> list[int]:
    """The items `client.runs.list_all` (or `alist_all`) yields, as numbers."""
    with client_for(base_url) as client:
        if mode == "sync":
            return [number(run.id) for run in client.runs.list_all(concurrency=concurrency)]

        async def collect() -> list[int]:
            try:
                return [number(run.id) async for run in client.runs.alist_all(concurrency=concurrency)]
            finally:
                await client.aclose()

        return asyncio.run(collect())


WALKS = [("sync", 1), ("sync", DEFAULT_CONCURRENCY), ("async", 1), ("async", DEFAULT_CONCURRENCY)]


@pytest.mark.parametrize(("mode", "concurrency"), WALKS)
@pytest.mark.parametrize("change", list(CHANGES))
def test_a_listing_changing_under_the_walk_is_walked_whole_each_item_once(
    mode: str, concurrency: int, change: str, api_server: LoopbackServer
) -> None:
    """Items added (newest first: before the walk's place) and items already yielded deleted,
    the anchor of the next page among them, before each page is served: no item twice, every
    item listed throughout the walk yielded, in the listing's order, and no warning (the test
    fails on one), since the walk can always find its place again."""
    listing = changing(change, template=RUN)
    api_server.responder = listing.respond
    # The listing adds its items per request served. 60 a request is within what a page of 99
    # new items absorbs one request at a time, but with 8 in flight up to 480 can arrive between
    # two pages the walk reads, depending on how the server interleaves them: a listing that
    # outruns the walk. Then, and only then, the walk may end, saying so (the module's
    # docstring), rather than chase it for ever.
    outrun = change == "many-added" and concurrency > 1
    try:
        walked = walk_runs(api_server.base_url, mode, concurrency)
    except errors.PaginationError as error:
        if not outrun:
            raise
        ended = str(error)
    else:
        ended = ""
    if ended:
        assert "brought nothing new" in ended, ended
        return
    assert [item for item, times in Counter(walked).items() if times > 1] == []
    assert walked == sorted(walked, reverse=True)
    assert not set(listing.survivors()) - set(walked)
    assert listing.deleted or listing.adds  # it did change
    if change == "added":  # walking by skip alone yields 535 items here, 500 of them distinct
        assert walked == list(range(499, -1, -1))


@pytest.mark.parametrize(("mode", "concurrency"), WALKS)
def test_a_walk_that_loses_its_place_says_so_on_the_logger_and_as_a_warning(
    mode: str, concurrency: int, api_server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Every item served so far deleted before the fourth request: none of the items the walk
    just yielded is listed any more, so it can't prove it skipped nothing (and it did skip)."""
    listing = ChangingListing(1000, wipe_before=3, template=RUN)
    api_server.responder = listing.respond
    with (
        caplog.at_level(logging.WARNING, logger="avido_client"),
        pytest.warns(
            errors.PaginationWarning, match=r"^listRuns \(GET /v0/runs\): the walk lost its place"
        ) as warned,
    ):
        walked = walk_runs(api_server.base_url, mode, concurrency)
    assert len(warned) == 1
    warning = warned[0].message
    assert isinstance(warning, errors.PaginationWarning)
    assert warning.skip in listing.asked
    assert f"skip {warning.skip:,}" in str(warning)
    logged = [record for record in caplog.records if record.name == "avido_client"]
    assert [(record.levelno, record.getMessage()) for record in logged] == [(logging.WARNING, str(warning))]
    assert set(listing.survivors()) - set(walked)  # what it warned of
    assert max(Counter(walked).values()) == 1
