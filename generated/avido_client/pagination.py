# avido_client runtime (runtime/pagination.py): make generate copies it verbatim; edit it in runtime/.
"""Walking every page of a listing: one plan, a sync walker and an async one.

`PagePlan` decides which `skip` to ask for and when the walk ends; the walkers only fetch
and yield. A wrong `total` can neither loop nor ask for a page twice: the walk ends at the
first short or empty page, or once `skip` reaches the total (when the server gives one).
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar


class Page(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...
    @property
    def pagination(self) -> Any: ...


P = TypeVar("P", bound=Page)


class PagePlan:
    """Which pages a walk asks for, `limit` items at a time from skip 0."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be 1 or more")
        self.limit = limit

    @staticmethod
    def total(page: Page) -> int | None:
        """The server's total, when the page says (the spec makes every pagination key optional)."""
        total = getattr(page.pagination, "total", None)
        return total if isinstance(total, int) and not isinstance(total, bool) else None

    def is_last(self, page: Page, skip: int) -> bool:
        """Whether the page at `skip` ends the walk: it is short, or the total is reached."""
        total = self.total(page)
        return len(page.data) < self.limit or (total is not None and skip + self.limit >= total)

    def after_first(self, first: Page) -> Iterator[int]:
        """The skips after the first page: up to its total, or on until a page comes back short."""
        total = self.total(first)
        if total is not None:
            return iter(range(self.limit, total, self.limit))
        return itertools.count(self.limit, self.limit)


def walk_pages(fetch: Callable[[int], P], limit: int) -> Iterator[Any]:
    """Every item of every page, in order, one page at a time."""
    plan = PagePlan(limit)
    skip = 0
    while True:
        page = fetch(skip)
        yield from page.data
        if plan.is_last(page, skip):
            return
        skip += limit


async def walk_pages_async(
    fetch: Callable[[int], Awaitable[P]], limit: int, concurrency: int
) -> AsyncIterator[Any]:
    """Like `walk_pages`, fetching up to `concurrency` pages at once once the first page is in.

    Items come out in order; at most `concurrency` pages are held (in flight or waiting to be
    yielded). Pages still in flight when the walk ends, or is closed early, are cancelled.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be 1 or more")
    plan = PagePlan(limit)
    first = await fetch(0)
    for item in first.data:
        yield item
    if plan.is_last(first, 0):
        return
    skips = plan.after_first(first)
    pending: deque[asyncio.Future[P]] = deque()
    try:
        for skip in skips:
            pending.append(asyncio.ensure_future(fetch(skip)))
            if len(pending) == concurrency:
                break
        while pending:
            page = await pending.popleft()
            for item in page.data:
                yield item
            if len(page.data) < limit:
                return
            next_skip = next(skips, None)
            if next_skip is not None:
                pending.append(asyncio.ensure_future(fetch(next_skip)))
    finally:
        for future in pending:
            future.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
