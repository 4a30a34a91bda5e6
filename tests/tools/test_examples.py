"""The examples run as users run them, against the mock API on 127.0.0.1: the official SDK's
README ported (examples/ported_from_sdk.py), every feature it shows. make lint type-checks
them with mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys

from tools.loopback import LoopbackServer
from tools.mock.api import MockAPI
from tools.paths import EXAMPLES, ROOT


def test_the_sdk_readme_ported_runs_against_the_mock() -> None:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AVIDO_")}
    with LoopbackServer(MockAPI()).running() as server:
        result = subprocess.run(
            [sys.executable, str(EXAMPLES / "ported_from_sdk.py")],
            env={
                **environment,
                "AVIDO_BASE_URL": server.base_url,
                "AVIDO_API_KEY": "example-key",
                "AVIDO_APPLICATION_ID": "example-application",
            },
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    assert "Another non-200-range status code was received: 404" in result.stdout
    assert "completed tests" in result.stdout
    assert "tests, async" in result.stdout
    assert result.stdout.strip().endswith("closed: True")
    sent = {request.target.split("?")[0] for request in server.requests}
    assert sent == {"/v0/tests", "/v0/evals/no-such-eval"}
    assert any("someFilter=x" in request.target for request in server.requests)
