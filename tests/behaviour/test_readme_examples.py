"""The README's Python examples run, in order, against the mock API on 127.0.0.1."""

from __future__ import annotations

import re

import pytest

from tools.loopback import LoopbackServer
from tools.mock_api import MockAPI
from tools.paths import ROOT


def test_readme_python_examples_run(api_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.DOTALL)
    assert len(blocks) >= 4

    api_server.responder = MockAPI()  # the spec's examples, listings paged as asked
    monkeypatch.setenv("AVIDO_API_KEY", "readme-key")
    monkeypatch.setenv("AVIDO_APPLICATION_ID", "readme-app")
    monkeypatch.setenv("AVIDO_BASE_URL", api_server.base_url)

    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)

    assert {r.path for r in api_server.requests} == {
        "/v0/runs",
        "/v0/tests",
        "/v0/evals/123e4567-e89b-12d3-a456-426614174000",
    }
