# avido_client runtime (runtime/pagination.py): make generate copies it verbatim; edit it in runtime/.
"""Walking every page of a listing: one plan, a sync walker and an async one.

`PagePlan` decides where the next page starts and when the walk ends; the walkers only
fetch and yield. The plan walks by what came back, not by what was asked: a server that
sends fewer items than `limit` before its total is reached is asked on from where its
page ended (nothing is lost), every page must advance (no endless loop), and a page that
doesn't start where it was asked to (its `skip`, or the same first item as the page
before) ends the walk with a PaginationError (nothing is yielded twice).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from .errors import PaginationError


class Page(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...
    @property
    def pagination(self) -> Any: ...


P = TypeVar("P", bound=Page)


def _reported(page: Page, key: str) -> int | None:
    """A number the page's pagination block gives (the spec makes every key optional)."""
    value = getattr(page.pagination, key, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class PagePlan:
    """Which pages a walk asks for, `limit` items at a time from skip 0."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be 1 or more")
        self.limit = limit

    @staticmethod
    def total(page: Page) -> int | None:
        return _reported(page, "total")

    def check(self, page: Page, skip: int, previous: Page | None) -> None:
        """Raise PaginationError when the page is not the one asked for."""
        reported = _reported(page, "skip")
        if reported is not None and reported != skip:
            raise PaginationError(f"asked for the page at skip {skip}, got the one at {reported}", skip=skip)
        if previous is not None and page.data and previous.data and page.data[0] == previous.data[0]:
            raise PaginationError(
                f"the page at skip {skip} starts with the same item as the page before it: "
                "the server is not honouring skip",
                skip=skip,
            )

    def next_skip(self, page: Page, skip: int) -> int | None:
        """Where the page after the one at `skip` starts, or None when the walk is over."""
        received = len(page.data)
        if received == 0:
            return None
        following = skip + received
        total = self.total(page)
        if total is not None:
            return following if following < total else None
        # No total: a page shorter than the server's own page size is the last; without even
        # that, only an empty page ends the walk (one request more than needed, nothing lost).
        page_size = _reported(page, "limit")
        if page_size is not None and received < min(page_size, self.limit):
            return None
        return following


def walk_pages(fetch: Callable[[int], P], limit: int) -> Iterator[Any]:
    """Every item of every page, in order, one page at a time."""
    plan = PagePlan(limit)
    skip: int | None = 0
    previous: P | None = None
    while skip is not None:
        page = fetch(skip)
        plan.check(page, skip, previous)
        yield from page.data
        previous, skip = page, plan.next_skip(page, skip)


async def walk_pages_async(
    fetch: Callable[[int], Awaitable[P]], limit: int, concurrency: int
) -> AsyncIterator[Any]:
    """Like `walk_pages`, fetching up to `concurrency` pages at once once the first page gives the
    total and the server's page size.

    Items come out in order; at most `concurrency` pages are held (in flight or waiting to be
    yielded). A page that comes back short before the total leaves the rest to be asked for
    one at a time, from where it ended. Pages in flight when the walk ends, or is closed
    early, are cancelled.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be 1 or more")
    plan = PagePlan(limit)
    previous = await fetch(0)
    plan.check(previous, 0, None)
    for item in previous.data:
        yield item
    skip = plan.next_skip(previous, 0)
    total, step = plan.total(previous), len(previous.data)
    if skip is not None and total is not None and concurrency > 1:
        skips = iter(range(skip, total, step))
        pending: deque[tuple[int, asyncio.Future[P]]] = deque()
        try:
            for planned in skips:
                pending.append((planned, asyncio.ensure_future(fetch(planned))))
                if len(pending) == concurrency:
                    break
            while pending:
                planned, future = pending.popleft()
                page = await future
                plan.check(page, planned, previous)
                for item in page.data:
                    yield item
                previous, skip = page, plan.next_skip(page, planned)
                if skip is None or skip != planned + step:
                    break  # over, or the plan no longer holds: on one page at a time from `skip`
                following = next(skips, None)
                if following is not None:
                    pending.append((following, asyncio.ensure_future(fetch(following))))
        finally:
            for _, future in pending:
                future.cancel()
            await asyncio.gather(*(future for _, future in pending), return_exceptions=True)
    while skip is not None:
        page = await fetch(skip)
        plan.check(page, skip, previous)
        for item in page.data:
            yield item
        previous, skip = page, plan.next_skip(page, skip)
