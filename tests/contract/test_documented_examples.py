"""The documented example payloads against the spec and against the generated client.

Each example comes from the Avido reference pages (tests/fixtures/, extracted
verbatim) and is embedded in openapi.yaml as the named example of its response.
"""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import pytest
from avido_client import models
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.response.exceptions import InvalidData

from tests.support.client import client_for
from tests.support.compare import as_instants
from tests.support.server import RecordingServer
from tests.support.spec import FIXTURES, Example, documented_examples, json_schema, read_fixture

EXAMPLES = documented_examples()
IDS = [example.id for example in EXAMPLES]
PATH_ARGUMENTS = {"id": "123e4567-e89b-12d3-a456-426614174000"}


def call_arguments(example: Example) -> dict[str, str]:
    """Path parameters for the operation (the list operations have none)."""
    names = [p["name"] for p in example.operation.parameters if p["in"] == "path"]
    return {name: PATH_ARGUMENTS[name] for name in names}


def request_for(example: Example) -> MockRequest:
    path = example.operation.path.format(**call_arguments(example))
    return MockRequest("https://api.avidoai.com", example.operation.method, path)


def test_every_operation_has_a_documented_example() -> None:
    assert {example.operation.operation_id for example in EXAMPLES} == {"listRuns", "listTests", "getEval"}


def test_every_fixture_is_used_by_the_spec() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.json")) == sorted(e.fixture_path.name for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_spec_embeds_the_documented_example_exactly(example: Example) -> None:
    assert example.value == read_fixture(example.fixture_path)


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_documented_example_is_a_valid_response(example: Example, openapi: OpenAPI) -> None:
    body = example.fixture_path.read_bytes()
    openapi.validate_response(request_for(example), MockResponse(body, status_code=int(example.status)))


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_validator_rejects_the_example_without_a_required_key(example: Example, openapi: OpenAPI) -> None:
    """Shows the validator above is live: the same payload with one required key removed fails."""
    broken: dict[str, Any] = copy.deepcopy(example.value)
    target = broken["data"][0] if "data" in broken else broken
    del target["createdAt"]
    response = MockResponse(json.dumps(broken).encode(), status_code=int(example.status))
    with pytest.raises(InvalidData):
        openapi.validate_response(request_for(example), response)


def fetch(example: Example, base_url: str, mode: str) -> Any:
    """Call the operation's generated `sync` or `asyncio` function against base_url."""
    module, arguments = example.operation.module, call_arguments(example)
    if mode == "sync":
        with client_for(base_url) as client:
            return module.sync(client=client, **arguments)

    async def call() -> Any:
        async with client_for(base_url) as client:
            return await module.asyncio(client=client, **arguments)

    return asyncio.run(call())


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_documented_example_served_over_http_round_trips(
    example: Example, mode: str, api_server: RecordingServer
) -> None:
    api_server.serve(example.fixture_path.read_bytes(), status=int(example.status))
    schema_name = example.operation.response_schema_name(example.status)

    parsed = fetch(example, api_server.base_url, mode)

    assert isinstance(parsed, getattr(models, schema_name))
    schema = json_schema(schema_name)
    assert as_instants(schema, parsed.to_dict()) == as_instants(schema, example.value)
