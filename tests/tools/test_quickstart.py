"""examples/quickstart.py, run as a user runs it: a missing key, a wrong key or a host that can't
be reached ends in the package's one-line message and exit status 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tools.loopback import CannedResponse, LoopbackServer
from tools.paths import QUICKSTART, ROOT

UNAUTHORIZED = b'{"statusCode": 401, "error": "Unauthorized", "message": "Invalid API key"}'


def quickstart(**variables: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AVIDO_")}
    return subprocess.run(
        [sys.executable, str(QUICKSTART)],
        env={**environment, **variables},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_line_failure(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("quickstart: ")
    for text in expected:
        assert text in line


@pytest.mark.parametrize("key", [None, ""], ids=["unset", "empty"])
def test_no_key(key: str | None) -> None:
    one_line_failure(quickstart(**({} if key is None else {"AVIDO_API_KEY": key})), "AVIDO_API_KEY")


def test_a_wrong_key(api_server: LoopbackServer) -> None:
    api_server.serve_sequence(CannedResponse(status=401, body=UNAUTHORIZED))
    result = quickstart(AVIDO_API_KEY="wrong-key-123", AVIDO_BASE_URL=api_server.base_url)
    one_line_failure(result, "401", "Invalid API key")
    assert "wrong-key-123" not in result.stderr + result.stdout


def test_a_host_that_cant_be_reached() -> None:
    one_line_failure(
        quickstart(AVIDO_API_KEY="key", AVIDO_BASE_URL="http://127.0.0.1:9"),
        "could not connect to 127.0.0.1:9",
    )


def test_a_base_url_that_is_not_one() -> None:
    one_line_failure(quickstart(AVIDO_API_KEY="key", AVIDO_BASE_URL="api.avidoai.com"), "base_url")
