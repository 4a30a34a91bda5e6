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

from .pagination import PagePlan

I = TypeVar("I")  # noqa: E741


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a page needs to go on: where it started, how many items were asked for a page, and
    how to fetch (or walk from) a page at a given skip, with the call's filters and options."""

    skip: int
    limit: int | None  # as asked (None: the server's default)
    fetch: Callable[[int], Any]
    afetch: Callable[[int], Awaitable[Any]]
    walk: Callable[[int, int], Iterator[Any]]  # every item from a skip on, pages of a size, one at a time
    awalk: Callable[[int, int], AsyncIterator[Any]]


class Page(Generic[I]):
    """The base of the models a listing answers with: `data` (the items) and `pagination` are
    theirs; `_page` is set by the client that fetched it."""

    __slots__ = ("_page",)

    data: Sequence[I]
    pagination: Any

    def _context(self) -> PageContext | None:
        context: PageContext | None = getattr(self, "_page", None)
        return context

    def _size(self, context: PageContext) -> int:
        """Items a page holds: as asked, else as the server says it pages, else as this one came."""
        reported = getattr(self.pagination, "limit", None)
        if context.limit is not None:
            return context.limit
        return reported if isinstance(reported, int) and reported > 0 else max(len(self.data), 1)

    def _next_skip(self) -> int | None:
        context = self._context()
        if context is None:
            return None
        return PagePlan(self._size(context)).next_skip(self, context.skip)

    def has_next_page(self) -> bool:
        """Whether a page follows this one (by what came back: its total, its size)."""
        return self._next_skip() is not None

    def next_page_skip(self) -> int | None:
        """Where the next page starts (its `skip`), or None when this is the last."""
        return self._next_skip()

    def _following(self) -> tuple[PageContext, int]:
        context, skip = self._context(), self._next_skip()
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
        following: Self = context.fetch(skip)
        return following

    async def aget_next_page(self) -> Self:
        """The async twin of `get_next_page`."""
        context, skip = self._following()
        following: Self = await context.afetch(skip)
        return following

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each page after it, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[I]:  # type: ignore[override]
        """This page's items, then every page after it, one page at a time."""
        yield from self.data
        context, skip = self._context(), self._next_skip()
        if context is not None and skip is not None:
            yield from context.walk(skip, self._size(context))

    async def __aiter__(self) -> AsyncIterator[I]:
        """The async twin of iterating: `async for item in page`."""
        for item in self.data:
            yield item
        context, skip = self._context(), self._next_skip()
        if context is not None and skip is not None:
            async for item in context.awalk(skip, self._size(context)):
                yield item
