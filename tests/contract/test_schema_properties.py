"""Property-based contract: every payload the spec allows decodes and round-trips.

Hypothesis generates schema-valid payloads for each response schema (tests/support/payloads.py:
unknown extra keys, nulls, absent optional keys and date-times with offsets and fractions
included), and the test checks that it saw each of them. Budget: the "ci" profile in
tests/conftest.py, 100 payloads a schema with lists capped at 3 items (longer lists take the
same code path and only cost time): about 30 s for the 45 operations' schemas on a 2-core
machine. HYPOTHESIS_PROFILE=thorough raises it to 2,000 a schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from avido_client import models
from avido_client._decoding import decode
from hypothesis import given
from openapi_schema_validator import OAS31Validator

from tests.support.compare import as_instants
from tests.support.payloads import payloads
from tests.support.spec import JSON, json_schema, operations, resolve
from tools.spec import schema_name


@dataclass(frozen=True)
class Case:
    """A response schema and how the client decodes it: the model, and the envelope key if any."""

    id: str
    schema: JSON
    model: str
    envelope: str | None


def cases() -> list[Case]:
    """Each success body as an operation decodes it (once a model and envelope: operations that
    answer the same schema share a case, named after the first), and each error schema."""
    found: dict[tuple[str, str | None], Case] = {}
    for operation in operations():
        success = operation.success
        if not success.empty:  # an answer without a body has no payload to generate
            assert success.model is not None
            found.setdefault(
                (success.model, success.envelope),
                Case(operation.operation_id, success.schema, success.model, success.envelope),
            )
        for status, response in operation.raw["responses"].items():
            if status != success.status:
                schema = resolve(response)["content"]["application/json"]["schema"]
                found[(schema_name(schema), None)] = Case(
                    schema_name(schema), schema, schema_name(schema), None
                )
    return sorted(found.values(), key=lambda case: case.id)


def variants_in(schema: JSON, value: JSON, seen: set[str]) -> None:
    """Add to `seen` the realistic variants `value` shows, walking it with its schema."""
    if not isinstance(schema, dict):
        return
    for keyword in ("oneOf", "anyOf"):
        for branch in schema.get(keyword, []):
            variants_in(branch, value, seen)
    if isinstance(value, str) and schema.get("format") == "date-time":
        seen.add("date-time with offset" if value[-6] in "+-" else "date-time in UTC")
        if "." in value:
            seen.add("date-time with fraction")
    elif isinstance(value, dict) and "properties" in schema:
        properties = schema["properties"]
        if set(value) - set(properties):
            seen.add("unknown extra key")
        if set(properties) - set(value):
            seen.add("optional key absent")
        for key, item in value.items():
            if item is None and key in properties:
                seen.add("null in a nullable field")
            variants_in(properties.get(key), item, seen)
    elif isinstance(value, list):
        for item in value:
            variants_in(schema.get("items"), item, seen)


CASES = cases()


def possible_variants(schema: JSON, found: set[str] | None = None) -> set[str]:
    """The realistic variants a schema's payloads can show (what `variants_in` looks for)."""
    found = set() if found is None else found
    if not isinstance(schema, dict):
        return found
    for keyword in ("oneOf", "anyOf"):
        for branch in schema.get(keyword, []):
            possible_variants(branch, found)
    if schema.get("format") == "date-time":
        found |= {"date-time with offset", "date-time in UTC", "date-time with fraction"}
    properties = schema.get("properties", {})
    if properties:
        if schema.get("additionalProperties", True) is not False:
            found.add("unknown extra key")
        if set(properties) - set(schema.get("required", [])):
            found.add("optional key absent")
    for sub in properties.values():
        types = sub.get("type")
        untyped = not set(sub) & {"type", "oneOf", "anyOf", "enum", "properties", "items"}
        nullable = types == "null" or (isinstance(types, list) and "null" in types)
        if untyped or nullable or any(b.get("type") == "null" for b in sub.get("oneOf", [])):
            found.add("null in a nullable field")
        possible_variants(sub, found)
    if "items" in schema:
        possible_variants(schema["items"], found)
    return found


def test_every_success_body_has_a_case() -> None:
    covered = {(case.model, case.envelope) for case in CASES}
    for operation in operations():
        if not operation.success.empty:
            assert (operation.success.model, operation.success.envelope) in covered, operation.operation_id


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_schema_valid_payloads_decode_and_round_trip(case: Case) -> None:
    """Through the client's own decoding of a response, as an operation decodes its body."""
    schema = json_schema(case.schema)
    model = getattr(models, case.model)
    returned_schema = json_schema(case.model)
    validator = OAS31Validator(returned_schema, format_checker=OAS31Validator.FORMAT_CHECKER)
    seen: set[str] = set()

    @given(payload=payloads(schema))
    def round_trips(payload: Any) -> None:
        variants_in(schema, payload, seen)
        inner = payload
        if case.envelope and isinstance(payload, dict) and case.envelope in payload:
            seen.add("enveloped")
            inner = payload[case.envelope]
        encoded = decode(model, httpx.Response(200, json=payload), envelope=case.envelope).to_dict()
        assert as_instants(returned_schema, encoded) == as_instants(returned_schema, inner)
        # What the client writes back is itself a valid payload.
        validator.validate(encoded)

    round_trips()
    expected = possible_variants(schema) | ({"enveloped"} if case.envelope else set())
    assert expected <= seen, f"never generated: {expected - seen}"
