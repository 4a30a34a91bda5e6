"""The page plan and the walkers on their own, with pages made in memory (no I/O)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from avido_client.pagination import PagePlan, walk_pages, walk_pages_async


@dataclass
class Pagination:
    total: Any = None


@dataclass
class Page:
    data: list[int]
    pagination: Any = field(default_factory=Pagination)


def listing(
    items: int, total: Any = "truth", pagination: bool = True
) -> tuple[list[int], Callable[[int], Page]]:
    """A fetch over `items` items claiming `total`; and the list of skips it was asked for."""
    asked: list[int] = []

    def fetch(skip: int, limit: int = 10) -> Page:
        asked.append(skip)
        claimed = items if total == "truth" else total
        return Page(list(range(skip, min(skip + limit, items))), Pagination(claimed) if pagination else None)

    return asked, fetch


def test_a_plan_needs_a_positive_limit() -> None:
    with pytest.raises(ValueError, match="limit"):
        PagePlan(0)


@pytest.mark.parametrize(
    ("page", "skip", "last"),
    [
        (Page(list(range(10)), Pagination(100)), 0, False),
        (Page(list(range(10)), Pagination(10)), 0, True),  # the total is reached
        (Page(list(range(10)), Pagination(100)), 90, True),
        (Page(list(range(3)), Pagination(100)), 0, True),  # short
        (Page([], Pagination(100)), 0, True),
        (Page(list(range(10)), None), 0, False),  # no total: only a short page ends it
        (Page(list(range(10)), Pagination(True)), 0, False),  # a boolean is no total
    ],
)
def test_which_page_is_the_last(page: Page, skip: int, last: bool) -> None:
    assert PagePlan(10).is_last(page, skip) is last


def test_the_skips_after_the_first_page() -> None:
    plan = PagePlan(10)
    assert list(plan.after_first(Page(list(range(10)), Pagination(35)))) == [10, 20, 30]
    unbounded = plan.after_first(Page(list(range(10)), None))
    assert [next(unbounded) for _ in range(4)] == [10, 20, 30, 40]


@pytest.mark.parametrize(
    ("items", "total", "pagination", "skips"),
    [
        (25, "truth", True, [0, 10, 20]),
        (30, "truth", True, [0, 10, 20]),  # a full last page: no extra request
        (25, 1000, True, [0, 10, 20]),  # overstated: the short page ends it
        (25, 5, True, [0]),  # understated: ends where it says
        (25, None, False, [0, 10, 20]),  # no pagination block at all
        (30, None, False, [0, 10, 20, 30]),  # ... then an empty page ends it
    ],
)
def test_sync_walk(items: int, total: Any, pagination: bool, skips: list[int]) -> None:
    asked, fetch = listing(items, total, pagination)
    seen = list(walk_pages(fetch, 10))
    assert asked == skips
    assert seen == list(range(min(items, len(skips) * 10)))


@pytest.mark.parametrize("concurrency", [1, 2, 5])
@pytest.mark.parametrize(
    ("items", "total", "pagination"), [(95, "truth", True), (95, 1000, True), (95, None, False)]
)
def test_async_walk_yields_every_item_once_in_order(
    concurrency: int, items: int, total: Any, pagination: bool
) -> None:
    asked, fetch = listing(items, total, pagination)

    async def fetch_async(skip: int) -> Page:
        await asyncio.sleep(0)
        return fetch(skip)

    async def collect() -> list[int]:
        return [item async for item in walk_pages_async(fetch_async, 10, concurrency)]

    assert asyncio.run(collect()) == list(range(items))
    assert len(asked) == len(set(asked))  # no page twice


def test_async_walk_needs_a_positive_concurrency() -> None:
    async def fetch(skip: int) -> Page:
        return Page([])

    async def first() -> Any:
        return await anext(walk_pages_async(fetch, 10, 0))

    with pytest.raises(ValueError, match="concurrency"):
        asyncio.run(first())
