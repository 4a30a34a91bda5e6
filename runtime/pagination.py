# avido_client runtime (runtime/pagination.py): make generate copies it verbatim; edit it in runtime/.
"""Walking every page of a listing: one plan, a sync walker and an async one, both fetching
ahead on the same schedule (`_Ahead`), on threads or on the event loop.

`PagePlan` decides where the next page starts and when the walk ends; the walkers only
fetch and yield. The plan walks by what came back, not by what was asked: a server that
sends fewer items than `limit` before its total is reached is asked on from where its
page ended (nothing is lost), every page must advance (no endless loop), and a page that
doesn't start where it was asked to (its `skip`, or the same first item as the page
before) ends the walk with a PaginationError (nothing is yielded twice).
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from concurrent.futures import Future
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar

from ._retry import abandoned_when
from .errors import PaginationError


class Page(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...
    @property
    def pagination(self) -> Any: ...


P = TypeVar("P", bound=Page)
H = TypeVar("H")  # a page being fetched: a thread's future or an asyncio task


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


class _Ahead(Generic[H]):
    """The pages fetched ahead of the one being yielded, for both walkers (only the I/O differs).

    Once the first page gives the total and the server's page size, the rest are planned at
    that step; up to `concurrency` are started, in order, and each page taken starts the next
    one before it is read, so `concurrency` pages stay in flight and at most `concurrency + 1`
    are held (the one being read). `start` begins fetching a page and returns its handle (a
    thread's future, an asyncio task).
    """

    def __init__(self, plan: PagePlan, first: Page, concurrency: int, start: Callable[[int], H]) -> None:
        skip, total = plan.next_skip(first, 0), plan.total(first)
        self.step = len(first.data)
        planned = range(0)
        if skip is not None and total is not None and concurrency > 1:
            planned = range(skip, total, self.step)
        self._skips = iter(planned)
        self._start = start
        self._pending: deque[tuple[int, H]] = deque(
            (at, start(at)) for at in islice(self._skips, concurrency)
        )

    def take(self) -> tuple[int, H] | None:
        """The next page's skip and handle, in order; None when none is planned."""
        return self._pending.popleft() if self._pending else None

    def went_on(self, planned: int, skip: int | None) -> bool:
        """The page at `planned` is in and the walk goes on at `skip`: start the next planned
        page if the plan still holds. False when it doesn't (a short page: the walk goes on one
        page at a time from `skip`) or the walk is over."""
        if skip is None or skip != planned + self.step:
            return False
        following = next(self._skips, None)
        if following is not None:
            self._pending.append((following, self._start(following)))
        return True

    def abandon(self) -> list[H]:
        """The handles of the pages still planned, no longer wanted."""
        handles = [handle for _, handle in self._pending]
        self._pending.clear()
        return handles


def _check_concurrency(concurrency: int) -> None:
    if concurrency < 1:
        raise ValueError("concurrency must be 1 or more")


class _PageThreads(Generic[P]):
    """Up to `size` threads fetching the pages of one walk, started as pages are asked for.

    Daemon threads, unlike ThreadPoolExecutor's: a walk abandoned with requests in flight
    never holds up the interpreter's exit; those requests finish (within the client's
    timeout, and without retries) and their pages are dropped. A page cancelled before its
    thread takes it up is never asked for.
    """

    def __init__(self, size: int, fetch: Callable[[int], P]) -> None:
        self._size = size
        self._fetch = fetch
        self._jobs: queue.SimpleQueue[tuple[int, Future[P]] | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._stopped = threading.Event()

    def submit(self, skip: int) -> Future[P]:
        future: Future[P] = Future()
        self._jobs.put((skip, future))
        if len(self._threads) < self._size:
            thread = threading.Thread(
                target=self._work, name=f"avido_client-page-{len(self._threads)}", daemon=True
            )
            self._threads.append(thread)
            thread.start()
        return future

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            skip, future = job
            if not future.set_running_or_notify_cancel():
                continue  # cancelled before it started
            try:
                with abandoned_when(self._stopped):  # no retry for a page nobody will read
                    page = self._fetch(skip)
            except BaseException as error:  # handed to the walk, which raises it in order
                future.set_exception(error)
            else:
                future.set_result(page)

    def close(self) -> None:
        """Let each thread end once its current attempt (if any) is done."""
        self._stopped.set()
        for _ in self._threads:
            self._jobs.put(None)


def walk_pages(fetch: Callable[[int], P], limit: int, concurrency: int = 1) -> Generator[Any]:
    """Every item of every page, in order; once the first page is in, up to `concurrency` pages
    are fetched at once on threads (`_PageThreads`) while the walk reads the one before them.

    Closing the iterator early (or an error) cancels the pages not yet started; those already
    being fetched finish in the background and are dropped.
    """
    _check_concurrency(concurrency)
    plan = PagePlan(limit)
    previous = fetch(0)
    plan.check(previous, 0, None)
    skip = plan.next_skip(previous, 0)
    if skip is not None and concurrency > 1:
        threads = _PageThreads(concurrency, fetch)
        ahead = _Ahead(plan, previous, concurrency, threads.submit)  # fetching while the first is read
        try:
            yield from previous.data
            while (job := ahead.take()) is not None:
                planned, future = job
                page = future.result()
                plan.check(page, planned, previous)
                previous, skip = page, plan.next_skip(page, planned)
                going_on = ahead.went_on(planned, skip)  # the next page starts before this one is read
                yield from page.data
                if not going_on:
                    break
        finally:
            for future in ahead.abandon():
                future.cancel()
            threads.close()
    else:
        yield from previous.data
    while skip is not None:
        page = fetch(skip)
        plan.check(page, skip, previous)
        yield from page.data
        previous, skip = page, plan.next_skip(page, skip)


async def walk_pages_async(
    fetch: Callable[[int], Awaitable[P]], limit: int, concurrency: int
) -> AsyncGenerator[Any]:
    """The async twin of `walk_pages`: the pages ahead are tasks on the running loop, cancelled
    when the walk ends or is closed early."""
    _check_concurrency(concurrency)
    plan = PagePlan(limit)
    previous = await fetch(0)
    plan.check(previous, 0, None)
    skip = plan.next_skip(previous, 0)
    if skip is not None and concurrency > 1:
        ahead = _Ahead(plan, previous, concurrency, lambda planned: asyncio.ensure_future(fetch(planned)))
        try:
            for item in previous.data:
                yield item
            while (job := ahead.take()) is not None:
                planned, future = job
                page = await future
                plan.check(page, planned, previous)
                previous, skip = page, plan.next_skip(page, planned)
                going_on = ahead.went_on(planned, skip)
                for item in page.data:
                    yield item
                if not going_on:
                    break
        finally:
            abandoned = ahead.abandon()
            for future in abandoned:
                future.cancel()
            await asyncio.gather(*abandoned, return_exceptions=True)
    else:
        for item in previous.data:
            yield item
    while skip is not None:
        page = await fetch(skip)
        plan.check(page, skip, previous)
        for item in page.data:
            yield item
        previous, skip = page, plan.next_skip(page, skip)
