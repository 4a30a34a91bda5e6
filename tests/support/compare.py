"""How a decoded-then-encoded payload is compared with the payload it came from.

The rule: date-time values are compared as instants, everything else as JSON
values. `to_dict()` writes a date-time with `datetime.isoformat()`, so
"2024-01-05T12:34:56.789Z" comes back as "2024-01-05T12:34:56.789000+00:00":
the same instant, other text. Precision is Python's, microseconds: digits past
the sixth are dropped on decoding. Which strings are date-times is read from the
schema (`format: date-time`), never guessed from the text.
"""

from __future__ import annotations

import datetime
from typing import Any

JSON = Any


def as_instants(schema: JSON, value: JSON) -> JSON:
    """Return `value` with every date-time the schema declares parsed to a datetime."""
    if value is None or not isinstance(schema, dict):
        return value
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return as_instants(_branch_for(schema[keyword], value), value)
    if isinstance(value, str) and schema.get("format") == "date-time":
        return datetime.datetime.fromisoformat(value)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {k: as_instants(properties.get(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_instants(schema.get("items"), item) for item in value]
    return value


def _branch_for(branches: list[JSON], value: JSON) -> JSON:
    """The branch of a oneOf/anyOf whose type fits the value (the spec's unions differ by type)."""
    kinds: dict[type, str] = {dict: "object", list: "array", str: "string"}
    kind = kinds.get(type(value))
    for branch in branches:
        types = branch.get("type")
        if types == kind or (isinstance(types, list) and kind in types):
            return branch
    return None
