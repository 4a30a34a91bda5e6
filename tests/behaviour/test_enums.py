"""Enums: a value the API adds later parses and round-trips; values the caller sends stay strict."""

from __future__ import annotations

import json

import pytest
from avido_client.models import EvalType, Status

from tests.behaviour.conftest import RUNS
from tests.support.client import client_for
from tools.loopback import LoopbackServer


def test_unknown_status_in_a_response_parses_and_round_trips(api_server: LoopbackServer) -> None:
    payload = json.loads(RUNS)
    payload["data"][0]["status"] = "ARCHIVED"
    api_server.serve(json.dumps(payload).encode())

    with client_for(api_server.base_url) as client:
        page = client.runs.list()

    status = page.data[0].status
    assert status == "ARCHIVED"
    assert status.value == "ARCHIVED"
    assert not status.is_known
    assert status not in list(Status)
    assert page.to_dict()["data"][0]["status"] == "ARCHIVED"


def test_known_members_say_so() -> None:
    assert all(member.is_known for member in Status)
    assert Status("COMPLETED") is Status.COMPLETED


def test_unknown_enum_value_cannot_be_sent(api_server: LoopbackServer) -> None:
    api_server.serve(RUNS)
    with client_for(api_server.base_url) as client, pytest.raises(ValueError, match="type: 'SENTIMENT'"):
        client.runs.list(type=EvalType("SENTIMENT"))
    assert api_server.requests == []


def test_wrong_json_type_for_an_enum_is_still_an_error() -> None:
    with pytest.raises(ValueError, match="not a valid Status"):
        Status(3)  # type: ignore[arg-type]
