"""A hostile or broken server costs the caller nothing but the package's own error, in bounded
time and memory. Each case runs against a real server on 127.0.0.1 (writing raw bytes where a
well-formed answer can't misbehave enough), sync and async, under its own time limit.
"""

from __future__ import annotations

import asyncio
import json
import time
import zlib
from collections.abc import Callable
from io import BufferedIOBase
from typing import Any

import pytest
from avido_client import errors
from avido_client._constants import DEFAULT_CONCURRENCY

from tests.behaviour.conftest import EVAL, RUNS
from tests.support.client import client_for
from tests.support.memory import peak_growth_mib
from tests.support.modes import MODES, invoke
from tests.support.spec import operation
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest

RUN = json.loads(RUNS)["data"][0]


def header_bytes(status: int = 200, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} OK", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


# --- time ---------------------------------------------------------------------------------------


@pytest.mark.timeout(20)
@pytest.mark.parametrize("mode", MODES)
def test_a_server_dripping_its_body_is_cut_off_at_the_attempts_deadline(
    mode: str, api_server: LoopbackServer
) -> None:
    """One byte every 0.1 s of a 1,000-byte body would take 100 s: the whole attempt is bounded by
    the client's timeout (1 s here), not only each read."""
    written: list[int] = []

    def drip(out: BufferedIOBase) -> None:
        out.write(header_bytes(Content_Length="1000"))
        for _ in range(1000):
            out.write(b" ")
            out.flush()
            written.append(1)
            time.sleep(0.1)

    api_server.responder = lambda _request: CannedResponse(raw=drip)
    with (
        client_for(api_server.base_url, timeout=1.0, max_retries=0) as client,
        pytest.raises(errors.APITimeoutError, match=r"no whole response from 127\.0\.0\.1"),
    ):
        invoke(client, operation("listRuns"), mode)
    assert len(written) < 100  # gave up long before the body was through


@pytest.mark.timeout(20)
@pytest.mark.parametrize("mode", MODES)
def test_a_deadline_ends_every_attempt_and_the_retries_still_run(
    mode: str, api_server: LoopbackServer
) -> None:
    def stall(out: BufferedIOBase) -> None:
        out.write(header_bytes(Content_Length="10"))
        out.flush()
        time.sleep(3)

    api_server.serve_sequence(CannedResponse(raw=stall), CannedResponse(body=RUNS))
    with client_for(api_server.base_url, timeout=0.5) as client:
        page = invoke(client, operation("listRuns"), mode)
    assert page.data[0].id == "run_1"
    assert len(api_server.requests) == 2


# --- size ---------------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", MODES)
def test_a_body_over_the_limit_is_refused_as_it_arrives(mode: str, api_server: LoopbackServer) -> None:
    chunk = b" " * 65536

    def flood(out: BufferedIOBase) -> None:  # 64 MiB, no Content-Length: counted as it comes
        out.write(header_bytes())
        for _ in range(1024):
            out.write(chunk)

    api_server.responder = lambda _request: CannedResponse(raw=flood)
    with (
        client_for(api_server.base_url, max_response_bytes=1_000_000) as client,
        pytest.raises(
            errors.ResponseTooLargeError, match="over the client's limit of 1,000,000 bytes"
        ) as raised,
    ):
        invoke(client, operation("listRuns"), mode)
    assert raised.value.limit == 1_000_000
    assert len(api_server.requests) == 1  # not retried


@pytest.mark.timeout(20)
def test_a_declared_length_over_the_limit_is_refused_before_reading(api_server: LoopbackServer) -> None:
    api_server.serve(b"x" * 2_000_000)
    with (
        client_for(api_server.base_url, max_response_bytes=1_000_000) as client,
        pytest.raises(errors.ResponseTooLargeError, match="declares 2,000,000 bytes"),
    ):
        client.runs.list()


def gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    return b"".join(compressor.compress(block) for _ in range(size >> 20)) + compressor.flush()


BOMB = gzip_of_zeros(1 << 30)  # 1 GiB of zeros, about 1 MB on the wire


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_is_refused_after_decompressing_no_more_than_the_limit(
    mode: str, api_server: LoopbackServer
) -> None:
    api_server.serve(BOMB, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
    with (
        client_for(api_server.base_url, max_response_bytes=10_000_000) as client,
        pytest.raises(errors.ResponseTooLargeError, match="once decompressed"),
    ):
        invoke(client, operation("listRuns"), mode)


MEMORY_CASE = """
import sys
from avido_client import AuthenticatedClient, errors
with AuthenticatedClient(api_key="memory-test-key", base_url=sys.argv[1], max_retries=0) as client:
    try:
        client.runs.list()
    except errors.ResponseTooLargeError:
        print("refused")
"""


@pytest.mark.timeout(60)
@pytest.mark.parametrize("bomb", [True, False], ids=["gzip-bomb-1GiB", "plain-200MiB"])
def test_memory_stays_bounded_by_the_limit(bomb: bool, api_server: LoopbackServer) -> None:
    """In a process of its own, whose peak memory is measured: refusing a 1 GiB gzip bomb or a 200
    MiB body (64 MiB limit, the default) grows it by about the limit, not by the body."""
    if bomb:
        api_server.serve(BOMB, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
    else:
        chunk = b" " * (1 << 20)

        def flood(out: BufferedIOBase) -> None:
            out.write(header_bytes())
            for _ in range(200):
                out.write(chunk)

        api_server.responder = lambda _request: CannedResponse(raw=flood)
    output, growth = peak_growth_mib(MEMORY_CASE, api_server.base_url)
    assert output == "refused"
    assert growth < 160, f"peak memory grew by {growth:.0f} MiB"


# --- what JSON allows ---------------------------------------------------------------------------


def with_results(results_json: str) -> bytes:
    """The documented eval with `results` (any JSON value, per the spec) replaced by raw JSON text."""
    body = json.loads(EVAL)
    body["results"] = "__RESULTS__"
    return json.dumps(body).encode().replace(b'"__RESULTS__"', results_json.encode())


@pytest.mark.timeout(20)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("results", "reason"),
    [
        ("NaN", "NaN is not a JSON value"),
        ("Infinity", "Infinity is not a JSON value"),
        ("-Infinity", "-Infinity is not a JSON value"),
        ("1e999", "too large for a float"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
    ids=["nan", "infinity", "minus-infinity", "overflow", "nested-100000"],
)
def test_what_json_does_not_allow_is_a_validation_error(
    results: str, reason: str, mode: str, parser: str, api_server: LoopbackServer
) -> None:
    """The same error, worded alike, with either parser (the extra leaves such a body to the
    standard library's)."""
    api_server.serve(with_results(results))
    with (
        client_for(api_server.base_url) as client,
        pytest.raises(errors.ResponseValidationError, match=f"body is not JSON .*{reason}"),
    ):
        invoke(client, operation("getEval"), mode, "e1")


@pytest.mark.timeout(20)
def test_a_deeply_nested_value_the_parser_takes_still_encodes_back(
    parser: str, api_server: LoopbackServer
) -> None:
    """Nesting either parser accepts (200 levels) decodes, and to_dict() gives valid JSON back."""
    api_server.serve(with_results("[" * 200 + "1" + "]" * 200))
    with client_for(api_server.base_url) as client:
        evaluation = client.evals.get("e1")
    json.dumps(evaluation.to_dict(), allow_nan=False)


# --- pages that don't add up ----------------------------------------------------------------------


def paging(
    items: int, *, page_size: int = 10_000, honour_skip: bool = True
) -> Callable[[RecordedRequest], Any]:
    def respond(request: RecordedRequest) -> CannedResponse:
        skip = int(request.query["skip"][0]) if honour_skip else 0
        size = min(int(request.query["limit"][0]), page_size)
        data = [{**RUN, "id": f"run_{i}"} for i in range(skip, min(skip + size, items))]
        pagination = {"skip": skip, "limit": size, "total": items, "totalPages": -(-items // size)}
        return CannedResponse(body=json.dumps({"data": data, "pagination": pagination}).encode())

    return respond


def walk(base_url: str, mode: str) -> list[str]:
    with client_for(base_url) as client:
        if mode == "sync":
            return [run.id for run in client.runs.list_all()]

        async def collect() -> list[str]:
            return [run.id async for run in client.runs.alist_all(concurrency=4)]

        return asyncio.run(collect())


@pytest.mark.timeout(20)
@pytest.mark.parametrize("mode", MODES)
def test_a_server_capping_its_pages_below_limit_loses_nothing(mode: str, api_server: LoopbackServer) -> None:
    api_server.responder = paging(250, page_size=30)
    assert walk(api_server.base_url, mode) == [f"run_{i}" for i in range(250)]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("mode", MODES)
def test_a_server_ignoring_skip_ends_the_walk_at_once(mode: str, api_server: LoopbackServer) -> None:
    api_server.responder = paging(10_000, honour_skip=False)
    with pytest.raises(errors.PaginationError, match="skip"):
        walk(api_server.base_url, mode)
    # Stopped at the first page past the first: no more than the pages already fetched ahead.
    assert len(api_server.requests) <= 1 + DEFAULT_CONCURRENCY


# --- where requests go ----------------------------------------------------------------------------


@pytest.mark.timeout(20)
def test_redirects_are_not_followed_by_default(api_server: LoopbackServer) -> None:
    api_server.serve(b"", status=302, headers={"Location": "/v0/elsewhere"})
    with client_for(api_server.base_url) as client, pytest.raises(errors.APIStatusError) as raised:
        client.runs.list()
    assert raised.value.status_code == 302
    assert len(api_server.requests) == 1


@pytest.mark.timeout(20)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_gets_no_credentials(
    status: int, mode: str, api_server: LoopbackServer
) -> None:
    with LoopbackServer().running() as elsewhere:
        elsewhere.serve(RUNS)
        api_server.serve(b"", status=status, headers={"Location": f"{elsewhere.base_url}/v0/runs"})
        with client_for(api_server.base_url, follow_redirects=True) as client:
            invoke(client, operation("listRuns"), mode)
        [arrived] = elsewhere.requests
    assert "x-api-key" not in arrived.headers
    assert api_server.requests[0].headers["x-api-key"]


@pytest.mark.timeout(20)
def test_a_redirect_on_the_same_origin_keeps_them(api_server: LoopbackServer) -> None:
    api_server.serve_sequence(
        CannedResponse(status=307, headers={"Location": "/v0/runs?again=1"}), CannedResponse(body=RUNS)
    )
    with client_for(api_server.base_url, httpx_args={"follow_redirects": True}) as client:
        client.runs.list()
    assert [r.headers.get("x-api-key") for r in api_server.requests] == ["test-api-key"] * 2


@pytest.mark.timeout(20)
def test_a_redirect_loop_ends_in_the_package_error(api_server: LoopbackServer) -> None:
    api_server.serve(b"", status=302, headers={"Location": "/v0/runs"})
    with (
        client_for(api_server.base_url, follow_redirects=True) as client,
        pytest.raises(errors.APIConnectionError, match="more than 20 redirects"),
    ):
        client.runs.list()
