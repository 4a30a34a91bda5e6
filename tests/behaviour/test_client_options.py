"""The client's options: each checked at construction (naming it), every one of them changed by
copy()/with_options() (credentials and base URL included) with the connections shared where
safe, a closed client that says so, and the package's version in its User-Agent."""

from __future__ import annotations

import asyncio
import platform
import re
from typing import Any

import avido_client
import httpx
import pytest
from avido_client import AuthenticatedClient, errors

from tests.behaviour.conftest import RUNS, TESTS
from tests.support.client import client_for
from tools.loopback import LoopbackServer
from tools.spec import Spec

BAD_OPTIONS = [
    ("base_url", "not a url", ValueError),
    ("base_url", "ftp://api.avidoai.com", ValueError),
    ("base_url", "https://", ValueError),
    ("base_url", "https://user:password@api.avidoai.com", ValueError),
    ("base_url", "https://api.avidoai.com?x=1", ValueError),
    ("base_url", "https://api.avidoai.com/v0", ValueError),
    ("base_url", 5, TypeError),
    ("timeout", "5", TypeError),
    ("timeout", -1, ValueError),
    ("timeout", float("nan"), ValueError),
    ("timeout", True, TypeError),
    ("max_retries", -1, ValueError),
    ("max_retries", 2.5, TypeError),
    ("max_retries", True, TypeError),
    ("max_response_bytes", 0, ValueError),
    ("max_response_bytes", "64MiB", TypeError),
    ("follow_redirects", "yes", TypeError),
    ("allow_insecure_http", 1, TypeError),
    ("headers", {"x-api-key": "other"}, ValueError),
    ("headers", {"Bad Header": "x"}, ValueError),
    ("headers", {"X-Trace": "a\nb"}, ValueError),
    ("headers", {"X-Trace": 5}, TypeError),
    ("headers", "X-Trace: 5", TypeError),
    ("httpx_args", {"base_url": "https://elsewhere"}, ValueError),
    ("httpx_args", {"timeout": 5}, ValueError),
    ("httpx_args", {"transprot": None}, ValueError),
    ("httpx_args", ["verify"], TypeError),
    ("api_key", 12345, TypeError),
]


@pytest.mark.parametrize(
    ("option", "value", "error"), BAD_OPTIONS, ids=[f"{o}={v!r}"[:40] for o, v, _ in BAD_OPTIONS]
)
def test_each_option_is_checked_at_construction_naming_it(
    option: str, value: Any, error: type[Exception]
) -> None:
    arguments: dict[str, Any] = {"api_key": "key", option: value}
    with pytest.raises(error, match=option):
        AuthenticatedClient(**arguments)


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [case for case in BAD_OPTIONS if case[0] != "api_key"],
    ids=[f"{o}={v!r}"[:40] for o, v, _ in BAD_OPTIONS if o != "api_key"],
)
def test_copy_checks_the_options_it_changes_as_construction_does(
    option: str, value: Any, error: type[Exception]
) -> None:
    client = AuthenticatedClient(api_key="key")
    with pytest.raises(error, match=option):
        client.copy(**{option: value})


def test_copy_changes_every_option_and_keeps_the_rest(api_server: LoopbackServer) -> None:
    api_server.serve(TESTS)
    client = client_for("http://127.0.0.1:9", timeout=30, max_retries=3, headers={"X-One": "1"})
    other = client.copy(
        api_key="other-key",
        application_id="other-app",
        base_url=api_server.base_url,
        timeout=2,
        max_retries=0,
        max_response_bytes=1000000,
        follow_redirects=True,
        headers={"X-Two": "2"},
    )
    other.tests.list()
    [request] = api_server.requests
    assert (request.headers["x-api-key"], request.headers["x-application-id"]) == ("other-key", "other-app")
    assert (request.headers["x-one"], request.headers["x-two"]) == ("1", "2")  # headers add up
    assert (other.timeout.read, other.max_retries, other.max_response_bytes, other.follow_redirects) == (
        2.0,
        0,
        1000000,
        True,
    )
    assert (client.base_url, client.timeout.read, client.max_retries) == ("http://127.0.0.1:9", 30.0, 3)
    assert client.copy().base_url == client.base_url
    assert vars(AuthenticatedClient)["with_options"] is vars(AuthenticatedClient)["copy"]


def test_copies_share_the_connections_unless_httpx_args_change(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    client = client_for(api_server.base_url)
    for copy in (
        client.copy(api_key="another-key"),
        client.copy(base_url="http://localhost:1"),
        client.copy(),
    ):
        assert copy.get_httpx_client() is client.get_httpx_client()
    separate = client.copy(httpx_args={"http2": False})
    assert separate.get_httpx_client() is not client.get_httpx_client()
    separate.close()
    assert not client.is_closed()
    client.runs.list()
    client.close()


def test_a_copy_for_another_application_sends_its_id(api_server: LoopbackServer) -> None:
    """Each Avido application a client and one pool: a copy per application."""
    api_server.serve(TESTS)
    client = AuthenticatedClient(api_key="key", base_url=api_server.base_url)
    for application in ("app-1", "app-2"):
        client.copy(application_id=application).tests.list()
    assert [r.headers["x-application-id"] for r in api_server.requests] == ["app-1", "app-2"]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_closed_client_refuses_to_send_and_says_so(mode: str, api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    client = client_for(api_server.base_url)
    copy = client.copy(timeout=3)
    client.runs.list()
    client.close()
    assert client.is_closed()
    assert copy.is_closed()  # it shares the closed connections
    assert "closed" in repr(client)

    def send() -> object:
        return client.runs.list() if mode == "sync" else asyncio.run(copy.runs.alist())

    with pytest.raises(errors.ClientClosedError, match="listRuns: the client is closed"):
        send()
    assert len(api_server.requests) == 1


def test_an_async_closed_client_refuses_to_send(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)

    async def main() -> None:
        async with client_for(api_server.base_url) as client:
            await client.runs.alist()
        assert client.is_closed()
        with pytest.raises(errors.ClientClosedError):
            await client.runs.alist()
        with pytest.raises(errors.ClientClosedError):
            client.runs.list()

    asyncio.run(main())


def test_the_version_and_the_user_agent(api_server: LoopbackServer) -> None:
    assert avido_client.__version__ == str(Spec.load().document["info"]["version"])
    api_server.serve(RUNS)
    with client_for(api_server.base_url) as client:
        client.runs.list()
    agent = api_server.requests[0].headers["user-agent"]
    python, version = platform.python_version(), avido_client.__version__
    assert agent == f"avido-client/{version} Python/{python} httpx/{httpx.__version__}"
    assert re.fullmatch(r"avido-client/\d+\.\d+\.\d+\S* Python/\S+ httpx/\S+", agent)


def test_a_user_agent_of_the_callers_own_wins(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    with client_for(api_server.base_url, headers={"User-Agent": "my-app/1.0"}) as client:
        client.runs.list()
    assert api_server.requests[0].headers["user-agent"] == "my-app/1.0"
