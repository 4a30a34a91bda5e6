"""Client construction, credentials from arguments or the environment, per-operation auth headers,
and secrets kept out of reprs, errors and logs."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from avido_client import AuthenticatedClient, errors

from tests.behaviour.conftest import EVAL, RUNS, TESTS
from tests.support.client import TEST_API_KEY, TEST_APPLICATION_ID, client_for
from tools.loopback import CannedResponse, LoopbackServer


def test_missing_api_key_fails_at_construction_naming_the_variable() -> None:
    with pytest.raises(errors.MissingCredentialError, match="AVIDO_API_KEY"):
        AuthenticatedClient()


def test_an_empty_key_variable_is_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AVIDO_API_KEY", "")
    with pytest.raises(errors.MissingCredentialError, match="AVIDO_API_KEY is set but empty"):
        AuthenticatedClient()


def test_credentials_and_base_url_come_from_the_environment(
    api_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AVIDO_API_KEY", "env-key")
    monkeypatch.setenv("AVIDO_APPLICATION_ID", "env-app")
    monkeypatch.setenv("AVIDO_BASE_URL", api_server.base_url)
    api_server.serve(TESTS)

    with AuthenticatedClient() as client:
        client.tests.list()

    [sent] = api_server.requests
    assert (sent.headers["x-api-key"], sent.headers["x-application-id"]) == ("env-key", "env-app")


def test_arguments_win_over_the_environment(
    api_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AVIDO_API_KEY", "env-key")
    monkeypatch.setenv("AVIDO_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    api_server.serve(RUNS)

    with AuthenticatedClient(api_key="arg-key", base_url=api_server.base_url) as client:
        client.runs.list()

    assert api_server.requests[0].headers["x-api-key"] == "arg-key"


def test_base_url_defaults_to_the_spec_server() -> None:
    assert AuthenticatedClient(api_key="k").base_url == "https://api.avidoai.com"


def test_list_tests_without_application_id_fails_before_sending(api_server: LoopbackServer) -> None:
    api_server.serve(TESTS)
    with AuthenticatedClient(api_key="k", base_url=api_server.base_url) as client:
        with pytest.raises(errors.MissingCredentialError, match=r"x-application-id.*AVIDO_APPLICATION_ID"):
            client.tests.list()
        with pytest.raises(errors.MissingCredentialError):
            asyncio.run(client.tests.alist())
        client.runs.list()  # an operation that needs only the key still works
    assert [r.path for r in api_server.requests] == ["/v0/runs"]


def test_secrets_stay_out_of_repr_str_errors_and_every_log_line(
    api_server: LoopbackServer, caplog: pytest.LogCaptureFixture, waits: list[float]
) -> None:
    api_server.serve(b'{"message": "down"}', status=503)
    caplog.set_level(logging.DEBUG)  # httpx and httpcore included
    client = client_for(api_server.base_url)
    with pytest.raises(errors.InternalServerError) as raised:
        client.tests.list()
    with pytest.raises(errors.InternalServerError) as raised_async:
        asyncio.run(client.tests.alist())

    assert len(api_server.requests) == 6  # retries happened, and were logged
    assert any("retrying" in record.getMessage() for record in caplog.records)
    shown = [repr(client), str(client), repr(raised.value), str(raised.value), repr(raised_async.value)]
    shown += [record.getMessage() for record in caplog.records]
    for text in shown:
        assert TEST_API_KEY not in text
        assert TEST_APPLICATION_ID not in text
    client.close()


def test_error_headers_drop_anything_carrying_a_credential(api_server: LoopbackServer) -> None:
    api_server.responder = lambda request: CannedResponse(
        status=401,
        body=b"{}",
        headers={
            "Content-Type": "application/json",
            "X-Echo": f"key was {request.headers['x-api-key']}",
            "x-application-id": request.headers["x-application-id"],
            "Set-Cookie": "session=abc",
            "X-Request-Id": "req-1",
        },
    )
    with client_for(api_server.base_url) as client, pytest.raises(errors.AuthenticationError) as raised:
        client.tests.list()

    assert {name.lower() for name in raised.value.headers} == {
        "content-type",
        "x-request-id",
        "server",
        "date",
        "content-length",
    }


def test_repr_says_which_credentials_are_set() -> None:
    text = repr(AuthenticatedClient(api_key="k"))
    assert "api_key=<set>" in text
    assert "application_id=<not set>" in text


def test_a_transport_in_httpx_args_goes_only_to_the_client_it_fits(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    sync_transport = httpx.HTTPTransport(retries=0)
    client = client_for(api_server.base_url, httpx_args={"transport": sync_transport})

    client.runs.list()
    asyncio.run(client.runs.alist())  # would fail with the sync transport

    assert client.get_httpx_client()._transport is sync_transport
    assert len(api_server.requests) == 2
    client.close()


def test_list_tests_without_application_id_fails_before_sending_async(api_server: LoopbackServer) -> None:
    async def run() -> None:
        async with AuthenticatedClient(api_key="k", base_url=api_server.base_url) as client:
            with pytest.raises(errors.MissingCredentialError):
                await client.tests.alist()
            await client.evals.aget("e1")

    api_server.serve(EVAL)
    asyncio.run(run())
    assert [r.path for r in api_server.requests] == ["/v0/evals/e1"]
    assert "x-application-id" not in api_server.requests[0].headers


def test_an_error_message_quoting_the_key_is_redacted(api_server: LoopbackServer) -> None:
    api_server.responder = lambda request: CannedResponse(
        status=401, body=f'{{"message": "invalid key {request.headers["x-api-key"]}"}}'.encode()
    )
    with client_for(api_server.base_url) as client, pytest.raises(errors.AuthenticationError) as raised:
        client.runs.list()
    assert str(raised.value).endswith(": invalid key <redacted>")
    assert TEST_API_KEY not in repr(raised.value)


@pytest.mark.parametrize("url", ["http://api.avidoai.com", "http://10.0.0.5:8080", "http://[2001:db8::1]/"])
def test_plain_http_to_another_host_is_refused_unless_asked_for(url: str) -> None:
    with pytest.raises(ValueError, match="plain http to a host other than this machine"):
        AuthenticatedClient(api_key="k", base_url=url)
    assert AuthenticatedClient(api_key="k", base_url=url, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9", "https://example.com"]
)
def test_plain_http_to_this_machine_and_https_anywhere_are_fine(url: str) -> None:
    assert AuthenticatedClient(api_key="k", base_url=url).base_url == url
