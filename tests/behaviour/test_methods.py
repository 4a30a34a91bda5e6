"""Request bodies, and retries by method, over real HTTP on 127.0.0.1.

The spec has only GET operations today, so these describe a POST to the runtime directly
(an OperationSpec, as a generated module would); tests/generation/test_new_operation.py
adds a POST to a copy of the spec and runs the spec-derived tests on the regenerated client.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from avido_client import AuthenticatedClient, errors
from avido_client._operation import OperationInfo, OperationSpec, acall, call
from avido_client.models import ErrorResponse, Topic

from tests.support.client import client_for
from tests.support.modes import MODES
from tools.loopback import CannedResponse, LoopbackServer

TOPIC = {
    "id": "c2e8f1a4",
    "orgId": "org_7Hq2Lm",
    "title": "Card management",
    "createdAt": "2025-02-11T08:05:41.002Z",
    "modifiedAt": "2025-02-11T08:05:41.002Z",
}
CREATED = CannedResponse(status=201, body=json.dumps(TOPIC).encode())


def operation(method: str, *, idempotent: bool, body_required: bool = True) -> OperationSpec[Topic, None]:
    """A `POST /v0/topics` (or another method) taking a Topic and answering one."""
    return OperationSpec(
        info=OperationInfo(
            "create_topic", "createTopic", "topics", method, "/v0/topics", ("x-api-key",), None, idempotent
        ),
        parameters=(),
        success=Topic,
        success_statuses=(201, 201),
        responses=((400, 599, ErrorResponse),),
        body=Topic,
        body_required=body_required,
    )


POST = operation("POST", idempotent=False)


def run(client: AuthenticatedClient, spec: OperationSpec[Topic, None], mode: str, **arguments: Any) -> Topic:
    if mode == "sync":
        return call(client, spec, arguments)

    async def twin() -> Topic:
        try:
            return await acall(client, spec, arguments)
        finally:
            await client.aclose()

    return asyncio.run(twin())


# --- bodies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("given", ["model", "mapping"])
def test_a_body_goes_as_json_with_its_content_type(given: str, mode: str, api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CREATED)
    body = Topic.from_dict(TOPIC) if given == "model" else dict(TOPIC)
    with client_for(api_server.base_url) as client:
        created = run(client, POST, mode, body=body)
    [request] = api_server.requests
    assert (request.method, request.headers["content-type"]) == ("POST", "application/json")
    sent = json.loads(request.body)
    assert Topic.from_dict(sent).to_dict() == Topic.from_dict(TOPIC).to_dict()
    assert created.title == TOPIC["title"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({**TOPIC, "title": 5}, "body: title: expected string, got number"),
        (
            {key: value for key, value in TOPIC.items() if key != "orgId"},
            "body: missing required key 'orgId'",
        ),
        ({**TOPIC, "baseline": float("nan")}, "body: Out of range float values are not JSON compliant"),
        (["not", "an", "object"], "body: expected a Topic or a mapping, got list"),
        (None, "body is required"),
    ],
    ids=["wrong-type", "missing-key", "nan", "not-an-object", "missing"],
)
def test_a_body_that_does_not_match_the_spec_is_refused_before_sending(
    body: Any, message: str, api_server: LoopbackServer
) -> None:
    api_server.serve_sequence(CREATED)
    with client_for(api_server.base_url) as client, pytest.raises(ValueError, match=message):
        call(client, POST, {"body": body})
    assert api_server.requests == []


def test_an_optional_body_not_given_is_not_sent(api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CREATED)
    with client_for(api_server.base_url) as client:
        call(client, operation("POST", idempotent=False, body_required=False), {})
    [request] = api_server.requests
    assert (request.body, "content-type" in request.headers) == (b"", False)


# --- retries by method ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "idempotent", "attempts"),
    [
        ("POST", False, 1),  # the server may have created it: never asked again
        ("PATCH", False, 1),
        ("POST", True, 2),  # marked idempotent in the spec (x-idempotent, or an idempotency key)
        ("PUT", True, 2),
        ("DELETE", True, 2),
    ],
)
def test_an_error_status_is_retried_only_where_repeating_is_safe(
    method: str, idempotent: bool, attempts: int, mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve_sequence(CannedResponse(status=503, body=b"{}"), CREATED)
    with client_for(api_server.base_url) as client:
        spec = operation(method, idempotent=idempotent)
        if attempts == 1:
            with pytest.raises(errors.InternalServerError):
                run(client, spec, mode, body=TOPIC)
        else:
            run(client, spec, mode, body=TOPIC)
    assert len(api_server.requests) == attempts


@pytest.mark.parametrize("mode", MODES)
def test_a_post_whose_answer_was_lost_is_not_sent_again(
    mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    """The connection dropped after the request went out: the server may have acted on it."""
    api_server.serve_sequence(CannedResponse(drop=True), CREATED)
    with client_for(api_server.base_url) as client, pytest.raises(errors.APIConnectionError):
        run(client, POST, mode, body=TOPIC)
    assert len(api_server.requests) == 1
    assert waits == []


@pytest.mark.parametrize("mode", MODES)
def test_a_post_that_never_connected_is_tried_again(mode: str, waits: list[float]) -> None:
    """Nothing was sent, so nothing can have happened twice."""
    with (
        client_for("http://127.0.0.1:9") as client,
        pytest.raises(errors.APIConnectionError, match="could not connect"),
    ):
        run(client, POST, mode, body=TOPIC)
    assert len(waits) == client.max_retries
