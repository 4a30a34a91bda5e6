"""Path parameters: ids that would change the path are refused before anything is sent."""

from __future__ import annotations

import asyncio

import pytest

from tests.behaviour.conftest import EVAL
from tests.support.client import client_for
from tests.support.modes import ALL_MODES, invoke
from tests.support.spec import operation
from tools.loopback import LoopbackServer


@pytest.mark.parametrize("bad_id", ["", ".", ".."])
def test_dot_and_empty_ids_are_refused_before_sending(bad_id: str, api_server: LoopbackServer) -> None:
    api_server.serve(EVAL)
    with client_for(api_server.base_url) as client:
        with pytest.raises(ValueError, match="id must not be"):
            client.evals.get(bad_id)
        with pytest.raises(ValueError, match="id must not be"):
            client.evals.with_raw_response.get(bad_id)
        with pytest.raises(ValueError, match="id must not be"):
            asyncio.run(client.evals.aget(bad_id))
    assert api_server.requests == []


@pytest.mark.parametrize(
    ("raw", "sent"),
    [
        ("../runs", "/v0/evals/..%2Fruns"),
        ("a b", "/v0/evals/a%20b"),
        ("%2F", "/v0/evals/%252F"),
        ("...", "/v0/evals/..."),
    ],
)
def test_reserved_characters_stay_percent_encoded(raw: str, sent: str, api_server: LoopbackServer) -> None:
    api_server.serve(EVAL)
    with client_for(api_server.base_url) as client:
        client.evals.get(raw)
    assert api_server.requests[0].target == sent


@pytest.mark.parametrize(
    ("bad_id", "message"),
    [
        (None, "id is required"),
        (5, "id must be a string, not int"),
        (b"e1", "id must be a string, not bytes"),
        ("e" * 100_000, "id is 100,000 characters long, over 1,024"),
    ],
    ids=["none", "int", "bytes", "100k-characters"],
)
def test_ids_that_cant_be_sent_are_refused_before_sending(
    bad_id: object, message: str, api_server: LoopbackServer
) -> None:
    api_server.serve(EVAL)
    with client_for(api_server.base_url) as client:
        for mode in ALL_MODES:
            with pytest.raises(ValueError, match=message):
                invoke(client, operation("getEval"), mode, bad_id)
    assert api_server.requests == []
