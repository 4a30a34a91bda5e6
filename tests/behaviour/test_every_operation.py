"""Every operation the spec declares, read from it when the tests are collected: its auth
headers, its error statuses, its retry policy and, when it pages, its walk, sync and async,
against a real server on 127.0.0.1. An operation added to the spec is covered here with no
test edits (tests/generation/test_new_operation.py proves it)."""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import pytest
from avido_client import AuthenticatedClient, errors

from tests.support.client import TEST_API_KEY, TEST_APPLICATION_ID, client_for
from tests.support.modes import MODES, invoke, parsed
from tests.support.spec import SPEC, Operation, call_arguments, module_of, success_example
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest

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
    example = success_example(operation)
    return CannedResponse(status=int(example.status), body=json.dumps(example.value).encode())


def call(operation: Operation, mode: str, client: AuthenticatedClient) -> Any:
    args, kwargs = call_arguments(operation)
    return invoke(module_of(operation), mode, client, *args, **kwargs)


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
            assert type(result).__name__ == operation.success.model
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
    module = module_of(operation)
    with client_for(api_server.base_url) as client:
        walked = [item.id for item in module.sync_all(*args, client=client, limit=10, **kwargs)]

        async def collect() -> list[str]:
            try:
                pages = module.asyncio_all(*args, client=client, limit=10, concurrency=2, **kwargs)
                return [item.id async for item in pages]
            finally:
                await client.aclose()

        assert asyncio.run(collect()) == walked
    assert walked == [f"item-{i}" for i in range(25)]
