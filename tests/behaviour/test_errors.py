"""Error statuses raise one typed error each, carrying the response, the request and the request id."""

from __future__ import annotations

import pickle

import pytest
from avido_client import errors
from avido_client.models import ErrorResponse

from tests.support.client import TEST_API_KEY, client_for
from tests.support.modes import ALL_MODES, MODES, invoke
from tests.support.spec import operation
from tools.loopback import LoopbackServer

BODY = b'{"statusCode": 404, "error": "Not Found", "message": "No eval e1", "traceId": "t-1"}'
STATUSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (418, errors.APIStatusError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
    (520, errors.InternalServerError),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "error_class"), STATUSES, ids=[str(s) for s, _ in STATUSES])
def test_error_status_raises_its_error_class(
    status: int, error_class: type[errors.APIStatusError], mode: str, api_server: LoopbackServer
) -> None:
    api_server.serve(BODY, status=status)
    with client_for(api_server.base_url, max_retries=0) as client, pytest.raises(error_class) as raised:
        invoke(client, operation("getEval"), mode, "e1")

    error = raised.value
    assert type(error) is error_class
    assert isinstance(error, errors.APIStatusError)
    assert isinstance(error, errors.APIError)
    assert error.status_code == status
    assert error.raw_body == BODY
    assert str(status) in str(error)
    assert "GET /v0/evals/e1" in str(error)


def test_documented_error_body_is_parsed(api_server: LoopbackServer) -> None:
    api_server.serve(BODY, status=404)
    with client_for(api_server.base_url) as client, pytest.raises(errors.NotFoundError) as raised:
        client.evals.get("e1")

    body = raised.value.body
    assert isinstance(body, ErrorResponse)
    assert (body.status_code, body.error, body.message) == (404, "Not Found", "No eval e1")
    assert body.additional_properties == {"traceId": "t-1"}
    assert str(raised.value).endswith(": No eval e1")


def test_error_body_that_is_not_json_keeps_the_raw_body(api_server: LoopbackServer) -> None:
    page = b"<html>Bad gateway</html>"
    api_server.serve(page, status=502, headers={"Content-Type": "text/html"})
    with (
        client_for(api_server.base_url, max_retries=0) as client,
        pytest.raises(errors.InternalServerError) as raised,
    ):
        client.runs.list()
    assert raised.value.body is None
    assert raised.value.raw_body == page


@pytest.mark.parametrize("mode", ALL_MODES)
def test_an_error_carries_the_response_the_request_and_the_request_id(
    mode: str, api_server: LoopbackServer
) -> None:
    """As in Stainless SDKs: handlers ported from the official SDK read these."""
    api_server.serve(
        BODY,
        status=404,
        headers={
            "Content-Type": "application/json",
            "x-request-id": "req_42",
            "Set-Cookie": "session=s3cr3t",
        },
    )
    with client_for(api_server.base_url) as client, pytest.raises(errors.NotFoundError) as raised:
        invoke(client, operation("getEval"), mode, "e1")
    error = raised.value
    assert error.request_id == "req_42"
    assert error.response.status_code == 404
    assert error.response.headers["x-request-id"] == "req_42"
    assert "set-cookie" not in error.response.headers
    assert error.response.json()["message"] == "No eval e1"
    assert error.request is error.response.request
    assert (error.request.method, error.request.url.path) == ("GET", "/v0/evals/e1")
    assert error.request.headers["x-api-key"] == "<redacted>"
    assert TEST_API_KEY not in repr(error.request.headers)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.request_id, copy.response.status_code) == (errors.NotFoundError, "req_42", 404)
    assert copy.request.headers["x-api-key"] == "<redacted>"


@pytest.mark.parametrize("mode", ["raw", "araw"])
def test_a_raw_call_raises_an_undocumented_status_too(mode: str, api_server: LoopbackServer) -> None:
    api_server.serve(b"", status=418, headers={})
    with client_for(api_server.base_url) as client, pytest.raises(errors.APIStatusError) as raised:
        invoke(client, operation("listRuns"), mode)
    assert (raised.value.status_code, raised.value.body, raised.value.request_id) == (418, None, None)


def test_a_connection_error_carries_the_request(waits: list[float]) -> None:
    with (
        client_for("http://127.0.0.1:9", max_retries=0) as client,
        pytest.raises(errors.APIConnectionError) as raised,
    ):
        client.runs.list(limit=5)
    request = raised.value.request
    assert request is not None
    assert (request.method, request.url.path, request.url.params["limit"]) == ("GET", "/v0/runs", "5")
    assert request.headers["x-api-key"] == "<redacted>"


def test_connection_refused_raises_api_connection_error(waits: list[float]) -> None:
    with client_for("http://127.0.0.1:9") as client, pytest.raises(errors.APIConnectionError) as raised:
        client.runs.list()
    assert not isinstance(raised.value, errors.APITimeoutError)
    assert len(waits) == 2  # retried twice before giving up


def test_a_body_that_does_not_decompress_is_a_connection_error_not_retried(
    api_server: LoopbackServer, waits: list[float]
) -> None:
    api_server.serve(
        b"not gzip at all", headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
    )
    with (
        client_for(api_server.base_url) as client,
        pytest.raises(errors.APIConnectionError, match="not valid gzip"),
    ):
        client.runs.list()
    assert len(api_server.requests) == 1
    assert waits == []
