"""AVIDO_LOG sends the package's log to stderr: a line per response (and retry) at info, a line per
request with its headers at debug; never a credential, never a body unless AVIDO_LOG_BODIES=1."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.behaviour.conftest import RUNS
from tools.loopback import CannedResponse, LoopbackServer

KEY = "sk-live-logged-0123456789"
PROGRAM = f"""
import sys
from avido_client import AuthenticatedClient
client = AuthenticatedClient(api_key={KEY!r}, base_url=sys.argv[1])
client.runs.list(limit=3)
"""


def run_with(server: LoopbackServer, **variables: str) -> str:
    """The program's stderr, run with these variables (and the sleeps between retries kept short)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AVIDO_")}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, server.base_url],
        env={**environment, **variables},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout == ""
    return result.stderr


def test_nothing_is_logged_by_default(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    assert run_with(api_server) == ""


def test_info_logs_a_line_per_response_and_per_retry(api_server: LoopbackServer) -> None:
    api_server.serve_sequence(
        CannedResponse(status=503, body=b"{}", headers={"Retry-After": "0"}), CannedResponse(body=RUNS)
    )
    lines = run_with(api_server, AVIDO_LOG="info").splitlines()
    assert len(lines) == 3
    assert "listRuns: GET /v0/runs?limit=3 -> 503 in " in lines[0]
    assert "listRuns: retrying GET /v0/runs?limit=3 after 503 (retry 1 of 2)" in lines[1]
    assert "listRuns: GET /v0/runs?limit=3 -> 200 in " in lines[2]
    assert lines[2].endswith(" ms after 1 retry")
    assert all(" avido_client INFO] " in line for line in lines)


def test_debug_logs_each_request_with_its_headers_never_the_key(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    text = run_with(api_server, AVIDO_LOG="debug")
    assert "listRuns: sending GET http://127.0.0.1:" in text
    assert "'x-api-key': '<redacted>'" in text
    assert "-> 200 in" in text
    assert KEY not in text
    assert "run_1" not in text  # no body unless asked


def test_bodies_only_when_asked(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS.replace(b"run_1", KEY.encode()))  # a server echoing the key
    text = run_with(api_server, AVIDO_LOG="debug", AVIDO_LOG_BODIES="1")
    assert "listRuns: response body {" in text
    assert KEY not in text
    assert "<redacted>" in text


@pytest.mark.parametrize("value", ["verbose", "2"])
def test_an_unknown_level_is_named_and_ignored(value: str, api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    text = run_with(api_server, AVIDO_LOG=value)
    assert f"AVIDO_LOG={value!r} is not one of debug, info; ignored" in text
    assert "listRuns" not in text
