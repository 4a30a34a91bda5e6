"""Any httpx transport works, as users test their own code with httpx's documented mocking
(httpx.MockTransport, respx), and nothing a transport raises escapes the package's errors.

These are the one place the tests use a mock transport: what is tested is that the client
works under the user's mock, not the client's behaviour (tests/behaviour/ tests that over
real HTTP)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest
import respx
from avido_client import AuthenticatedClient, errors

from tools.paths import FIXTURES

RUNS = json.loads((FIXTURES / "list_runs" / "200-documented.json").read_text())
BASE_URL = "https://api.avidoai.com"


def runs(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=RUNS, headers={"x-request-id": "req_mock"})


def test_a_mock_transport_answers_sync_and_raw() -> None:
    client = AuthenticatedClient(api_key="key", httpx_args={"transport": httpx.MockTransport(runs)})
    assert [run.id for run in client.runs.list().data] == [run["id"] for run in RUNS["data"]]
    assert client.runs.with_raw_response.list().request_id == "req_mock"


def test_a_mock_transport_answers_async() -> None:
    async def main() -> int:
        async with AuthenticatedClient(
            api_key="key", httpx_args={"transport": httpx.MockTransport(runs)}
        ) as client:
            return len((await client.runs.alist()).data)

    assert asyncio.run(main()) == len(RUNS["data"])


def test_respx_mocks_the_client_sync_and_async() -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as mock:
        route = mock.get("/v0/runs").respond(200, json=RUNS)
        client = AuthenticatedClient(api_key="key")
        assert len(client.runs.list(limit=5).data) == len(RUNS["data"])

        async def main() -> int:
            return len((await client.runs.alist()).data)

        assert asyncio.run(main()) == len(RUNS["data"])
        assert route.call_count == 2
        assert route.calls[0].request.url.params["limit"] == "5"
        assert route.calls[0].request.headers["x-api-key"] == "key"


def test_respx_error_statuses_raise_the_typed_errors() -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/v0/evals/e1").respond(404, json={"message": "No eval e1"})
        with pytest.raises(errors.NotFoundError, match="No eval e1"):
            AuthenticatedClient(api_key="key").evals.get("e1")


def raising(exception: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exception

    return handler


HTTPX_FAILURES = [
    httpx.ConnectError("refused"),
    httpx.ReadTimeout("slow"),
    httpx.RemoteProtocolError("garbled"),
    httpx.DecodingError("bad gzip"),
    httpx.TooManyRedirects("loop"),
    httpx.StreamConsumed(),
    httpx.ResponseNotRead(),
    httpx.InvalidURL("no"),
    httpx.CookieConflict("two"),
]


@pytest.mark.parametrize("failure", HTTPX_FAILURES, ids=lambda failure: type(failure).__name__)
def test_nothing_a_transport_raises_escapes_the_packages_errors(failure: Exception) -> None:
    client = AuthenticatedClient(
        api_key="key", max_retries=0, httpx_args={"transport": httpx.MockTransport(raising(failure))}
    )
    with pytest.raises(errors.APIConnectionError) as raised:
        client.runs.list()
    # No httpx exception (its request holds the headers) in the chain.
    assert (raised.value.__cause__, raised.value.__context__) == (None, None)
    assert "key" not in str(raised.value)


def test_a_mock_transports_odd_responses_end_in_the_packages_errors() -> None:
    answers = iter(
        [
            httpx.Response(200, content=b"not json"),
            httpx.Response(200, json=[1, 2]),
            httpx.Response(200, content=b"x" * 100, headers={"content-encoding": "br"}),
        ]
    )
    client = AuthenticatedClient(
        api_key="key",
        max_response_bytes=50,
        httpx_args={"transport": httpx.MockTransport(lambda r: next(answers))},
    )
    with pytest.raises(errors.ResponseValidationError, match="not JSON"):
        client.runs.list()
    with pytest.raises(errors.ResponseValidationError, match="expected object"):
        client.runs.list()
    with pytest.raises(errors.ResponseTooLargeError):  # httpx decoded it already: still counted
        client.runs.list()
