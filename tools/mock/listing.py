"""A listing served by the mock: a collection's records (tools/mock/sandbox.py), filtered,
ordered and paged as the query asks.

A filter matches the item's key of the same name (`status`, `traceId`, `runType`...; `taskId`
also matches `task.id`, `tagId` the `id` of one of `tags`), any of its items where it is
comma-separated, and a filter no item has a key for is ignored; `startDate`/`endDate` bound
`createdAt`; `orderBy`/`orderDir` sort (absent, by their defaults in the spec: newest
first, as is a listing the spec gives no order); `skip`/`limit` cut the page.
"""

from __future__ import annotations

import datetime
import json
import math
from typing import Any

from tools.spec import JSON, Operation

# Query parameters that shape the listing rather than filter it by an item's key.
PAGING = {"skip", "limit", "orderBy", "orderDir", "startDate", "endDate"}


def page(operation: Operation, query: dict[str, list[str]], items: list[dict[str, Any]]) -> dict[str, JSON]:
    """The page of `items` the (already validated, decoded) query asks for, shaped as the
    operation's first example."""
    successes = [e for e in operation.examples() if e.status == operation.success.status]
    declared = {parameter["name"] for parameter in operation.parameters if parameter["in"] == "query"}
    comma = set(operation.comma_separated)
    for name, values in query.items():
        if name in declared and name not in PAGING:
            # Split after decoding, as the API reads what the SDK sends (`status=A%2CB`).
            wanted = {part for value in values for part in value.split(",")} if name in comma else set(values)
            items = [item for item in items if matches(item, name, wanted)]
    since, until = (instant(query[name][0]) if name in query else None for name in ("startDate", "endDate"))
    items = [item for item in items if _within(item.get("createdAt"), since, until)]
    # Absent, the order is the spec's default, as the API's would be; a listing the spec gives no
    # order comes newest first too, so what was just created is on the first page.
    by, direction = (
        operation.parameter_schema(name).get("default", fallback) if name in declared else fallback
        for name, fallback in (("orderBy", "createdAt"), ("orderDir", "desc"))
    )
    key, direction = query.get("orderBy", [by])[0], query.get("orderDir", [direction])[0]
    items = sorted(items, key=lambda item: str(item.get(key, "")), reverse=direction == "desc")
    defaults = {name: operation.parameter_schema(name).get("default", 0) for name in ("skip", "limit")}
    skip, limit = (int(query.get(name, [defaults[name]])[0]) for name in ("skip", "limit"))
    total = len(items)
    pagination = {"skip": skip, "limit": limit, "total": total, "totalPages": math.ceil(total / limit)}
    shape = successes[0].value if successes else {}
    return {**shape, "data": items[skip : skip + limit], "pagination": pagination}


def matches(item: dict[str, Any], name: str, wanted: set[str]) -> bool:
    """Whether the item's value under `name` (or, for `xId`, under `x.id`, or the `id` of one of
    the list `xs`: `tagId` in `tags`) is one wanted; a filter the item has no key for doesn't
    exclude it."""
    if name in item:
        return _text(item[name]) in wanted
    base = name.removesuffix("Id") if name.endswith("Id") else None
    nested = item.get(base) if base else None
    if isinstance(nested, dict) and "id" in nested:
        return str(nested["id"]) in wanted
    listed = item.get(base + "s") if base else None
    if isinstance(listed, list):
        return any(isinstance(entry, dict) and str(entry.get("id")) in wanted for entry in listed)
    return True


def _text(value: Any) -> str:
    """A value as a query string writes it (`true`, not Python's `True`)."""
    return json.dumps(value) if isinstance(value, bool) or value is None else str(value)


def instant(text: str) -> datetime.datetime:
    """An RFC 3339 date-time as an aware datetime. RFC 3339 (5.6) lets `T` and `Z` be lower
    case, which datetime.fromisoformat refuses for `z`."""
    return datetime.datetime.fromisoformat(text.upper())


def _within(created: Any, since: datetime.datetime | None, until: datetime.datetime | None) -> bool:
    if not isinstance(created, str) or (since is None and until is None):
        return True
    when = instant(created)
    return (since is None or when >= since) and (until is None or when <= until)
