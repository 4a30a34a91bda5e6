"""A 2xx body that does not match the spec raises ResponseValidationError naming the model,
the JSON path and what is wrong, and carrying the raw body; nothing else escapes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from avido_client import errors
from avido_client.api.evals import get_eval
from avido_client.api.runs import list_runs
from avido_client.api.tests import list_tests

from tests.behaviour.conftest import EVAL, RUNS, TESTS
from tests.support.client import client_for
from tests.support.server import RecordingServer


def edited(body: bytes, change: Callable[[Any], Any]) -> bytes:
    payload = json.loads(body)
    result = change(payload)
    return json.dumps(payload if result is None else result).encode()


CASES = [
    (
        "missing nested key",
        list_tests,
        edited(TESTS, lambda p: p["data"][0]["task"]["application"].pop("slug") and None),
        "PaginatedTests: data[0].task.application: missing required key 'slug'",
    ),
    (
        "missing top-level key",
        list_runs,
        edited(RUNS, lambda p: p.pop("pagination") and None),
        "PaginatedRuns: missing required key 'pagination'",
    ),
    (
        "wrong type string",
        list_runs,
        edited(RUNS, lambda p: p["data"][0].update(id=42)),
        "PaginatedRuns: data[0].id: expected string, got number",
    ),
    (
        "wrong type number",
        list_tests,
        edited(TESTS, lambda p: p["data"][0]["task"]["topic"].update(baseline="high")),
        "PaginatedTests: data[0].task.topic.baseline: expected null or number, got string",
    ),
    (
        "bad date-time",
        get_eval,
        edited(EVAL, lambda p: p.update(createdAt="yesterday")),
        "Eval: createdAt: invalid value 'yesterday': Invalid isoformat string: 'yesterday'",
    ),
    (
        "null where not nullable",
        list_tests,
        edited(TESTS, lambda p: p["data"][0].update(evals=None)),
        "PaginatedTests: data[0].evals: expected array, got null",
    ),
    (
        "wrong shape item",
        list_runs,
        edited(RUNS, lambda p: p["data"].append(["not", "an", "object"])),
        "PaginatedRuns: data[1]: expected object, got array",
    ),
    ("wrong shape top", list_runs, b"[]", "PaginatedRuns: expected object, got array"),
    ("not JSON", get_eval, b"<html>oops</html>", "Eval: body is not JSON"),
    ("empty body", get_eval, b"", "Eval: body is not JSON"),
]


@pytest.mark.parametrize("mode", ["sync", "sync_detailed", "asyncio"])
@pytest.mark.parametrize(("name", "module", "body", "message"), CASES, ids=[c[0] for c in CASES])
def test_broken_success_body_raises_response_validation_error(
    name: str, module: Any, body: bytes, message: str, mode: str, api_server: RecordingServer
) -> None:
    api_server.serve(body)
    arguments = {"id": "e1"} if module is get_eval else {}
    client = client_for(api_server.base_url)
    call: Callable[[], object] = {
        "sync": lambda: module.sync(client=client, **arguments),
        "sync_detailed": lambda: module.sync_detailed(client=client, **arguments),
        "asyncio": lambda: asyncio.run(module.asyncio(client=client, **arguments)),
    }[mode]
    with pytest.raises(errors.ResponseValidationError) as raised:
        call()
    client.close()

    assert str(raised.value).startswith(message)
    assert raised.value.raw_body == body
    assert isinstance(raised.value, errors.APIError)
