"""Every operation the spec declares, read from it when the tests are collected: its auth
headers, its error statuses, its retry policy and, when it pages, its walk, sync and async,
against a real server on 127.0.0.1. An operation added to the spec is covered here with no
test edits (tests/generation/test_new_operation.py proves it)."""

from __future__ import annotations

import asyncio
import copy
import json
import re
from typing import Any

import pytest
from avido_client import AuthenticatedClient, errors

from tests.support.client import TEST_API_KEY, TEST_APPLICATION_ID, client_for
from tests.support.modes import ALL_MODES, MODES, invoke, parsed, resource_of
from tests.support.spec import SPEC, Operation, call_arguments, success_example
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.spec import python_name

OPERATIONS = SPEC.operations()
IDS = [operation.operation_id for operation in OPERATIONS]
PAGING = [operation for operation in OPERATIONS if operation.pagination]
CREDENTIALS = {scheme.header: scheme for scheme in SPEC.security_schemes()}
ERROR_CLASSES = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
}


def success(operation: Operation) -> CannedResponse:
    """The operation's success: its first example, or its status alone where it has no body."""
    if operation.success.empty:
        return CannedResponse(status=int(operation.success.status), headers={})
    example = success_example(operation)
    return CannedResponse(status=int(example.status), body=json.dumps(example.value).encode())


def call(operation: Operation, mode: str, client: AuthenticatedClient, **options: Any) -> Any:
    args, kwargs = call_arguments(operation)
    return invoke(client, operation, mode, *args, **kwargs, **options)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_sends_exactly_the_auth_headers_its_security_names(
    operation: Operation, mode: str, api_server: LoopbackServer
) -> None:
    api_server.serve_sequence(success(operation))
    with client_for(api_server.base_url) as client:
        call(operation, mode, client)
    [request] = api_server.requests
    sent = {header for header in request.headers if header in CREDENTIALS}
    assert sent == set(operation.security_headers)
    values = {"x-api-key": TEST_API_KEY, "x-application-id": TEST_APPLICATION_ID}
    assert all(request.headers[header] == values[header] for header in sent)


@pytest.mark.parametrize(
    ("operation", "header"),
    [
        (operation, header)
        for operation in OPERATIONS
        for header in operation.security_headers
        if not CREDENTIALS[header].everywhere
    ],
    ids=lambda value: value.operation_id if isinstance(value, Operation) else value,
)
def test_fails_before_sending_without_a_credential_it_needs(
    operation: Operation, header: str, api_server: LoopbackServer
) -> None:
    """A credential not every operation needs can be left out of the client; an operation that
    needs it then fails before anything is sent, naming what to set."""
    api_server.serve_sequence(success(operation))
    with AuthenticatedClient(api_key=TEST_API_KEY, base_url=api_server.base_url) as client:
        for mode in MODES:
            with pytest.raises(errors.MissingCredentialError, match=header):
                call(operation, mode, client)
    assert api_server.requests == []


def documented_errors(operation: Operation) -> list[int]:
    """A status of each documented error response (500 for 5XX)."""
    statuses = [code for code in operation.raw["responses"] if not code.startswith("2")]
    return [int(code.replace("XX", "00")) for code in statuses]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("operation", "status"),
    [(operation, status) for operation in OPERATIONS for status in documented_errors(operation)],
    ids=lambda value: value.operation_id if isinstance(value, Operation) else str(value),
)
def test_each_documented_error_raises_its_class_with_the_body(
    operation: Operation, status: int, mode: str, api_server: LoopbackServer
) -> None:
    body = {"statusCode": status, "error": "Documented", "message": f"error {status}"}
    api_server.serve(json.dumps(body).encode(), status=status)
    with (
        client_for(api_server.base_url, max_retries=0) as client,
        pytest.raises(errors.APIStatusError) as raised,
    ):
        call(operation, mode, client)
    assert type(raised.value) is ERROR_CLASSES.get(status, errors.InternalServerError)
    assert raised.value.status_code == status
    assert raised.value.body.message == f"error {status}"
    assert str(raised.value).endswith(f": error {status}")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_retries_an_error_status_only_where_repeating_is_safe(
    operation: Operation, mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve_sequence(CannedResponse(status=503, body=b"{}"), success(operation))
    with client_for(api_server.base_url) as client:
        if operation.idempotent:
            result = parsed(call(operation, mode, client), mode)
            assert type(result).__name__ == (operation.success.model or "NoneType")
        else:
            with pytest.raises(errors.InternalServerError):
                call(operation, mode, client)
    assert len(api_server.requests) == (2 if operation.idempotent else 1)


def paging(operation: Operation, items: int) -> Any:
    """A server listing `items` copies of the operation's example item, paged as asked."""
    example = success_example(operation).value
    template = example["data"][0]

    def respond(request: RecordedRequest) -> CannedResponse:
        skip, limit = int(request.query["skip"][0]), int(request.query["limit"][0])
        data = [{**copy.deepcopy(template), "id": f"item-{i}"} for i in range(skip, min(skip + limit, items))]
        pagination = {"skip": skip, "limit": limit, "total": items, "totalPages": -(-items // limit)}
        return CannedResponse(body=json.dumps({**example, "data": data, "pagination": pagination}).encode())

    return respond


@pytest.mark.parametrize("operation", PAGING, ids=[operation.operation_id for operation in PAGING])
def test_walks_every_page_sync_and_async(operation: Operation, api_server: LoopbackServer) -> None:
    api_server.responder = paging(operation, 25)
    args, kwargs = call_arguments(operation)
    with client_for(api_server.base_url) as client:
        resource = resource_of(client, operation)
        walk = getattr(resource, f"{operation.resource_method}_all")
        walked = [item.id for item in walk(*args, limit=10, **kwargs)]

        async def collect() -> list[str]:
            pages = getattr(resource, f"a{operation.resource_method}_all")(
                *args, limit=10, concurrency=2, **kwargs
            )
            return [item.id async for item in pages]

        assert asyncio.run(collect()) == walked
    assert walked == [f"item-{i}" for i in range(25)]


@pytest.mark.parametrize("mode", ["raw", "araw"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_raw_response_gives_status_headers_request_id_and_the_parsed_model(
    operation: Operation, mode: str, api_server: LoopbackServer
) -> None:
    answer = success(operation)
    api_server.serve_sequence(
        CannedResponse(
            status=answer.status,
            body=answer.body,
            headers={**answer.headers, "x-request-id": "req_123", "x-custom": "kept"},
        )
    )
    with client_for(api_server.base_url) as client:
        raw = call(operation, mode, client)
        assert raw.status_code == answer.status
        assert raw.request_id == "req_123"
        assert raw.headers["x-custom"] == "kept"
        assert raw.retries_taken == 0
        assert raw.elapsed.total_seconds() > 0
        assert raw.request.method == operation.method.upper()
        assert raw.request.headers["x-api-key"] == "<redacted>"
        assert type(raw.parse()).__name__ == (operation.success.model or "NoneType")
        assert raw.parse() is raw.parse()  # decoded once
        if answer.body:
            assert raw.json() == json.loads(answer.body)
        else:
            assert raw.content == b""


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_per_call_options_go_on_the_request(
    operation: Operation, mode: str, api_server: LoopbackServer
) -> None:
    """extra_headers, extra_query and timeout on every method, as in Stainless SDKs: a filter or
    header the API gains before the spec does can be sent."""
    api_server.serve_sequence(success(operation))
    with client_for(api_server.base_url) as client:
        call(
            operation,
            mode,
            client,
            extra_headers={"X-Trace": "abc"},
            extra_query={"newFilter": "x", "several": ["a", "b"]},
            timeout=7,
        )
    [request] = api_server.requests
    assert request.headers["x-trace"] == "abc"
    assert request.query["newFilter"] == ["x"]
    assert request.query["several"] == ["a", "b"]


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("timeout", "5", TypeError),
        ("timeout", -1, ValueError),
        ("extra_headers", {"x-api-key": "other"}, ValueError),
        ("extra_headers", {"X-Bad": "line\nbreak"}, ValueError),
        ("extra_headers", ["not", "a", "mapping"], TypeError),
        ("extra_query", {"filter": {"nested": 1}}, TypeError),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_a_wrong_per_call_option_is_refused_before_sending_naming_it(
    operation: Operation, option: str, value: Any, error: type[Exception], api_server: LoopbackServer
) -> None:
    api_server.serve_sequence(success(operation))
    with client_for(api_server.base_url) as client, pytest.raises(error, match=option):
        call(operation, "sync", client, **{option: value})
    assert api_server.requests == []


def bounded_parameters() -> list[tuple[Operation, dict[str, Any], str, Any]]:
    """For each parameter with a bound in the spec, a value just past it."""
    cases = []
    for operation in OPERATIONS:
        for parameter in operation.parameters:
            if parameter["in"] != "query":
                continue
            schema = SPEC.resolve(parameter["schema"])
            items = SPEC.resolve(schema.get("items", {}))
            name = python_name(parameter["name"])
            if "maximum" in schema:
                cases.append((operation, parameter, name, schema["maximum"] + 1))
            if "minimum" in schema:
                cases.append((operation, parameter, name, schema["minimum"] - 1))
            if schema.get("minLength", 0) >= 1:
                cases.append((operation, parameter, name, ""))
            if schema.get("minItems", 0) >= 1:
                cases.append((operation, parameter, name, []))
            if items.get("minLength", 0) >= 1:
                cases.append((operation, parameter, name, [""]))
    return cases


@pytest.mark.parametrize(
    ("operation", "parameter", "name", "value"),
    bounded_parameters(),
    ids=lambda value: (
        value.operation_id if isinstance(value, Operation) else (value if isinstance(value, str) else None)
    ),
)
def test_a_value_past_a_bound_of_the_spec_is_refused_before_sending(
    operation: Operation, parameter: dict[str, Any], name: str, value: Any, api_server: LoopbackServer
) -> None:
    with client_for(api_server.base_url) as client, pytest.raises(ValueError, match=name):
        call(operation, "sync", client, **{name: value})
    assert api_server.requests == []


# --- request bodies, checked before sending -------------------------------------------------------

BODIES = [operation for operation in OPERATIONS if operation.body_fields]
# A value of each JSON type, the first one a field's schema doesn't allow being the wrong one.
VALUES_BY_TYPE = [
    ("number", 12345),
    ("string", "text"),
    ("boolean", True),
    ("array", ["text"]),
    ("object", {"k": 1}),
]


def json_types(schema: Any) -> set[str] | None:
    """The JSON types a schema allows (integer counted as number), or None when it allows any."""
    schema = SPEC.resolve(schema)
    branches = schema.get("anyOf", []) + schema.get("oneOf", [])
    if branches:
        found: set[str] = set()
        for branch in branches:
            types = json_types(branch)
            if types is None:
                return None
            found |= types
        return found
    declared = schema.get("type")
    if declared is None:
        if "enum" in schema:
            return {"string" if isinstance(value, str) else "number" for value in schema["enum"]}
        return None
    declared = [declared] if isinstance(declared, str) else declared
    return {"number" if kind == "integer" else kind for kind in declared}


def enum_of(schema: Any) -> bool:
    """Whether the schema is an enum of strings, or a nullable one."""
    schema = SPEC.resolve(schema)
    return "enum" in schema or any(
        enum_of(branch) for branch in schema.get("anyOf", []) + schema.get("oneOf", [])
    )


def object_with_required(schema: Any) -> bool:
    schema = SPEC.resolve(schema)
    return schema.get("type") == "object" and bool(schema.get("required"))


def wrong_body_values() -> list[tuple[Operation, str, Any, str]]:
    """For each property of each operation's body: a value of a JSON type its schema doesn't
    allow; for an enum, a string it doesn't list; for an object (or a list of them) with
    required keys, one without them. With what the error must say after the field's name."""
    cases = []
    for operation in BODIES:
        properties, _ = operation.body_fields or ({}, [])
        for key, schema in properties.items():
            name = python_name(key)
            allowed = json_types(schema)
            if allowed is not None:
                value = next(value for kind, value in VALUES_BY_TYPE if kind not in allowed)
                # An enum says it of the value (the one the spec's other types don't take).
                wrong = f"(expected .*, got {json_type_of(value)}|invalid value {re.escape(repr(value))})"
                cases.append((operation, name, value, wrong))
            if enum_of(schema):
                cases.append(
                    (operation, name, "NOT_A_VALUE", "'NOT_A_VALUE' is not a value this client knows")
                )
            resolved = SPEC.resolve(schema)
            if object_with_required(resolved):
                cases.append((operation, name, {}, "missing required key"))
            if resolved.get("type") == "array" and object_with_required(resolved.get("items", {})):
                cases.append((operation, f"{name}[0]", [{}], "missing required key"))
    return cases


def json_type_of(value: Any) -> str:
    return {bool: "boolean", int: "number", str: "string", list: "array", dict: "object"}[type(value)]


@pytest.mark.parametrize(
    ("operation", "field", "value", "message"),
    wrong_body_values(),
    ids=lambda value: (
        value.operation_id
        if isinstance(value, Operation)
        else (value if isinstance(value, str) and " " not in value else None)
    ),
)
def test_a_body_field_the_spec_does_not_allow_is_refused_before_sending_naming_it(
    operation: Operation, field: str, value: Any, message: str, api_server: LoopbackServer
) -> None:
    """The spec's example body with one field wrong: ValueError naming the field (as the method
    names it) and what is wrong, sync and async, and nothing reaches the server."""
    args, kwargs = call_arguments(operation)
    argument = field.split("[")[0]
    api_server.serve_sequence(success(operation))
    with client_for(api_server.base_url) as client:
        for mode in MODES:
            with pytest.raises(ValueError, match=rf"^{re.escape(field)}(?!\w).*: {message}"):
                invoke(client, operation, mode, *args, **{**kwargs, argument: value})
    assert api_server.requests == []


@pytest.mark.parametrize("operation", BODIES, ids=[operation.operation_id for operation in BODIES])
def test_a_body_without_a_required_field_is_refused_before_sending_naming_it(
    operation: Operation, api_server: LoopbackServer
) -> None:
    """Each required field left out (Python names the keyword) or given as null (the client
    names it): nothing reaches the server."""
    args, kwargs = call_arguments(operation)
    _, required = operation.body_fields or ({}, [])
    with client_for(api_server.base_url) as client:
        for key in required:
            name = python_name(key)
            without = {argument: value for argument, value in kwargs.items() if argument != name}
            with pytest.raises(TypeError, match=rf"'{name}'"):
                invoke(client, operation, "sync", *args, **without)
            with pytest.raises(ValueError, match=rf"^{name}: (expected .*, got null|invalid value None)"):
                invoke(client, operation, "sync", *args, **{**kwargs, name: None})
    assert api_server.requests == []
