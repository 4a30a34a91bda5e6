"""The page plan and the walkers on their own, with pages made in memory (no I/O)."""

from __future__ import annotations

import asyncio
import copy
import logging
import pickle
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from avido_client.errors import PaginationError, PaginationWarning
from avido_client.pagination import PagePlan, walk_pages, walk_pages_async

from tests.support.changing_listing import CHANGES, ChangingListing, changing


@dataclass
class Pagination:
    total: Any = None
    skip: Any = None
    limit: Any = None


@dataclass
class Page:
    data: list[Any]
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


Fetch = Callable[[int], Page]


def walk(fetch: Fetch, concurrency: int, mode: str, limit: int = 10, **options: Any) -> list[Any]:
    """Every item a walk yields: `mode` "sync" (on threads when concurrency > 1) or "async"."""
    if mode == "sync":
        return list(walk_pages(fetch, limit, concurrency, **options))

    async def fetch_async(skip: int) -> Page:
        await asyncio.sleep(0)  # the walk's other tasks run meanwhile
        return fetch(skip)

    async def collect() -> list[Any]:
        return [item async for item in walk_pages_async(fetch_async, limit, concurrency, **options)]

    return asyncio.run(collect())


def walk_sync(server: Server, concurrency: int = 1) -> list[int]:
    return walk(server.fetch, concurrency, "sync")


def walk_threads(server: Server, concurrency: int = 3) -> list[int]:
    return walk(server.fetch, concurrency, "sync")


def walk_async(server: Server, concurrency: int = 3) -> list[int]:
    return walk(server.fetch, concurrency, "async")


WALKERS: dict[str, Callable[[Server], list[int]]] = {
    "sync": walk_sync,
    "threads": walk_threads,
    "async": walk_async,
}
CONCURRENT: dict[str, Callable[[Server, int], list[int]]] = {"threads": walk_threads, "async": walk_async}
# Each walker at one page at a time and at the default concurrency.
MODES = [("sync", 1), ("sync", 8), ("async", 1), ("async", 8)]


def test_a_plan_needs_pages_of_two_and_a_start_of_zero_or_more() -> None:
    with pytest.raises(ValueError, match="limit must be 2 or more"):
        PagePlan(1)
    with pytest.raises(ValueError, match="start"):
        PagePlan(10, start=-1)
    with pytest.raises(ValueError, match="start"):
        next(walk_pages(Server(5).fetch, 10, start=-5))


# -- one page after another: what the plan yields and where it goes on ------------------------------


def page(items: list[Any], total: int | None = 100, skip: int | None = None) -> Page:
    return Page(items, Pagination(total, skip, 10))


def after_first(*pages: tuple[int, Page]) -> tuple[PagePlan, list[tuple[list[Any], int | None, bool]]]:
    """A plan fed items 0 to 9 from skip 0, then `pages` (skip, page); what it made of each."""
    plan = PagePlan(10, listing="the listing")
    first = plan.take(0, page(list(range(10))))
    assert (first.items, first.fetch) == (list(range(10)), 9)
    steps = [plan.take(skip, taken) for skip, taken in pages]
    return plan, [(step.items, step.fetch, step.search) for step in steps]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (page(list(range(9, 19))), (list(range(10, 19)), 18, False)),  # the anchor first: nothing moved
        # Three items added before the anchor: the three before it are dropped.
        (page([7, 8, 100, 9, 10, 11, 12, 13, 14, 15]), ([10, 11, 12, 13, 14, 15], 18, False)),
        # The anchor (9) deleted: on after the latest item yielded that is still listed.
        (page([8, 10, 11, 12, 13, 14, 15, 16, 17, 18]), (list(range(10, 19)), 18, False)),
        # Nothing yielded is on the page: the plan searches, from the page ending where the anchor was.
        (page(list(range(12, 22))), ([], 0, True)),
        # The listing ends at the anchor.
        (page([9], total=10), ([], None, False)),
        # The total is reached, and a page shorter than the first before it: on from its end.
        (page(list(range(9, 19)), total=19), (list(range(10, 19)), None, False)),
        (page(list(range(9, 14))), ([10, 11, 12, 13], 13, False)),
        # Anchored at the page's end, a full page: items were added; on from there.
        (page([5, 6, 7, 100, 101, 102, 103, 104, 8, 9]), ([], 18, False)),
    ],
)
def test_each_page_is_read_from_the_last_item_yielded(
    second: Page, expected: tuple[list[int], int | None, bool]
) -> None:
    _, [step] = after_first((9, second))
    assert step == expected


def test_a_search_that_finds_the_anchor_goes_on_with_the_page_held() -> None:
    # Three items before the anchor deleted: the page at 9 starts three items late.
    held = page(list(range(12, 22)), total=97)
    search = page([*range(0, 3), *range(6, 13)], total=97)  # the search: the place the total points to
    _, steps = after_first((9, held), (0, search))
    assert steps[0] == ([], 0, True)
    # Found 9 in the search: what follows it, then the page held from 12 on, each once.
    assert steps[1] == (list(range(10, 22)), 18, False)


def test_the_search_goes_where_the_total_says_the_anchor_went() -> None:
    # Resumed at 100: the page at 100 yields items 100 to 109; the anchor (109) is at 109.
    deleted = PagePlan(10, start=100)
    deleted.take(100, page(list(range(100, 110)), total=1000))
    # 30 items before it deleted: the page at 109 starts 30 items late; the total fell by 30.
    step = deleted.take(109, page(list(range(139, 149)), total=970))
    assert (step.fetch, step.search) == (79 - 9 + 2, True)  # a page ending a little after 79
    step = deleted.take(72, page(list(range(102, 112)), total=970))
    assert (step.items, step.fetch, step.search) == ([110, 111], 81, False)

    added = PagePlan(10, start=100)
    added.take(100, page(list(range(100, 110)), total=1000))
    # 50 items added before it: the page at 109 holds items yielded long ago; the total rose by 50.
    step = added.take(109, page(list(range(59, 69)), total=1050))
    assert (step.fetch, step.search) == (159 - 2, True)  # a page starting a little before 159


def test_a_plan_that_cannot_find_its_place_says_so_and_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    plan = PagePlan(10, listing="the listing")
    plan.take(0, page(list(range(10))))
    assert plan.take(9, page(list(range(50, 60)))).search
    step = plan.take(0, page(list(range(40, 50))))  # the last search: nothing yielded is listed
    assert step.lost is not None
    assert step.lost.skip == 9
    assert str(step.lost).startswith("the listing: the walk lost its place at skip 9:")
    assert (step.items, step.fetch) == (list(range(50, 60)), 18)  # on with the page at 9
    assert pickle.loads(pickle.dumps(step.lost)).skip == 9

    strict = PagePlan(10, strict=True, listing="the listing")
    strict.take(0, page(list(range(10))))
    strict.take(9, page(list(range(50, 60))))
    with pytest.raises(PaginationError, match="the listing: the walk lost its place at skip 9") as raised:
        strict.take(0, page(list(range(40, 50))))
    assert raised.value.skip == 9


def test_a_page_must_start_where_it_was_asked_to() -> None:
    plan = PagePlan(10)
    plan.take(20, page([1], skip=20))
    with pytest.raises(PaginationError, match="asked for the page at skip 20, got the one at 0"):
        PagePlan(10).take(20, page([1], skip=0))
    plan = PagePlan(10)
    plan.take(0, page([1, 2], total=None))
    with pytest.raises(PaginationError, match="same item as the page before"):
        plan.take(1, page([1, 2], total=None))


# -- static listings, as before -----------------------------------------------------------------------


@pytest.mark.parametrize("walker", list(WALKERS))
@pytest.mark.parametrize(
    ("listing", "count", "skips"),
    [
        # Each page after the first from the last item yielded: 9 new items a page of 10.
        (Server(25), 25, [0, 9, 18]),
        (Server(28), 28, [0, 9, 18]),  # a full last page: no extra request
        (Server(25, total=1000), 25, [0, 9, 18, 24]),  # overstated: on until a page with nothing new
        (Server(25, total=5), 10, [0]),  # understated: ends where it says
        (Server(25, total=None, block=False), 25, [0, 9, 18, 24]),  # no pagination block at all
        (Server(25, page_size=4), 25, [0, 3, 6, 9, 12, 15, 18, 21]),  # capped below limit: by 3 new
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


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
@pytest.mark.parametrize(("start", "expected"), [(0, 95), (37, 58), (94, 1), (95, 0), (500, 0)])
def test_a_walk_resumes_from_an_offset(mode: str, concurrency: int, start: int, expected: int) -> None:
    server = Server(95)
    assert walk(server.fetch, concurrency, mode, start=start) == list(range(start, 95))[:expected]
    assert server.asked[0] == start
    assert len(server.asked) == len(set(server.asked))


# -- listings that change under the walk ----------------------------------------------------------


@dataclass
class Item:
    id: str


def walk_changing(
    changing: ChangingListing, mode: str, concurrency: int, limit: int = 100, **options: Any
) -> list[int]:
    """The numbers of the items a walk of `changing` yields (items with an `id`, as the API's are)."""

    def fetch(skip: int) -> Page:
        data, total = changing.page(skip, limit)
        return Page([Item(f"item_{n}") for n in data], Pagination(total, skip, limit))

    return [int(item.id.removeprefix("item_")) for item in walk(fetch, concurrency, mode, limit, **options)]


def assert_whole(walked: list[int], listing: ChangingListing) -> None:
    """Nothing twice, in the listing's order, and every item listed throughout the walk."""
    assert [item for item, times in Counter(walked).items() if times > 1] == []
    assert walked == sorted(walked, reverse=True)  # newest first, as listed
    assert not set(listing.survivors()) - set(walked)


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
@pytest.mark.parametrize("change", list(CHANGES))
def test_a_changing_listing_is_walked_whole_each_item_once(mode: str, concurrency: int, change: str) -> None:
    listing = changing(change)
    walked = walk_changing(listing, mode, concurrency)  # a warning would fail the test (filterwarnings)
    assert_whole(walked, listing)
    assert listing.deleted or listing.adds  # the listing did change
    if change == "added":
        assert len(walked) == 500


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
def test_a_walk_that_loses_its_place_warns_and_repeats_nothing(
    mode: str, concurrency: int, caplog: pytest.LogCaptureFixture
) -> None:
    # Before the fourth request, every item served so far is deleted: none yielded is left to
    # anchor on, so the walk can't prove it skipped nothing; and here it did skip some.
    listing = ChangingListing(1000, wipe_before=3)
    with pytest.warns(PaginationWarning, match=r"runs: the walk lost its place at skip \d+") as warned:
        walked = walk_changing(listing, mode, concurrency, listing="runs")
    assert len(warned) == 1
    assert [record.getMessage() for record in caplog.records if record.name == "avido_client"] == [
        str(warned[0].message)
    ]
    assert caplog.records[0].levelno == logging.WARNING
    assert set(listing.survivors()) - set(walked)  # what the warning is about
    assert max(Counter(walked).values()) == 1
    assert walked == sorted(walked, reverse=True)


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
def test_a_strict_walk_raises_where_it_lost_its_place(mode: str, concurrency: int) -> None:
    listing = ChangingListing(1000, wipe_before=3)
    with pytest.raises(PaginationError, match="lost its place") as raised:
        walk_changing(listing, mode, concurrency, strict=True)
    assert raised.value.skip in listing.asked


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
def test_a_strict_walk_of_a_listing_it_can_follow_raises_nothing(mode: str, concurrency: int) -> None:
    listing = ChangingListing(1000, adds=7, deletes=7)
    assert_whole(walk_changing(listing, mode, concurrency, strict=True), listing)


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
def test_a_walk_resumed_in_a_changing_listing_goes_on_from_there(mode: str, concurrency: int) -> None:
    listing = ChangingListing(1000, adds=7, deletes=7)
    walked = walk_changing(listing, mode, concurrency, start=250)
    assert walked[0] == 749  # the item at 250 when the walk started
    assert max(Counter(walked).values()) == 1
    assert not {item for item in listing.survivors() if item <= 749} - set(walked)


@dataclass(eq=True)
class Unnamed:
    """An item without an id, and unhashable (a dataclass with eq and no hash)."""

    number: int


@pytest.mark.parametrize(("mode", "concurrency"), MODES)
@pytest.mark.parametrize("wrap", [int, Unnamed], ids=["hashable", "unhashable"])
def test_items_without_an_id_are_compared_whole(
    mode: str, concurrency: int, wrap: Callable[[int], Any]
) -> None:
    listing = ChangingListing(300, adds=3, deletes=3)

    def fetch(skip: int) -> Page:
        data, total = listing.page(skip, 10)
        return Page([wrap(n) for n in data], Pagination(total, skip, 10))

    walked = [item if isinstance(item, int) else item.number for item in walk(fetch, concurrency, mode)]
    assert_whole(walked, listing)


def test_a_plan_keeps_the_ids_of_one_page_however_long_the_walk() -> None:
    plan, skip, served = PagePlan(10), 0, 0
    while True:
        data = list(range(skip, min(skip + 10, 5000)))
        step = plan.take(skip, page(data, total=5000))
        served += len(step.items)
        assert len(plan._yielded) <= 10  # what realignment keeps, and nothing more
        if step.fetch is None:
            break
        skip = step.fetch
    assert served == 5000
