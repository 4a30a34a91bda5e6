"""The mock answers every request with a whole HTTP response, even one that isn't HTTP: sent as raw
bytes on a socket to 127.0.0.1, each gets a status line, headers and exactly `Content-Length`
bytes of the spec's error shape, and the server goes on serving. It logs a line per answer when
asked, and nothing otherwise."""

from __future__ import annotations

import copy
import json
import re
import socket
from collections.abc import Iterator

import httpx
import pytest
from jsonschema import Draft202012Validator

from tests.support.experiments import NEW_EXPERIMENT, with_experiments
from tests.support.spec import SPEC
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.mock.api import MockAPI, error, serve
from tools.mock.server import default_credentials
from tools.spec import Spec

CREDENTIALS = default_credentials(SPEC)
KEY = CREDENTIALS["ApiKey"]
ERROR_SHAPE = Draft202012Validator(SPEC.json_schema("ErrorResponse"))


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with serve(credentials=CREDENTIALS).running() as server:
        yield server.port


@pytest.fixture(scope="module")
def experiments_port() -> Iterator[int]:
    """The mock of a spec with an operation that takes a JSON body (POST /v0/experiments)."""
    spec = Spec(with_experiments(copy.deepcopy(SPEC.document)))
    with LoopbackServer(MockAPI(spec, credentials=CREDENTIALS), on_malformed=error).running() as server:
        yield server.port


def exchange(port: int, raw: bytes, *, to_head: bool = False) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read until the server closes; the status, headers and body of the one whole
    response that must have come back (to a HEAD request: no body, whatever Content-Length says)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(raw)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, separator, body = received.partition(b"\r\n\r\n")
    assert separator, f"no whole head in {received[:200]!r}"
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    matched = re.fullmatch(r"HTTP/1\.[01] ([0-9]{3}) .*", status_line)
    assert matched, status_line
    headers = {
        name.lower(): value.strip() for name, _, value in (line.partition(":") for line in header_lines)
    }
    assert len(body) == (0 if to_head else int(headers["content-length"]))  # the whole body, nothing after
    return int(matched.group(1)), headers, body


def request(method: str, target: str, *lines: str, body: bytes = b"") -> bytes:
    """A request with the mock's key that asks the server to close after answering."""
    head = [
        f"{method} {target} HTTP/1.1",
        "Host: 127.0.0.1",
        f"x-api-key: {KEY}",
        "Connection: close",
        *lines,
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


MALFORMED = [
    pytest.param(b"GARBAGE\r\n\r\n", 400, id="one-word-request-line"),
    pytest.param(b"GET /v0/runs\r\n\r\n", 400, id="no-version-http-0.9"),
    pytest.param(b"GET /v0/runs HTTP/1.1 more\r\n\r\n", 400, id="four-words"),
    pytest.param(b"GET  /v0/runs HTTP/1.1\r\n\r\n", 400, id="two-spaces"),
    pytest.param(b"GET /v0/runs FTP/1.1\r\n\r\n", 400, id="not-http"),
    pytest.param(b"GET /v0/runs HTTP/2.0\r\n\r\n", 505, id="http-2"),
    pytest.param(b"G(T /v0/runs HTTP/1.1\r\n\r\n", 400, id="method-not-a-token"),
    pytest.param(b"GET /v0/\x01runs HTTP/1.1\r\n\r\n", 400, id="control-character-in-target"),
    pytest.param(b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414, id="request-line-too-long"),
    pytest.param(request("GET", "/v0/runs", "X-Long: " + "a" * 70000), 431, id="header-line-too-long"),
    pytest.param(request("GET", "/v0/runs", "Content-Length: abc"), 400, id="content-length-not-a-number"),
    pytest.param(request("GET", "/v0/runs", "Content-Length: -1"), 400, id="content-length-negative"),
    pytest.param(
        request("GET", "/v0/runs", "Content-Length: +2", body=b"{}"), 400, id="content-length-signed"
    ),
    pytest.param(request("GET", "/v0/runs", "Content-Length: 0x2", body=b"{}"), 400, id="content-length-hex"),
    pytest.param(
        request("GET", "/v0/runs", "Content-Length: 1", "Content-Length: 2", body=b"{}"),
        400,
        id="content-length-duplicates-conflicting",
    ),
    pytest.param(
        request("GET", "/v0/runs", "Content-Length: 1, 2", body=b"{}"),
        400,
        id="content-length-list-conflicting",
    ),
    pytest.param(
        request("GET", "/v0/runs", "Content-Length: 999999999999"), 413, id="content-length-over-the-limit"
    ),
    pytest.param(
        request("GET", "/v0/runs", "Content-Length: 2", "Transfer-Encoding: chunked", body=b"0\r\n\r\n"),
        400,
        id="content-length-and-chunked",
    ),
    pytest.param(request("GET", "/v0/runs", "Transfer-Encoding: gzip"), 501, id="unknown-transfer-coding"),
    pytest.param(
        request("GET", "/v0/runs", "Transfer-Encoding: chunked", body=b"zz\r\n"), 400, id="bad-chunk-size"
    ),
    pytest.param(
        request("GET", "/v0/runs", "Transfer-Encoding: chunked", body=b"1\r\nabc\r\n0\r\n\r\n"),
        400,
        id="chunk-longer-than-its-size",
    ),
    pytest.param(request("GET", "/v0/evals/%zz"), 400, id="bad-percent-encoding-in-path"),
    pytest.param(request("GET", "/v0/runs?taskId=%4"), 400, id="bad-percent-encoding-in-query"),
    pytest.param(request("GET", "/v0/evals/%ff%fe"), 400, id="percent-encoded-non-utf-8"),
    pytest.param(request("GET", "/v0/nothing"), 404, id="unknown-path"),
    pytest.param(request("GET", "/v0/v0/runs"), 404, id="path-under-an-extra-prefix"),
    pytest.param(request("BREW", "/v0/runs"), 405, id="unknown-method"),
]


@pytest.mark.parametrize(("raw", "status"), MALFORMED)
def test_a_request_unreadable_or_refused_gets_a_whole_answer_in_the_error_shape(
    raw: bytes, status: int, port: int
) -> None:
    answered, headers, body = exchange(port, raw)
    assert answered == status, body
    assert headers["content-type"] == "application/json"
    assert not list(ERROR_SHAPE.iter_errors(json.loads(body)))
    assert json.loads(body)["statusCode"] == status
    # and the server goes on serving
    assert exchange(port, request("GET", "/v0/runs?limit=1"))[0] == 200


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"\r\n\r\n" + request("GET", "/v0/runs?limit=1"), id="after-empty-lines"),
        pytest.param(request("GET", "/v0/runs?limit=1").replace(b"HTTP/1.1", b"HTTP/1.0"), id="http-1.0"),
        pytest.param(
            request("GET", "/v0/runs?limit=1", "Content-Length: 2", "Content-Length: 2", body=b"{}"),
            id="content-length-duplicates-equal",
        ),
        pytest.param(
            request("GET", "/v0/runs?limit=1", "Transfer-Encoding: chunked", body=b"2\r\n{}\r\n0\r\n\r\n"),
            id="chunked",
        ),
        pytest.param(
            request("GET", "http://127.0.0.1/v0/runs?limit=1"),
            id="absolute-form-target",
        ),
    ],
)
def test_a_request_framed_as_http_allows_is_answered(raw: bytes, port: int) -> None:
    status, _, body = exchange(port, raw)
    assert status == 200, body
    assert len(json.loads(body)["data"]) == 1


def test_head_gets_the_get_answers_head_and_no_body(port: int) -> None:
    get_status, get_headers, get_body = exchange(port, request("GET", "/v0/runs"))
    status, headers, body = exchange(port, request("HEAD", "/v0/runs"), to_head=True)
    assert (status, body) == (get_status, b"") == (200, b"")
    assert headers["content-length"] == get_headers["content-length"] == str(len(get_body)) != "0"


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        pytest.param(b"{not json", ["Content-Type: application/json"], id="broken"),
        pytest.param(b'{"title": NaN}', ["Content-Type: application/json"], id="nan"),
        pytest.param(b"\xff\xfe", ["Content-Type: application/json"], id="not-utf-8"),
        pytest.param(b"title=a", ["Content-Type: application/x-www-form-urlencoded"], id="a-form"),
    ],
)
def test_a_body_that_isnt_json_where_json_is_expected_is_400(
    body: bytes, lines: list[str], experiments_port: int
) -> None:
    raw = request("POST", "/v0/experiments", *lines, f"Content-Length: {len(body)}", body=body)
    status, _, answer = exchange(experiments_port, raw)
    assert status == 400, answer
    assert json.loads(answer)["statusCode"] == 400


def test_a_json_body_is_answered_chunked_or_not(experiments_port: int) -> None:
    body = json.dumps(NEW_EXPERIMENT).encode()
    plain = request(
        "POST", "/v0/experiments", "Content-Type: application/json", f"Content-Length: {len(body)}", body=body
    )
    chunked = request(
        "POST",
        "/v0/experiments",
        "Content-Type: application/json",
        "Transfer-Encoding: chunked",
        body=b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body),
    )
    assert exchange(experiments_port, plain)[0] == exchange(experiments_port, chunked)[0] == 201


def test_a_responder_that_fails_still_answers_500_in_the_error_shape() -> None:
    def failing(_request: RecordedRequest) -> CannedResponse:
        raise RuntimeError("a bug")

    with LoopbackServer(failing, on_malformed=error).running() as server:
        status, _, body = exchange(server.port, request("GET", "/v0/runs"))
    assert status == 500
    assert "a bug" in json.loads(body)["message"]


def test_it_logs_a_line_per_answer_method_target_status_milliseconds() -> None:
    lines: list[str] = []
    with serve(credentials=CREDENTIALS, log=lines.append).running() as server:
        httpx.get(f"{server.base_url}/v0/runs?limit=1", headers={"x-api-key": KEY})
        httpx.get(f"{server.base_url}/v0/runs", headers={"x-api-key": "wrong"})
        exchange(server.port, b"GARBAGE\r\n\r\n")
    assert len(lines) == 3
    assert re.fullmatch(r"GET /v0/runs\?limit=1 200 [0-9]+\.[0-9] ms", lines[0])
    assert re.fullmatch(r"GET /v0/runs 401 [0-9]+\.[0-9] ms", lines[1])
    assert re.fullmatch(r"- - 400 [0-9]+\.[0-9] ms", lines[2])


def test_it_is_quiet_in_process_unless_asked(capfd: pytest.CaptureFixture[str]) -> None:
    with serve(credentials=CREDENTIALS).running() as server:
        assert httpx.get(f"{server.base_url}/v0/runs", headers={"x-api-key": KEY}).status_code == 200
        assert httpx.get(f"{server.base_url}/v0/nothing").status_code == 404
        assert exchange(server.port, b"GARBAGE\r\n\r\n")[0] == 400
    assert capfd.readouterr() == ("", "")
