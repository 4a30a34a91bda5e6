"""Error statuses raise one typed error each; sync_detailed still returns the Response."""

from __future__ import annotations

import pytest
from avido_client import errors
from avido_client.api.evals import get_eval
from avido_client.api.runs import list_runs
from avido_client.models import ErrorResponse

from tests.support.client import client_for
from tests.support.modes import MODES, invoke
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
        invoke(get_eval, mode, client, "e1")

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
        get_eval.sync("e1", client=client)

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
        list_runs.sync(client=client)
    assert raised.value.body is None
    assert raised.value.raw_body == page


def test_sync_detailed_returns_the_response_for_an_error_status(api_server: LoopbackServer) -> None:
    api_server.serve(BODY, status=404)
    with client_for(api_server.base_url) as client:
        response = get_eval.sync_detailed("e1", client=client)
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.content == BODY


def test_sync_detailed_keeps_an_undocumented_status(api_server: LoopbackServer) -> None:
    api_server.serve(b"", status=418, headers={})
    with client_for(api_server.base_url) as client:
        response = list_runs.sync_detailed(client=client)
    assert (response.status_code, response.parsed) == (418, None)


def test_connection_refused_raises_api_connection_error(waits: list[float]) -> None:
    with client_for("http://127.0.0.1:9") as client, pytest.raises(errors.APIConnectionError) as raised:
        list_runs.sync(client=client)
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
        list_runs.sync(client=client)
    assert len(api_server.requests) == 1
    assert waits == []
