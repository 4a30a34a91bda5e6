"""Request side of the contract: what the generated client sends, checked against the spec.

Each operation is called with every parameter it has set to a non-default value;
the request that reaches the server on 127.0.0.1 is validated by openapi-core
(path, query, headers, security) and checked to carry every value it was given.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from avido_client import models
from openapi_core import OpenAPI
from openapi_core.validation.request.exceptions import SecurityValidationError

from tests.support.client import TEST_API_KEY, TEST_APPLICATION_ID, as_openapi_request, client_for
from tests.support.modes import invoke
from tests.support.spec import Operation, call_arguments, operations, resolve, success_example
from tools.loopback import LoopbackServer
from tools.paths import FIXTURES
from tools.spec import python_name

OPERATIONS = operations()
IDS = [op.operation_id for op in OPERATIONS]
SECRETS = {"x-api-key": TEST_API_KEY, "x-application-id": TEST_APPLICATION_ID}


def schema_value(schema: dict[str, Any], name: str) -> tuple[Any, str]:
    """A non-default value for a schema: (what the caller passes, its text on the wire)."""
    if "$ref" in schema:  # an enum component: pass the generated enum member
        enum_class = getattr(models, schema["$ref"].rsplit("/", 1)[-1])
        member = list(enum_class)[-1]
        return member, member.value
    if schema["type"] == "integer":
        number = schema.get("maximum", schema.get("minimum", 0) + 50)
        return number, str(number)
    if schema["type"] == "number":
        return 2.5, "2.5"
    if schema["type"] == "boolean":
        return True, "true"
    if schema.get("format") == "date-time":
        when = datetime.datetime(2024, 1, 5, 12, 34, 56, 789000, tzinfo=datetime.UTC)
        return when, when.isoformat()
    text = f"{name}-1 /?&é"  # reserved and non-ASCII characters must survive encoding
    if "pattern" in schema and not re.search(schema["pattern"], text):  # the spec's example fits it
        return schema["example"], schema["example"]
    return text, text


def value_for(parameter: dict[str, Any]) -> tuple[Any, str]:
    """A non-default value for the parameter: (what the caller passes, what the wire must carry).

    An array gets two items, sent as the spec's style says: comma-separated (explode false).
    """
    schema = resolve(parameter["schema"])
    if schema.get("type") != "array":
        return schema_value(parameter["schema"], parameter["name"])
    items = [schema_value(schema["items"], f"{parameter['name']}{i}") for i in (1, 2)]
    if parameter.get("explode", True):
        raise NotImplementedError("no exploded array parameter in the spec yet")
    return [passed for passed, _ in items], ",".join(wire for _, wire in items)


def arguments_for(operation: Operation) -> tuple[dict[str, Any], dict[str, str]]:
    """Keyword arguments for the method (every parameter, and the body's example),
    and the query the server must see."""
    kwargs: dict[str, Any] = call_arguments(operation)[1]
    query: dict[str, str] = {}
    for parameter in operation.parameters:
        passed, wire = value_for(parameter)
        kwargs[python_name(parameter["name"])] = passed
        if parameter["in"] == "query":
            query[parameter["name"]] = wire
    return kwargs, query


def serve_success(server: LoopbackServer, operation: Operation) -> None:
    if operation.success.empty:
        server.serve(b"", status=int(operation.success.status))
        return
    example = success_example(operation)
    server.serve(example.fixture_path.read_bytes(), status=int(example.status))


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_request_with_every_parameter_is_valid_against_the_spec(
    operation: Operation, api_server: LoopbackServer, openapi: OpenAPI
) -> None:
    kwargs, expected_query = arguments_for(operation)
    serve_success(api_server, operation)

    with client_for(api_server.base_url) as client:
        response = invoke(client, operation, "raw", **kwargs)

    assert response.status_code == int(operation.success.status)
    [sent] = api_server.requests
    openapi.validate_request(as_openapi_request(sent))
    assert {name: values[-1] for name, values in sent.query.items()} == expected_query
    for header in operation.security_headers:
        assert sent.headers[header] == SECRETS[header]


def test_list_operations_keep_the_parameters_their_reference_pages_document() -> None:
    """Later releases dropped some filters from the SDK; the spec keeps every documented one."""
    documented = ["skip", "limit", "orderBy", "orderDir", "taskId", "traceId", "status", "type"]
    for operation in OPERATIONS:
        if operation.operation_id in ("listRuns", "listTests"):  # the two reference pages that list
            names = [p["name"] for p in operation.parameters]
            assert names[: len(documented)] == documented


def test_path_parameter_is_percent_encoded(api_server: LoopbackServer, openapi: OpenAPI) -> None:
    api_server.serve((FIXTURES / "get_eval" / "200-documented.json").read_bytes())
    with client_for(api_server.base_url) as client:
        client.evals.get("a/b?c#d")

    [sent] = api_server.requests
    assert sent.target == "/v0/evals/a%2Fb%3Fc%23d"
    openapi.validate_request(as_openapi_request(sent))


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_spec_requires_each_auth_header_the_operation_names(
    operation: Operation, api_server: LoopbackServer, openapi: OpenAPI
) -> None:
    """The validator rejects a request missing any one of the operation's auth headers."""
    kwargs, _ = arguments_for(operation)
    serve_success(api_server, operation)
    with client_for(api_server.base_url) as client:
        invoke(client, operation, "raw", **kwargs)
    [sent] = api_server.requests

    for header in operation.security_headers:
        without = type(sent)(sent.method, sent.target, {k: v for k, v in sent.headers.items() if k != header})
        with pytest.raises(SecurityValidationError):
            openapi.validate_request(as_openapi_request(without))
