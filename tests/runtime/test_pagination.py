"""The page plan and the walkers on their own, with pages made in memory (no I/O)."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from avido_client.errors import PaginationError
from avido_client.pagination import PagePlan, walk_pages, walk_pages_async


@dataclass
class Pagination:
    total: Any = None
    skip: Any = None
    limit: Any = None


@dataclass
class Page:
    data: list[int]
    pagination: Any = field(default_factory=Pagination)


@dataclass
class Server:
    """A listing of `items` items, paged as a server might page it."""

    items: int
    total: Any = "truth"  # what the pages claim; None: no total; "truth": the real one
    page_size: int = 10_000  # the most the server sends, whatever it is asked
    block: bool = True  # whether pages carry a pagination block at all
    honours_skip: bool = True
    asked: list[int] = field(default_factory=list)

    def fetch(self, skip: int, limit: int = 10) -> Page:
        self.asked.append(skip)
        start = skip if self.honours_skip else 0
        size = min(limit, self.page_size)
        total = self.items if self.total == "truth" else self.total
        block = Pagination(total, start, size) if self.block else None
        return Page(list(range(start, min(start + size, self.items))), block)


def walk_sync(server: Server, concurrency: int = 1) -> list[int]:
    return list(walk_pages(server.fetch, 10, concurrency))


def walk_threads(server: Server, concurrency: int = 3) -> list[int]:
    return walk_sync(server, concurrency)


def walk_async(server: Server, concurrency: int = 3) -> list[int]:
    async def fetch(skip: int) -> Page:
        await asyncio.sleep(0)
        return server.fetch(skip)

    async def collect() -> list[int]:
        return [item async for item in walk_pages_async(fetch, 10, concurrency)]

    return asyncio.run(collect())


WALKERS: dict[str, Callable[[Server], list[int]]] = {
    "sync": walk_sync,
    "threads": walk_threads,
    "async": walk_async,
}
CONCURRENT: dict[str, Callable[[Server, int], list[int]]] = {"threads": walk_threads, "async": walk_async}


def test_a_plan_needs_a_positive_limit() -> None:
    with pytest.raises(ValueError, match="limit"):
        PagePlan(0)


@pytest.mark.parametrize(
    ("page", "skip", "following"),
    [
        (Page(list(range(10)), Pagination(100)), 0, 10),
        (Page(list(range(10)), Pagination(10)), 0, None),  # the total is reached
        (Page(list(range(10)), Pagination(100)), 90, None),
        (Page(list(range(3)), Pagination(100)), 0, 3),  # short before the total: on from where it ended
        (Page([], Pagination(100)), 40, None),  # empty: over, whatever the total says
        (Page(list(range(3)), Pagination(None, 0, 10)), 0, None),  # shorter than the server's page size
        (Page(list(range(10)), None), 0, 10),  # nothing to go on: on until an empty page
        (Page(list(range(3)), None), 0, 3),
        (Page(list(range(10)), Pagination(True)), 0, 10),  # a boolean is no total
    ],
)
def test_where_the_next_page_starts(page: Page, skip: int, following: int | None) -> None:
    assert PagePlan(10).next_skip(page, skip) == following


def test_a_page_must_start_where_it_was_asked_to() -> None:
    plan = PagePlan(10)
    plan.check(Page([1], Pagination(skip=20)), 20, None)
    with pytest.raises(PaginationError, match="asked for the page at skip 20, got the one at 0"):
        plan.check(Page([1], Pagination(skip=0)), 20, None)
    with pytest.raises(PaginationError, match="same item as the page before"):
        plan.check(Page([1, 2]), 20, Page([1, 2]))


@pytest.mark.parametrize("walker", list(WALKERS))
@pytest.mark.parametrize(
    ("listing", "count", "skips"),
    [
        (Server(25), 25, [0, 10, 20]),
        (Server(30), 30, [0, 10, 20]),  # a full last page: no extra request
        (Server(25, total=1000), 25, [0, 10, 20, 25]),  # overstated: on until the empty page
        (Server(25, total=5), 10, [0]),  # understated: ends where it says
        (Server(25, total=None, block=False), 25, [0, 10, 20, 25]),  # no pagination block at all
        (Server(25, page_size=4), 25, [0, 4, 8, 12, 16, 20, 24]),  # capped below limit: walked by 4
        (Server(0), 0, [0]),
    ],
)
def test_every_item_once_in_order(walker: str, listing: Server, count: int, skips: list[int]) -> None:
    server = copy.deepcopy(listing)
    assert WALKERS[walker](server) == list(range(count))
    if walker == "sync":  # one page at a time
        assert server.asked == skips
    else:  # concurrent: the same pages, and perhaps some planned before the plan changed
        assert set(skips) <= set(server.asked)
        assert len(server.asked) == len(set(server.asked))


@pytest.mark.parametrize("walker", list(WALKERS))
@pytest.mark.parametrize("block", [True, False])
def test_a_server_ignoring_skip_ends_the_walk_with_an_error(walker: str, block: bool) -> None:
    server = Server(50, honours_skip=False, block=block, total=50 if block else None)
    with pytest.raises(PaginationError):
        WALKERS[walker](server)
    assert len(server.asked) <= 4  # stopped at once, not after walking the total


@pytest.mark.parametrize("walker", list(CONCURRENT))
@pytest.mark.parametrize("concurrency", [1, 2, 5])
@pytest.mark.parametrize(
    "listing",
    [Server(95), Server(95, total=1000), Server(95, total=None, block=False), Server(95, page_size=4)],
)
def test_concurrent_walks_at_any_concurrency(walker: str, concurrency: int, listing: Server) -> None:
    server = copy.deepcopy(listing)
    assert CONCURRENT[walker](server, concurrency) == list(range(95))
    assert len(server.asked) == len(set(server.asked))  # no page twice


def test_walks_need_a_positive_concurrency() -> None:
    async def fetch(skip: int) -> Page:
        return Page([])

    async def first() -> Any:
        return await anext(walk_pages_async(fetch, 10, 0))

    with pytest.raises(ValueError, match="concurrency"):
        asyncio.run(first())
    with pytest.raises(ValueError, match="concurrency"):
        next(walk_pages(lambda skip: Page([]), 10, 0))
