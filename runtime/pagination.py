# avido_client runtime (runtime/pagination.py): make generate copies it verbatim; edit it in runtime/.
"""Walking every page of a listing that may change while it is walked: one plan, a sync walker
and an async one, both fetching ahead on the same schedule (`_Ahead`), on threads or on the
event loop. `PagePlan` holds the policy; the walkers only fetch and yield.

The guarantee: a walk never yields an item twice, and never skips an item listed for the
whole walk without saying so. Where it can't prove it skipped nothing, it logs one warning
on the `avido_client` logger and warns with `PaginationWarning`, or, `strict`, raises
`PaginationError` with the skip where it stopped. Items are told apart by their `id` (every
list item of the spec has one); an item without a string or integer `id` is compared whole,
so one that changes between pages counts as another.

How: every page after the first is asked for from the place of the last item yielded (the
anchor), so pages overlap by one item (`limit - 1` new items a page), and is checked
against the keys of the last `limit` items yielded, all the plan keeps:
- the anchor first: nothing moved, the rest is new;
- the anchor further on: items were added before it; what precedes it is dropped;
- the anchor gone but an earlier item yielded found: the anchor was deleted; the walk goes on
  after the latest item yielded still listed;
- none found: items before the anchor were deleted (or many added). The page is held and
  the plan searches, one request at a time (at most MAX_SEARCHES): where the change in
  `total` since the anchor's page says the anchor went, then the page ending where it was.
  Found: what follows it is yielded, then the page held from there if it goes on from it.
  Not found (every item of the last page yielded deleted, or moved further than a page):
  the walk says so and goes on with the page held.
An item yielded recently is never yielded again; one yielded earlier lies before the
anchor, which realigning never goes back past.

The limits: the listing keeps its order (newest first: items are added and deleted
anywhere, not reordered); items added or deleted during the walk may or may not be yielded
(and an item added where a deleted anchor was may come a little out of place); after a
warning, items may have been skipped, or, if more than a page was also added before the
walk's place, repeated. A listing that grows ahead of the walk as fast as it reads (pages
bringing nothing new MAX_IDLE_PAGES times in a row) ends it with PaginationError.

Kept from before: the plan walks by what came back, not by what was asked: a server that
sends fewer items than `limit` before its total is reached is asked on from where its page
ended (nothing is lost); a page that doesn't start where it was asked to (its `skip`, or,
when it doesn't say, the same first item as the page before) ends the walk with a
PaginationError; the walk ends at its total, at a page with nothing after the anchor, or,
without a total, at a page shorter than the server's page size.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import warnings
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from ._retry import abandoned_when
from .errors import PaginationError, PaginationWarning

logger = logging.getLogger("avido_client")

# The most pages a realignment asks for on its own before it gives up (and says so).
MAX_SEARCHES = 3
# A walk whose pages bring nothing new this many times in a row is chasing a listing that
# grows ahead of it as fast as it reads: it stops rather than ask on for ever.
MAX_IDLE_PAGES = 10


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


def _key(item: Any) -> Any:
    """What tells an item from another: its `id`, or, without one, the item itself."""
    key = getattr(item, "id", None)
    if type(key) is str:  # the usual case, first
        return key
    return key if isinstance(key, (str, int)) and not isinstance(key, bool) else item


def _position(keys: Sequence[Any], key: Any) -> int | None:
    for index, candidate in enumerate(keys):
        if candidate == key:
            return index
    return None


class _Yielded:
    """The keys of the last `size` items yielded, oldest first: all a realignment looks for."""

    def __init__(self, size: int) -> None:
        self._keys: deque[Any] = deque(maxlen=size)
        self._hashed: set[Any] = set()

    def __len__(self) -> int:
        return len(self._keys)

    def last(self) -> Any:
        return self._keys[-1]

    def add(self, key: Any) -> bool:
        """Keep `key` as yielded; False, keeping nothing, when it is among those kept already.
        (On every item of every page, so ids, strings, go the short way.)"""
        hashable = type(key) is str or _hashable(key)
        if key in self._hashed if hashable else _position(self._keys, key) is not None:
            return False
        keys = self._keys
        if len(keys) == keys.maxlen:
            evicted = keys[0]
            if type(evicted) is str or _hashable(evicted):
                self._hashed.discard(evicted)
        keys.append(key)
        if hashable:
            self._hashed.add(key)
        return True

    def latest_in(self, keys: Sequence[Any]) -> int | None:
        """Where in `keys` (a page's) the latest item yielded that it holds is; None if none is."""
        if not self._keys:
            return None
        if keys and keys[0] == self._keys[-1]:  # the anchor where it should be: nothing moved
            return 0
        try:
            where: dict[Any, int] | None = {key: index for index, key in enumerate(keys)}
        except TypeError:
            where = None
        for key in reversed(self._keys):
            found = where.get(key) if where is not None and _hashable(key) else _position(keys, key)
            if found is not None:
                return found
        return None


def _hashable(key: Any) -> bool:
    try:
        hash(key)
    except TypeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Step:
    """What a walk does after a page: yield `items`, then fetch the page at `fetch` (None: the
    walk is over); `search` marks a page the plan asks for to find its place, fetched on its own.
    `lost` is the warning to give when the walk could not prove it skipped nothing."""

    items: list[Any] = field(default_factory=list)
    fetch: int | None = None
    search: bool = False
    lost: PaginationWarning | None = None


@dataclass(slots=True)
class _Held:
    """A page that didn't hold the anchor, kept while the plan searches for its place."""

    skip: int
    page: Page
    keys: list[Any]
    tried: list[tuple[int, int, int | None]]  # each page looked at: skip, length, total


class PagePlan:
    """Which pages a walk asks for (`limit` items at a time from `start`), what of each it
    yields, and where it goes on; the walkers only fetch and yield (see the module's docstring)."""

    def __init__(self, limit: int, *, start: int = 0, strict: bool = False, listing: str = "listing") -> None:
        if limit < 2:
            raise ValueError("limit must be 2 or more: each page overlaps the one before by an item")
        if isinstance(start, bool) or not isinstance(start, int) or start < 0:
            raise ValueError("start (skip) must be an integer, 0 or more")
        self.limit = limit
        self.start = start
        self.strict = strict
        self.listing = listing
        self._yielded = _Yielded(limit)
        self._width: int | None = None  # the first page's length: a full page from this server
        self._total: int | None = None  # the total of the last page taken
        self._full = False  # whether the last page taken was a full one
        self._first: tuple[int, Any, int | None] | None = None  # the last page's skip, first key, total
        self._idle = 0  # pages in a row that brought nothing new
        self._held: _Held | None = None

    @staticmethod
    def total(page: Page) -> int | None:
        return _reported(page, "total")

    def take(self, skip: int, page: Page) -> Step:
        """What to yield of the page at `skip`, and what to fetch next. Raises PaginationError
        when the page is not the one asked for (or, strict, when the walk loses its place)."""
        reported = _reported(page, "skip")
        if reported is not None and reported != skip:
            raise PaginationError(f"asked for the page at skip {skip}, got the one at {reported}", skip=skip)
        keys = [_key(item) for item in page.data]
        if self._held is not None:
            return self._searched(skip, page, keys, self._held)
        if reported is None and self._repeated(skip, keys, self.total(page)):
            raise PaginationError(
                f"the page at skip {skip} starts with the same item as the page before it: "
                "the server is not honouring skip",
                skip=skip,
            )
        self._first = (skip, keys[0], self.total(page)) if keys else None
        if self._width is None:  # the first page: nothing to anchor on yet
            self._width = len(keys)
            return self._advance(skip, page, keys, -1)
        index = self._yielded.latest_in(keys)
        if index is not None:
            return self._advance(skip, page, keys, index)
        held = _Held(skip, page, keys, [(skip, len(keys), self.total(page))])
        self._held = held
        return self._search(held)

    def _repeated(self, skip: int, keys: list[Any], total: int | None) -> bool:
        """Whether the page at `skip`, which doesn't say where it starts, is the page before it
        again: the same first item, at another skip, and not because as many items were added
        before it (as the total says). A page that says where it starts is taken at its word:
        should it be the page before again, it brings nothing new, and a walk whose pages bring
        nothing new for long stops (MAX_IDLE_PAGES)."""
        if self._first is None or not keys:
            return False
        at, first, before = self._first
        if at == skip or keys[0] != first:
            return False
        return total is None or before is None or total - before < skip - at

    def schedule(self, skip: int) -> range:
        """The pages to fetch ahead from `skip` on, as planned when the walk goes as the last page
        says (empty when it gives no total, or was short: the walk goes a page at a time)."""
        if self._width is None or self._width < 2 or self._total is None or not self._full:
            return range(0)
        return range(skip, self._total - 1, self._width - 1)

    def _advance(self, skip: int, page: Page, keys: list[Any], index: int) -> Step:
        """Yield what follows `index` (-1: the whole page) that wasn't yielded, and go on."""
        data = page.data
        fresh = zip(data[index + 1 :], keys[index + 1 :], strict=True)
        items = [item for item, key in fresh if self._yielded.add(key)]
        self._idle = 0 if items else self._idle + 1
        if self._idle >= MAX_IDLE_PAGES:
            raise PaginationError(
                f"{self.listing}: {self._idle} pages in a row brought nothing new: items are added "
                "ahead of the walk as fast as it reads them",
                skip=skip,
            )
        self._total = self.total(page)
        self._full = self._width is not None and len(data) >= self._width
        return Step(items, self._following(skip, page, index))

    def _following(self, skip: int, page: Page, index: int) -> int | None:
        """Where the page after the one at `skip` starts (at its last item), or None when the walk
        is over; `index` is where the page's anchor is (-1: it has none)."""
        received = len(page.data)
        if received == 0:
            return None
        if index == received - 1:  # nothing after the anchor
            short = received < (self._width or 0)
            if received == 1 or short:
                if received == 1 and _reported(page, "limit") == 1 and (self.total(page) or 0) > skip + 1:
                    raise PaginationError(
                        "the server sends one item a page, too few to check where each page starts",
                        skip=skip,
                    )
                return None  # the listing ends where the walk is
        following = skip + received
        total = self.total(page)
        if total is not None:
            return following - 1 if following < total else None
        # No total: a page shorter than the server's own page size is the last; without even
        # that, the page holding nothing after the anchor is (one request more than needed).
        page_size = _reported(page, "limit")
        if page_size is not None and received < min(page_size, self.limit):
            return None
        return following - 1

    # --- realigning ------------------------------------------------------------------------------

    def _search(self, held: _Held) -> Step:
        at = self._next_search(held)
        return Step(fetch=at, search=True) if at is not None else self._lose(held)

    def _next_search(self, held: _Held) -> int | None:
        """The next page to look for the walk's place in, or None when none is left to try."""
        if len(held.tried) > MAX_SEARCHES:
            return None
        tried = {at for at, _, _ in held.tried}
        proposals = []
        _, _, latest_total = held.tried[-1]
        anchored_total = self._total
        if latest_total is not None and anchored_total is not None:
            # Where the anchor is if every change since its page was before it: the usual case
            # in a newest-first listing (runs created, or recent ones deleted).
            shift = latest_total - anchored_total
            expected = held.skip + shift
            if not any(at <= expected < at + length for at, length, _ in held.tried):
                margin = (self.limit - 1) // 4  # the rest of the page towards where it drifts
                back = expected - (self.limit - 1) + margin if shift < 0 else expected - margin
                proposals.append(max(0, back))
        proposals.append(max(0, held.skip - (self.limit - 1)))  # the page ending where it was
        return next((at for at in proposals if at not in tried), None)

    def _searched(self, skip: int, page: Page, keys: list[Any], held: _Held) -> Step:
        """A page asked for to find the walk's place; then the page held, if it goes on from it."""
        held.tried.append((skip, len(keys), self.total(page)))
        index = self._yielded.latest_in(keys)
        if index is None:
            return self._search(held)
        self._held = None
        self._first = (skip, keys[0], self.total(page))
        found = self._advance(skip, page, keys, index)
        again = self._yielded.latest_in(held.keys)
        if again is None or held.keys[again] != self._yielded.last():
            return found  # the page held doesn't go on from here: on from the one found
        self._first = (held.skip, held.keys[0], self.total(held.page))
        rest = self._advance(held.skip, held.page, held.keys, again)
        return Step(found.items + rest.items, rest.fetch)

    def _lose(self, held: _Held) -> Step:
        """No item recently yielded is to be found: say so (or raise), and go on with the page held."""
        self._held = None
        message = (
            f"{self.listing}: the walk lost its place at skip {held.skip:,}: none of the last "
            f"{len(self._yielded)} items it yielded is listed near there any more (the listing "
            "changed under the walk), so items listed since the start may have been skipped; "
            f"it goes on from skip {held.skip:,}"
        )
        if self.strict:
            raise PaginationError(message, skip=held.skip)
        step = self._advance(held.skip, held.page, held.keys, -1)
        return Step(step.items, step.fetch, lost=PaginationWarning(message, skip=held.skip))


def _report(step: Step) -> None:
    """Log and warn that a walk could not prove it skipped nothing (the caller's frame blamed)."""
    if step.lost is not None:
        logger.warning("%s", step.lost)
        warnings.warn(step.lost, stacklevel=3)


class _Ahead(Generic[H]):
    """The pages fetched ahead of the one being yielded, for both walkers (only the I/O differs).

    `plan` starts fetching the pages of a schedule, up to `concurrency` at once, in order; each
    page taken, once in and on schedule, starts the next (`refill`) before it is read, so
    `concurrency` pages stay in flight and at most `concurrency + 1` are held (the one being
    read). `start` begins fetching a page and returns its handle (a thread's future, an
    asyncio task).
    """

    def __init__(self, concurrency: int, start: Callable[[int], H]) -> None:
        self._concurrency = concurrency
        self._start = start
        self._planned = range(0)
        self._next = 0  # the index in _planned of the next page to start
        self._pending: deque[tuple[int, H]] = deque()

    def plan(self, skips: range) -> None:
        """Fetch these pages, in order, `concurrency` at a time (after any already pending)."""
        self._planned, self._next = skips, 0
        while len(self._pending) < self._concurrency and self._start_next():
            pass

    def _start_next(self) -> bool:
        if self._next >= len(self._planned):
            return False
        at = self._planned[self._next]
        self._next += 1
        self._pending.append((at, self._start(at)))
        return True

    def take(self, skip: int) -> H | None:
        """The handle of the page at `skip` if it is the next one fetched ahead, else None."""
        if self._pending and self._pending[0][0] == skip:
            return self._pending.popleft()[1]
        return None

    def refill(self, following: int | None) -> None:
        """The page taken is in and the walk goes on at `following`: start the next planned page
        if the walk is still on schedule (the page it needs next is the next one planned)."""
        if self._pending:
            upcoming: int | None = self._pending[0][0]
        else:
            upcoming = self._planned[self._next] if self._next < len(self._planned) else None
        if following is not None and following == upcoming:
            self._start_next()

    def abandon(self) -> list[H]:
        """The handles of the pages still planned, no longer wanted."""
        handles = [handle for _, handle in self._pending]
        self._pending.clear()
        self._planned, self._next = range(0), 0
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


def walk_pages(
    fetch: Callable[[int], P],
    limit: int,
    concurrency: int = 1,
    *,
    start: int = 0,
    strict: bool = False,
    listing: str = "listing",
    first: P | None = None,
) -> Generator[Any]:
    """Every item of every page from `start` on, in order, each once (see the module's
    docstring); once the first page is in, up to `concurrency` pages are fetched at once on
    threads (`_PageThreads`) while the walk reads the one before them.

    Raises PaginationError when the pages don't add up (or, `strict`, when the walk can't prove
    it skipped nothing; otherwise it warns with PaginationWarning). Closing the iterator early
    (or an error) cancels the pages not yet started; those already being fetched finish in the
    background and are dropped. `first`: the page at `start`, already fetched (a page being
    iterated, runtime/_page.py).
    """
    _check_concurrency(concurrency)
    plan = PagePlan(limit, start=start, strict=strict, listing=listing)
    step = plan.take(start, first if first is not None else fetch(start))
    threads = _PageThreads(concurrency, fetch)
    ahead: _Ahead[Future[P]] = _Ahead(concurrency, threads.submit)
    try:
        if concurrency > 1 and step.fetch is not None:
            ahead.plan(plan.schedule(step.fetch))  # fetching while the first page is read
        while True:
            _report(step)
            yield from step.items
            if (at := step.fetch) is None:
                return
            future = None
            # A search page is fetched here; the walk off the schedule starts a new one from here.
            if concurrency > 1 and not step.search and (future := ahead.take(at)) is None:
                for abandoned in ahead.abandon():
                    abandoned.cancel()
                ahead.plan(plan.schedule(at))
                future = ahead.take(at)
            step = plan.take(at, future.result() if future is not None else fetch(at))
            if future is not None:
                ahead.refill(step.fetch)  # the next page starts before this one is read
    finally:
        for abandoned in ahead.abandon():
            abandoned.cancel()
        threads.close()


async def walk_pages_async(
    fetch: Callable[[int], Awaitable[P]],
    limit: int,
    concurrency: int,
    *,
    start: int = 0,
    strict: bool = False,
    listing: str = "listing",
    first: P | None = None,
) -> AsyncGenerator[Any]:
    """The async twin of `walk_pages`: the pages ahead are tasks on the running loop, cancelled
    when the walk ends or is closed early."""
    _check_concurrency(concurrency)
    plan = PagePlan(limit, start=start, strict=strict, listing=listing)
    step = plan.take(start, first if first is not None else await fetch(start))
    ahead: _Ahead[asyncio.Future[P]] = _Ahead(concurrency, lambda at: asyncio.ensure_future(fetch(at)))
    try:
        if concurrency > 1 and step.fetch is not None:
            ahead.plan(plan.schedule(step.fetch))
        while True:
            _report(step)
            for item in step.items:
                yield item
            if (at := step.fetch) is None:
                return
            task = None
            if concurrency > 1 and not step.search and (task := ahead.take(at)) is None:
                abandoned = ahead.abandon()
                for pending in abandoned:
                    pending.cancel()
                await asyncio.gather(*abandoned, return_exceptions=True)
                ahead.plan(plan.schedule(at))
                task = ahead.take(at)
            step = plan.take(at, await task if task is not None else await fetch(at))
            if task is not None:
                ahead.refill(step.fetch)
    finally:
        abandoned = ahead.abandon()
        for pending in abandoned:
            pending.cancel()
        await asyncio.gather(*abandoned, return_exceptions=True)
