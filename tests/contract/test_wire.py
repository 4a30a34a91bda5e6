"""Filters go on the wire exactly as the official SDK sends them.

tests/fixtures/wire/ holds what releases of the SDK sent to a server on 127.0.0.1 for
given calls (captured by `make sdk-check`, which also re-checks them against the
releases). Each call is made again with this client; the path and every query pair,
percent-encoding included, must be the same (pairs compared in sorted order: the query's
order carries no meaning).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from avido_client import models
from openapi_core import OpenAPI

from tests.support.client import as_openapi_request, client_for
from tests.support.modes import method_of
from tests.support.spec import SPEC
from tools.loopback import LoopbackServer, RecordedRequest
from tools.paths import FIXTURES
from tools.spec import Operation, python_name, snake_case

HEADERS = ("x-api-key", "x-application-id")
CAPTURES = sorted((FIXTURES / "wire").glob("*.json"))
CASES = [
    (path, index)
    for path in CAPTURES
    for index in range(len(json.loads(path.read_text(encoding="utf-8"))["cases"]))
]


def our_value(schema: dict[str, Any], value: Any) -> Any:
    """The SDK's argument as this client takes it: enum members for enums, datetimes for date-times."""
    if isinstance(value, dict) and set(value) == {"$datetime"}:
        return datetime.datetime.fromisoformat(value["$datetime"])
    if "$ref" in schema:
        return getattr(models, schema["$ref"].rsplit("/", 1)[-1])(value)
    if SPEC.resolve(schema).get("type") == "array":  # a list, or one value where the API takes several
        items = SPEC.resolve(schema)["items"]
        return (
            [our_value(items, item) for item in value] if isinstance(value, list) else our_value(items, value)
        )
    return value


def our_kwargs(operation: Operation, sdk_kwargs: dict[str, Any]) -> dict[str, Any]:
    """The SDK names parameters by snake_case; this client too (`type` as `type`, as JSON names it)."""
    by_sdk_name = {snake_case(p["name"]): p for p in operation.parameters}
    return {
        python_name(by_sdk_name[name]["name"]): our_value(by_sdk_name[name]["schema"], value)
        for name, value in sdk_kwargs.items()
    }


def test_captures_cover_every_comma_separated_parameter() -> None:
    sent = {
        pair.split("=", 1)[0]
        for path in CAPTURES
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
        for pair in case["query"]
    }
    comma_separated = {name for operation in SPEC.operations() for name in operation.comma_separated}
    assert comma_separated <= sent


@pytest.mark.parametrize(("capture", "index"), CASES, ids=[f"{p.stem}-{i}" for p, i in CASES])
def test_request_matches_what_the_sdk_sends(
    capture: Path, index: int, api_server: LoopbackServer, openapi: OpenAPI
) -> None:
    """Where the SDK sent what the spec does not allow (a date-time without an offset), this
    client refuses before sending instead."""
    recorded = json.loads(capture.read_text(encoding="utf-8"))
    case = recorded["cases"][index]
    operation = next(op for op in SPEC.operations() if op.operation_id == recorded["operation"])
    api_server.serve(b'{"data": []}')
    sdk_request = RecordedRequest(
        "GET", f"{case['path']}?{'&'.join(case['query'])}", dict.fromkeys(HEADERS, "x")
    )
    valid = openapi.unmarshal_request(as_openapi_request(sdk_request)).errors == []

    with client_for(api_server.base_url) as client:
        call = method_of(client, operation, "raw")
        if not valid:
            with pytest.raises(ValueError, match="timezone"):
                call(**our_kwargs(operation, case["kwargs"]))
            assert api_server.requests == []
            return
        call(**our_kwargs(operation, case["kwargs"]))

    [sent] = api_server.requests
    assert sent.path == case["path"]
    assert sorted(sent.target.partition("?")[2].split("&")) == case["query"]
    openapi.validate_request(as_openapi_request(sent))
