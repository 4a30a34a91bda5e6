"""The Python examples of the README and of docs/usage.md run, in order, against the mock API on
127.0.0.1."""

from __future__ import annotations

import re

import pytest

from tools.loopback import LoopbackServer
from tools.mock.api import MockAPI
from tools.paths import DOCS, README


def test_readme_python_examples_run(api_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [
        (path.name, block)
        for path in (README, DOCS / "usage.md")
        for block in re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    ]
    assert len(blocks) >= 6

    api_server.responder = MockAPI()  # the spec's examples, listings paged as asked
    monkeypatch.setenv("AVIDO_API_KEY", "readme-key")
    monkeypatch.setenv("AVIDO_APPLICATION_ID", "readme-app")
    monkeypatch.setenv("AVIDO_BASE_URL", api_server.base_url)

    namespace: dict[str, object] = {}
    for name, block in blocks:
        exec(compile(block, name, "exec"), namespace)

    assert {r.path for r in api_server.requests} == {
        "/v0/runs",
        "/v0/tests",
        "/v0/evals/123e4567-e89b-12d3-a456-426614174000",
        "/v0/tasks",
        f"/v0/tasks/{namespace['task'].id}/tags",  # type: ignore[attr-defined]  # the created task's: the sandbox keeps it
    }
