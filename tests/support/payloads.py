"""Hypothesis strategies for payloads valid against a response schema of the spec.

Built once per schema from the keywords the spec's response schemas use (`type`, one or a list
with `null`; `properties` and `required`; `items`; `enum`; `oneOf`; `format: date-time`;
`minLength`; `minimum`), each a native Hypothesis strategy. hypothesis-jsonschema's
`from_schema` reads any JSON Schema, but merges and canonicalises the schema of every property
again on each draw: on the 45 operations' schemas it took about 4 minutes of the suite for the
same 100 payloads a schema. Objects get unknown extra keys (the spec leaves them open),
optional keys absent, nullable fields null; date-times come in UTC and with offsets, with
fractions or without; lists hold at most `MAX_LIST_ITEMS`. A keyword the builder doesn't know
raises, so a schema it can't honour is never given payloads that only look valid; and every
payload is checked against the schema itself before a test sees it.
"""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator

JSON = Any
# Longer lists take the same code path and only cost time.
MAX_LIST_ITEMS = 3
# Keywords that say nothing about which values are valid.
ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "default"}
KNOWN = ANNOTATIONS | {
    "type",
    "properties",
    "required",
    "items",
    "enum",
    "oneOf",
    "format",
    "minLength",
    "minimum",
}
OFFSETS = ["+00:00", "+02:00", "-05:30", "+14:00"]

any_json: st.SearchStrategy[JSON] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=MAX_LIST_ITEMS) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=5,
)


def _date_time(moment: datetime.datetime, offset: str, digits: int) -> str:
    """RFC 3339 text: the moment, a fraction of `digits` digits (none for 0), and the offset."""
    fraction = f".{moment.microsecond:06d}"[: digits + 1] if digits else ""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + offset


date_times = st.builds(
    _date_time,
    st.datetimes(min_value=datetime.datetime(1970, 1, 2), max_value=datetime.datetime(2200, 1, 1)),
    st.just("Z") | st.sampled_from(OFFSETS),  # as often in UTC as with an offset
    st.sampled_from([0, 3, 6]),
)


def _typed(kind: str, schema: JSON) -> st.SearchStrategy[JSON]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"))
    if kind == "number":
        low = schema.get("minimum")
        return st.integers(min_value=low) | st.floats(min_value=low, allow_nan=False, allow_infinity=False)
    if kind == "string":
        if schema.get("format") == "date-time":
            return date_times
        if "format" in schema:
            raise ValueError(f"no strategy for the string format {schema['format']!r}")
        return st.text(min_size=schema.get("minLength", 0))
    if kind == "array":
        return st.lists(strategy(schema.get("items", {})), max_size=MAX_LIST_ITEMS)
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        known = st.fixed_dictionaries(
            {key: strategy(sub) for key, sub in properties.items() if key in required},
            optional={key: strategy(sub) for key, sub in properties.items() if key not in required},
        )
        unknown = st.dictionaries(st.text().filter(lambda key: key not in properties), any_json, max_size=2)
        return st.builds(lambda extra, given: {**extra, **given}, unknown, known)
    raise ValueError(f"no strategy for the type {kind!r}")


def strategy(schema: JSON) -> st.SearchStrategy[JSON]:
    """Values of one (resolved, $ref-free) schema; the top-level `payloads` checks them."""
    unknown = set(schema) - KNOWN
    if unknown:
        raise ValueError(f"no strategy for the keywords {sorted(unknown)}")
    if "oneOf" in schema:
        return st.one_of([strategy(branch) for branch in schema["oneOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    if kinds is None:
        return any_json
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return st.one_of([_typed(kind, schema) for kind in kinds])


def payloads(schema: JSON) -> st.SearchStrategy[JSON]:
    """Payloads valid against `schema` (a schema of tests/support/spec.py's `json_schema`):
    each is checked by the schema's own validator, so a branch of a `oneOf` that another branch
    also matches is never passed off as valid."""
    validator = OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER)
    return strategy(schema).filter(validator.is_valid)
