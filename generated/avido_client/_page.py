# avido_client runtime (runtime/_page.py): make generate copies it verbatim; edit it in runtime/.
"""A page of a listing, as users of Stainless SDKs expect it.

The model a listing answers with (`PaginatedRuns`, say) is a `Page` of its items:

    for run in client.runs.list(status="COMPLETED"):   # this page's items, then every page after
        ...
    page = client.runs.list(limit=50)
    if page.has_next_page():
        page = page.get_next_page()                     # the same filters, the next 50
    async for run in await client.runs.alist():         # the async twins: async for, aget_next_page()
        ...

Iterating goes on one page at a time, as the SDK's pages do (`list_all` fetches several
ahead), through the same walk as `list_all`, so it keeps its guarantees when the listing
changes under it (runtime/pagination.py). A page knows how to fetch the next one only when
the client gave it (a page decoded by `from_dict`, or unpickled, is just its items).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

from . import pagination

I = TypeVar("I")  # noqa: E741


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a page needs to go on: where it started, how many items were asked for a page, and
    how to fetch the page at a skip, of a size, with the call's filters and options."""

    skip: int
    limit: int | None  # as asked (None: the server's default)
    listing: str  # how a walk's warnings name it
    fetch: Callable[[int, int | None], Any]
    afetch: Callable[[int, int | None], Awaitable[Any]]


def _reported(page: Any, key: str) -> int | None:
    value = getattr(page.pagination, key, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Page(Generic[I]):
    """The base of the models a listing answers with: `data` (the items) and `pagination` are
    theirs; `_page` is set by the client that fetched it."""

    __slots__ = ("_page",)

    data: Sequence[I]
    pagination: Any
    _page: PageContext  # unset on a page no client fetched (decoded by from_dict, or unpickled)

    def _context(self) -> PageContext | None:
        context: PageContext | None = getattr(self, "_page", None)
        return context

    def _size(self, context: PageContext) -> int:
        """Items a page holds: as asked, else as the server says it pages, else as this one came."""
        if context.limit is not None:
            return context.limit
        reported = _reported(self, "limit")
        return reported if reported is not None and reported > 0 else max(len(self.data), 1)

    def next_page_skip(self) -> int | None:
        """Where the next page starts (its `skip`), or None when this is the last: by what came
        back (the total, else a page shorter than the page size; an empty page is the last)."""
        context = self._context()
        received = len(self.data)
        if context is None or received == 0:
            return None
        following = context.skip + received
        total = _reported(self, "total")
        if total is not None:
            return following if following < total else None
        return None if received < self._size(context) else following

    def has_next_page(self) -> bool:
        """Whether a page follows this one."""
        return self.next_page_skip() is not None

    def _following(self) -> tuple[PageContext, int]:
        context, skip = self._context(), self.next_page_skip()
        if context is None:
            raise RuntimeError(
                "this page was not fetched by a client (or was unpickled): it can't fetch the next one"
            )
        if skip is None:
            raise RuntimeError("no next page: check has_next_page() before calling get_next_page()")
        return context, skip

    def get_next_page(self) -> Self:
        """The page after this one, with the same filters and page size."""
        context, skip = self._following()
        following: Self = context.fetch(skip, context.limit)
        return following

    async def aget_next_page(self) -> Self:
        """The async twin of `get_next_page`."""
        context, skip = self._following()
        following: Self = await context.afetch(skip, context.limit)
        return following

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each page after it, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[I]:
        """This page's items, then every page after it, one page at a time, each item once even
        when the listing changes (runtime/pagination.py)."""
        context = self._context()
        if context is None or not self.has_next_page():
            yield from self.data
        elif self._size(context) < 2:  # too small to overlap: page after page, as they come
            for page in self.iter_pages():
                yield from page.data
        else:
            size = self._size(context)
            yield from pagination.walk_pages(
                lambda at: context.fetch(at, size),
                size,
                1,
                start=context.skip,
                listing=context.listing,
                first=self,
            )

    async def __aiter__(self) -> AsyncIterator[I]:
        """The async twin of iterating: `async for item in page`."""
        context = self._context()
        if context is None or not self.has_next_page():
            for item in self.data:
                yield item
        elif self._size(context) < 2:
            page = self
            for item in page.data:
                yield item
            while page.has_next_page():
                page = await page.aget_next_page()
                for item in page.data:
                    yield item
        else:
            size = self._size(context)
            async for item in pagination.walk_pages_async(
                lambda at: context.afetch(at, size),
                size,
                1,
                start=context.skip,
                listing=context.listing,
                first=self,
            ):
                yield item
