"""A newest-first listing that changes between the pages it serves, as a live platform's does.

Items are numbers, the newest the highest, listed newest first. Before each page after the
first is served, the listing adds `adds` new items (at the front: the newest) and deletes
`deletes` items that were already served: the last item of the page served just before (a
walk's anchor for the page after it) and the ones just before it. `wipe_before` deletes every
item served so far before the request of that number (1 is the second request), so no item a
walk yielded on its last page is listed any more. Everything is decided by the order of the
requests, nothing by time.

`respond` serves it over tools/loopback.py (runs with ids "run_<number>"); `page` serves it
to the runtime's walkers directly.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

from tools.loopback import CannedResponse, RecordedRequest


@dataclass
class ChangingListing:
    size: int
    adds: int = 0
    deletes: int = 0
    wipe_before: int | None = None
    template: dict[str, Any] = field(default_factory=dict)
    items: list[int] = field(init=False)  # newest first
    asked: list[int] = field(init=False, default_factory=list)  # the skip of each request, in order
    deleted: set[int] = field(init=False, default_factory=set)
    _served: list[int] = field(init=False, default_factory=list)  # every item served, in order
    _previous: list[int] = field(init=False, default_factory=list)  # the page served last
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _next: int = field(init=False, default=0)  # the number the next item added gets

    def __post_init__(self) -> None:
        self.items = list(range(self.size - 1, -1, -1))
        self._next = self.size

    def page(self, skip: int, limit: int) -> tuple[list[int], int]:
        """The items at `skip` (at most `limit`) and the total, after this request's changes."""
        with self._lock:
            if self.asked:
                self._change(len(self.asked))
            self.asked.append(skip)
            data = self.items[skip : skip + limit]
            self._previous = data
            self._served.extend(data)
            return data, len(self.items)

    def _change(self, request: int) -> None:
        created = list(range(self._next + self.adds - 1, self._next - 1, -1))
        self._next += self.adds
        gone = set(self._previous[len(self._previous) - self.deletes :] if self.deletes else [])
        if request == self.wipe_before:
            gone |= set(self._served)
        self.deleted |= gone
        self.items = created + [item for item in self.items if item not in gone]

    def survivors(self) -> list[int]:
        """The items listed at the start and never deleted, in the listing's order."""
        return [item for item in range(self.size - 1, -1, -1) if item not in self.deleted]

    def respond(self, request: RecordedRequest) -> CannedResponse:
        """The page a request asks for, as the API sends it: runs with ids "run_<number>"."""
        skip, limit = int(request.query["skip"][0]), int(request.query["limit"][0])
        data, total = self.page(skip, limit)
        body = {
            "data": [{**self.template, "id": f"run_{item}"} for item in data],
            "pagination": {"skip": skip, "limit": limit, "total": total, "totalPages": -(-total // limit)},
        }
        return CannedResponse(body=json.dumps(body).encode())


# The changes the walks are tested against: (items at the start, added and deleted before each
# page after the first).
CHANGES: dict[str, tuple[int, int, int]] = {
    # 7 items added before each page: walks that go by skip alone yield 35 of 500 twice.
    "added": (500, 7, 0),
    # 7 items already served (the anchor of the next page among them) deleted before each page:
    # walks that go by skip alone skip 63 of the 937 items listed throughout, and say nothing.
    "deleted": (1000, 0, 7),
    "added-and-deleted": (1000, 7, 7),
    "more-deleted-than-added": (1000, 3, 12),
    "many-added": (1000, 60, 0),
}


def changing(change: str, **options: Any) -> ChangingListing:
    """The listing of one of CHANGES."""
    size, adds, deletes = CHANGES[change]
    return ChangingListing(size, adds=adds, deletes=deletes, **options)


def number(run_id: str) -> int:
    """The item a run's id names."""
    return int(run_id.removeprefix("run_"))
