"""Fixtures for client-behaviour tests: documented bodies and observed retry waits."""

from __future__ import annotations

import pytest
from avido_client import _base_client, _decoding

from tools.paths import FIXTURES

RUNS = (FIXTURES / "list_runs" / "200-documented.json").read_bytes()
TESTS = (FIXTURES / "list_tests" / "200-documented.json").read_bytes()
EVAL = (FIXTURES / "get_eval" / "200-documented.json").read_bytes()


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry waits the client asks for, recorded instead of slept (requests still go over HTTP)."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_base_client, "_sleep", recorded.append)
    monkeypatch.setattr(_base_client, "_async_sleep", async_sleep)
    return recorded


@pytest.fixture(autouse=True)
def no_avido_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests set the AVIDO_* variables they need; none leak in from the machine."""
    for name in ("AVIDO_API_KEY", "AVIDO_APPLICATION_ID", "AVIDO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


PARSERS = {"json": _decoding.load_with_json, "msgspec": _decoding.load_with_msgspec}


@pytest.fixture(params=list(PARSERS))
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with each way the client can decode: the standard library's parser and the
    flat decoders (the default install), and msgspec (the `fast` extra)."""
    name: str = request.param
    monkeypatch.setattr(_decoding, "load_json", PARSERS[name])
    return name
