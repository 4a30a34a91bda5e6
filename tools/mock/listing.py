"""A listing served by the mock: a collection's records (tools/mock/sandbox.py), filtered,
ordered and paged as the query asks.

A filter matches the item's key of the same name (`status`, `traceId`, `runType`...; `taskId`
also matches `task.id`, `tagId` the `id` of one of `tags`), any of its items where it is
comma-separated; an item with no field a filter reads is kept (a source without `status`),
unless the filter reads lists (`tags`) and other items have one: it has none; `startDate`/`endDate` bound
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
            # An item without the list a filter reads (`tags`) has none, where any item has one.
            lists = any(isinstance(field(item, name), list) and name not in item for item in items)
            items = [item for item in items if matches(item, name, wanted, lists=lists)]
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


_NONE: Any = object()  # an item with no field a filter could match


def field(item: dict[str, Any], name: str) -> Any:
    """What a filter `name` reads of an item: its key of that name; for `xId`, the `id` of its
    object `x`, or its list `xs` (`tagId` reads `tags`); _NONE when it has none of these."""
    if name in item:
        return item[name]
    base = name.removesuffix("Id") if name.endswith("Id") else None
    nested = item.get(base) if base else None
    if isinstance(nested, dict) and "id" in nested:
        return nested["id"]
    listed = item.get(base + "s") if base else None
    return listed if isinstance(listed, list) else _NONE


def matches(item: dict[str, Any], name: str, wanted: set[str], *, lists: bool = False) -> bool:
    """Whether the item's field for the filter (`field`) is one wanted, or, a list, lists one. An
    item with no such field is kept (a source that doesn't say), unless the filter reads `lists`."""
    value = field(item, name)
    if value is _NONE:
        return not lists
    if isinstance(value, list) and name not in item:
        return any(listed_key(entry) in wanted for entry in value)
    return _text(value) in wanted


def listed_key(entry: Any) -> str | None:
    """The id of a listed record: its own, or that of the one record it wraps (`{label: {id}}`)."""
    if not isinstance(entry, dict):
        return None
    if "id" in entry:
        return str(entry["id"])
    inner = [value for value in entry.values() if isinstance(value, dict) and "id" in value]
    return str(inner[0]["id"]) if len(inner) == 1 else None


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
