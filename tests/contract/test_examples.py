"""Every source's example payloads against the spec and against the generated client.

Each named example of a response is one source: `documented` comes verbatim from the
Avido reference page, `sdk-<version>` is shaped as that release of the official SDK reads
the response (tools/sdk/releases.py checks it against the release's own models). Each is
stored in tests/fixtures/ and embedded in openapi.yaml; each must validate against the
spec and parse, sync and async, into the model the operation returns.
"""

from __future__ import annotations

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
from tests.support.modes import ALL_MODES, invoke, parsed
from tests.support.spec import SPEC, Example, call_arguments, examples, json_schema, read_fixture
from tools.loopback import LoopbackServer
from tools.paths import FIXTURES

EXAMPLES = examples()
IDS = [example.id for example in EXAMPLES]
REQUEST_EXAMPLES = [example for operation in SPEC.operations() for example in operation.request_examples()]
REQUEST_IDS = [example.id for example in REQUEST_EXAMPLES]


def request_for(example: Example) -> MockRequest:
    values, _ = example.operation.example_call()
    path = example.operation.path.format(**values)
    return MockRequest("https://api.avidoai.com", example.operation.method, path)


def returned(example: Example) -> Any:
    """The part of the example the client returns: the example, or what its envelope wraps."""
    envelope = example.operation.success.envelope
    value = example.value
    return value[envelope] if envelope and isinstance(value, dict) and envelope in value else value


def test_every_operation_has_an_example_of_its_success_response() -> None:
    for operation in SPEC.operations():
        if operation.success.empty:  # an answer without a body (a 204) has nothing to show
            continue
        assert [e for e in operation.examples() if e.status == operation.success.status], (
            operation.operation_id
        )


def test_every_request_body_has_an_example() -> None:
    """Each is a source's body (the SDK's, validated against its params types by make sdk-check)."""
    for operation in SPEC.operations():
        if operation.request_body is not None:
            assert operation.request_examples(), operation.operation_id


def test_each_reference_page_example_is_in_the_spec() -> None:
    """The three reference pages each document one operation's response (the first source)."""
    documented = {e.operation.operation_id for e in EXAMPLES if e.name == "documented"}
    assert {"listRuns", "listTests", "getEval"} <= documented


def test_every_fixture_is_an_example_in_the_spec() -> None:
    """tests/fixtures/<operation>/ holds the examples of responses and of request bodies (wire/ and
    surface/ hold what SDK releases sent and have)."""
    stored = sorted(
        p.relative_to(FIXTURES) for p in FIXTURES.glob("*/*.json") if p.parent.name not in ("wire", "surface")
    )
    assert stored == sorted(e.fixture_path.relative_to(FIXTURES) for e in EXAMPLES + REQUEST_EXAMPLES)


def test_the_enveloped_sources_are_covered() -> None:
    """SDK 1.7.0 to 1.13.2 read getEval's body as {"eval": ...}: at least one example shows it."""
    assert any(returned(e) is not e.value for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES + REQUEST_EXAMPLES, ids=IDS + REQUEST_IDS)
def test_spec_embeds_the_fixture_exactly(example: Example) -> None:
    assert example.value == read_fixture(example.fixture_path)


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_is_a_valid_response(example: Example, openapi: OpenAPI) -> None:
    body = example.fixture_path.read_bytes()
    openapi.validate_response(request_for(example), MockResponse(body, status_code=int(example.status)))


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_validator_rejects_the_example_without_a_required_key(example: Example, openapi: OpenAPI) -> None:
    """Shows the validator above is live: the same payload with one required key removed fails."""
    broken: dict[str, Any] = copy.deepcopy(example.value)
    inner = returned(Example(example.operation, example.status, example.name, broken))
    schema = SPEC.resolve({"$ref": f"#/components/schemas/{example.operation.success.model}"})
    if example.operation.pagination is not None:  # the first item of the page
        inner, schema = inner["data"][0], SPEC.resolve(schema["properties"]["data"]["items"])
    del inner[schema["required"][0]]
    response = MockResponse(json.dumps(broken).encode(), status_code=int(example.status))
    with pytest.raises(InvalidData):
        openapi.validate_response(request_for(example), response)


def fetch(example: Example, base_url: str, mode: str) -> Any:
    """Call the operation's method in `mode` against base_url; the model it returns."""
    args, kwargs = call_arguments(example.operation)
    with client_for(base_url) as client:
        return parsed(invoke(client, example.operation, mode, *args, **kwargs), mode)


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_served_over_http_round_trips(
    example: Example, mode: str, api_server: LoopbackServer
) -> None:
    api_server.serve(example.fixture_path.read_bytes(), status=int(example.status))
    model = example.operation.success.model
    assert model is not None

    parsed = fetch(example, api_server.base_url, mode)

    assert type(parsed) is getattr(models, model)
    schema = json_schema(model)
    assert as_instants(schema, parsed.to_dict()) == as_instants(schema, returned(example))
