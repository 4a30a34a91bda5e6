"""Request bodies, and retries by method, over real HTTP on 127.0.0.1.

The spec has only GET operations today, so these describe a POST to the runtime directly
(an Operation record, as a generated resource holds); tests/generation/test_new_operation.py
adds a POST to a copy of the spec and runs the spec-derived tests on the regenerated client.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from avido_client import AuthenticatedClient, errors
from avido_client._operation import Operation, RequestBody, acall, call, call_options
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


# The body's keyword arguments as a generated method passes them: (argument, JSON key).
FIELDS = (
    ("id", "id"),
    ("org_id", "orgId"),
    ("title", "title"),
    ("created_at", "createdAt"),
    ("modified_at", "modifiedAt"),
)
ARGUMENTS = {argument: TOPIC[key] for argument, key in FIELDS}


def operation(
    method: str, *, idempotent: bool, body_required: bool = True, whole: bool = False
) -> Operation[Topic, None]:
    """A `POST /v0/topics` (or another method) taking a Topic and answering one: the body as
    keyword arguments, or (`whole`) as one `body` argument."""
    return Operation(
        operation_id="createTopic",
        method=method,
        path="/v0/topics",
        security=("x-api-key",),
        success=Topic,
        success_statuses=(201, 201),
        responses=((400, 599, ErrorResponse),),
        body=RequestBody(model=Topic, fields=None if whole else FIELDS, required=body_required),
        idempotent=idempotent,
    )


POST = operation("POST", idempotent=False)
WHOLE = operation("POST", idempotent=False, whole=True)


def run(
    client: AuthenticatedClient,
    spec: Operation[Topic, None],
    mode: str,
    extra_body: Any = None,
    **arguments: Any,
) -> Topic:
    options = call_options(client, extra_body=extra_body)
    if mode == "sync":
        created: Topic = call(client, spec, arguments, options)
        return created
    return asyncio.run(acall(client, spec, arguments, options))  # type: ignore[no-any-return]


# --- bodies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_body_keywords_go_as_json_with_its_content_type(mode: str, api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CREATED)
    with client_for(api_server.base_url) as client:
        created = run(client, POST, mode, **ARGUMENTS)
    [request] = api_server.requests
    assert (request.method, request.headers["content-type"]) == ("POST", "application/json")
    assert json.loads(request.body) == TOPIC
    assert created.title == TOPIC["title"]


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_adds_keys_the_spec_does_not_know_yet(mode: str, api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CREATED)
    with client_for(api_server.base_url) as client:
        run(client, POST, mode, extra_body={"colour": "teal"}, **ARGUMENTS)
    assert json.loads(api_server.requests[0].body) == {**TOPIC, "colour": "teal"}


@pytest.mark.parametrize("given", ["model", "mapping"])
def test_a_whole_body_goes_as_json(given: str, api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CREATED)
    body = Topic.from_dict(TOPIC) if given == "model" else dict(TOPIC)
    with client_for(api_server.base_url) as client:
        run(client, WHOLE, "sync", body=body)
    sent = json.loads(api_server.requests[0].body)
    assert Topic.from_dict(sent).to_dict() == Topic.from_dict(TOPIC).to_dict()


@pytest.mark.parametrize(
    ("spec", "arguments", "extra", "message"),
    [
        (POST, {**ARGUMENTS, "title": 5}, None, "title: expected string, got number"),
        (
            POST,
            {k: v for k, v in ARGUMENTS.items() if k != "org_id"},
            None,
            "body: missing required key 'orgId'",
        ),
        (
            POST,
            ARGUMENTS,
            {"baseline": float("nan")},
            "body: Out of range float values are not JSON compliant",
        ),
        (POST, ARGUMENTS, {"title": 5}, "title: expected string, got number"),
        (WHOLE, {"body": ["not", "an", "object"]}, None, "body: expected a Topic or a mapping, got list"),
        (WHOLE, {"body": None}, None, "body is required"),
    ],
    ids=["wrong-type", "missing-key", "nan", "extra-body-wrong-type", "not-an-object", "missing"],
)
def test_a_body_that_does_not_match_the_spec_is_refused_before_sending(
    spec: Operation[Topic, None],
    arguments: dict[str, Any],
    extra: Any,
    message: str,
    api_server: LoopbackServer,
) -> None:
    api_server.serve_sequence(CREATED)
    with client_for(api_server.base_url) as client, pytest.raises(ValueError, match=message):
        run(client, spec, "sync", extra_body=extra, **arguments)
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
        ("PUT", False, 1),  # an update in part, or an activation: no source says a repeat is harmless
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
                run(client, spec, mode, **ARGUMENTS)
        else:
            run(client, spec, mode, **ARGUMENTS)
    assert len(api_server.requests) == attempts


@pytest.mark.parametrize("mode", MODES)
def test_a_post_whose_answer_was_lost_is_not_sent_again(
    mode: str, api_server: LoopbackServer, waits: list[float]
) -> None:
    """The connection dropped after the request went out: the server may have acted on it."""
    api_server.serve_sequence(CannedResponse(drop=True), CREATED)
    with client_for(api_server.base_url) as client, pytest.raises(errors.APIConnectionError):
        run(client, POST, mode, **ARGUMENTS)
    assert len(api_server.requests) == 1
    assert waits == []


@pytest.mark.parametrize("mode", MODES)
def test_a_post_that_never_connected_is_tried_again(mode: str, waits: list[float]) -> None:
    """Nothing was sent, so nothing can have happened twice."""
    with (
        client_for("http://127.0.0.1:9") as client,
        pytest.raises(errors.APIConnectionError, match="could not connect"),
    ):
        run(client, POST, mode, **ARGUMENTS)
    assert len(waits) == client.max_retries
