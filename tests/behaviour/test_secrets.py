"""Credentials: refused at construction when they can't be sent, and kept out of every error (its
str, repr, chain, body, raw body, headers) and every log record, whatever a server echoes."""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from avido_client import AuthenticatedClient, errors

from tests.behaviour.conftest import EVAL
from tests.support.modes import MODES, invoke
from tests.support.spec import operation
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest

KEY = "sk-live-0123456789abcdef"  # long enough to be redacted wherever it appears
APP = "app-5f0b7a2e3c1d"


@pytest.mark.parametrize(
    "bad",
    [KEY + "\n", KEY + "\r\n", "sk-live\x00key", "sk live key", "\tsk-key", "sk-kéy-0123", ""],
    ids=["newline", "crlf", "nul", "space", "tab", "non-ascii", "empty"],
)
def test_a_credential_that_cant_be_a_header_is_refused_naming_where_it_came_from(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError, match="api_key") as raised:
        AuthenticatedClient(api_key=bad)
    assert bad not in str(raised.value) or bad == ""
    if "\x00" in bad or bad == "":
        return  # no environment variable can hold a NUL; an empty one is no key (test_client_and_auth)
    monkeypatch.setenv("AVIDO_API_KEY", bad)
    with pytest.raises(ValueError, match="AVIDO_API_KEY") as from_environment:
        AuthenticatedClient()
    assert bad not in str(from_environment.value) or bad == ""


def everything_shown(error: BaseException) -> Iterator[str]:
    """Every text an error shows, down its chain: str, repr, message, body, raw body, headers."""
    seen: BaseException | None = error
    while seen is not None:
        yield str(seen)
        yield repr(seen)
        for name, value in vars(seen).items():
            yield f"{name}={value!r}"
            if isinstance(value, bytes):
                yield value.decode("utf-8", "replace")
            if hasattr(value, "to_dict"):
                yield repr(value.to_dict())
        yield repr(getattr(seen, "request", None))
        seen = seen.__cause__ or seen.__context__


def echo_key(request: RecordedRequest, status: int) -> CannedResponse:
    key = request.headers["x-api-key"]
    return CannedResponse(
        status=status,
        body=f'{{"message": "invalid key {key}", "error": "{key}", "detail": ["{key}"]}}'.encode(),
        headers={"Content-Type": "application/json", "X-Echo": f"you sent {key}", "Retry-After": "0"},
    )


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore included: httpcore logs response headers
    return caplog


def records_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{record.getMessage()} {record.args!r}" for record in caplog.records)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [401, 429, 503])
def test_a_key_the_server_echoes_is_in_no_error_and_no_log_line(
    status: int, mode: str, api_server: LoopbackServer, logs: pytest.LogCaptureFixture, waits: list[float]
) -> None:
    api_server.responder = lambda request: echo_key(request, status)
    with (
        AuthenticatedClient(api_key=KEY, application_id=APP, base_url=api_server.base_url) as client,
        pytest.raises(errors.APIStatusError) as raised,
    ):
        invoke(client, operation("listRuns"), mode)

    shown = "\n".join(everything_shown(raised.value)) + records_text(logs)
    assert KEY not in shown
    assert "invalid key <redacted>" in str(raised.value)  # the rest of the message is intact
    assert raised.value.raw_body.count(b"<redacted>") == 3
    assert raised.value.body.error == "<redacted>"
    assert "x-echo" not in {name.lower() for name in raised.value.headers}
    assert "<redacted>" in records_text(logs)  # httpcore did log the echoed header, redacted


@pytest.mark.parametrize("mode", MODES)
def test_a_key_echoed_into_a_bad_success_body_is_not_in_the_validation_error(
    mode: str, api_server: LoopbackServer
) -> None:
    api_server.responder = lambda request: CannedResponse(
        body=EVAL.replace(b'"org_123456"', f'{{"key": "{request.headers["x-api-key"]}"}}'.encode())
    )
    with (
        AuthenticatedClient(api_key=KEY, base_url=api_server.base_url) as client,
        pytest.raises(errors.ResponseValidationError) as raised,
    ):
        invoke(client, operation("getEval"), mode, "e1")
    assert raised.value.path == "orgId"
    assert KEY not in "\n".join(everything_shown(raised.value))


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_error_chains_to_no_httpx_exception(mode: str) -> None:
    """httpx's exception holds the request, and the request the credential headers."""
    with (
        AuthenticatedClient(api_key=KEY, base_url="http://127.0.0.1:9", max_retries=0) as client,
        pytest.raises(errors.APIConnectionError) as raised,
    ):
        invoke(client, operation("listRuns"), mode)
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None
    assert "could not connect to 127.0.0.1:9" in str(raised.value)
    assert KEY not in "\n".join(everything_shown(raised.value))


def test_a_short_credential_is_redacted_only_where_it_stands_alone(api_server: LoopbackServer) -> None:
    """A short key (such as a test key "k") replaced everywhere would garble the message."""
    api_server.responder = lambda request: CannedResponse(
        status=401, body=b'{"message": "key k is unknown; check the key"}'
    )
    with (
        AuthenticatedClient(api_key="k", base_url=api_server.base_url) as client,
        pytest.raises(errors.AuthenticationError) as raised,
    ):
        client.runs.list()
    assert str(raised.value).endswith(": key <redacted> is unknown; check the key")


def status_error(status: int) -> errors.APIStatusError:
    with LoopbackServer().running() as server:
        server.responder = lambda request: echo_key(request, status)
        with AuthenticatedClient(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
            try:
                client.runs.list()
            except errors.APIStatusError as error:
                return error
    raise AssertionError("no error")


def made_errors() -> list[errors.APIError]:
    return [
        status_error(404),
        status_error(503),
        errors.APIConnectionError(
            "listRuns: could not connect", request=httpx.Request("GET", "https://a.b/v0/runs")
        ),
        errors.APITimeoutError("listRuns: timed out"),
        errors.ResponseTooLargeError("too large", limit=10),
        errors.ResponseValidationError(model="Eval", path="orgId", reason="expected string", raw_body=b"{}"),
        errors.PaginationError("skip not honoured", skip=100),
        errors.MissingCredentialError("no api_key"),
        errors.ClientClosedError("listRuns: the client is closed"),
    ]


@pytest.mark.parametrize("error", made_errors(), ids=lambda e: type(e).__name__)
def test_errors_pickle_back_to_the_same_type_attributes_and_message(error: errors.APIError) -> None:
    """So an error can cross a process boundary (a ProcessPoolExecutor worker that hits a 404)."""
    restored: Any = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert restored.args == error.args
    assert vars(restored).keys() == vars(error).keys()
    for name, value in vars(error).items():
        assert comparable(getattr(restored, name)) == comparable(value), name


def comparable(value: object) -> object:
    """httpx's requests and responses don't compare: their parts do."""
    if isinstance(value, httpx.Request):
        return (value.method, str(value.url), value.headers.multi_items())
    if isinstance(value, httpx.Response):
        return (value.status_code, value.headers.multi_items(), value.content, comparable(value.request))
    return value
