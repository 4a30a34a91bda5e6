"""A 2xx body that does not match the spec raises ResponseValidationError naming the model,
the JSON path and what is wrong, and carrying the raw body; nothing else escapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from avido_client import errors, models
from avido_client._decoding import decode
from hypothesis import given
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator

from tests.behaviour.conftest import EVAL, RUNS, TESTS
from tests.support.client import client_for
from tests.support.modes import ALL_MODES, invoke, parsed
from tests.support.spec import json_schema, operation
from tools.loopback import LoopbackServer


def edited(body: bytes, change: Callable[[Any], Any]) -> bytes:
    payload = json.loads(body)
    result = change(payload)
    return json.dumps(payload if result is None else result).encode()


CASES = [
    (
        "missing nested key",
        "listTests",
        edited(TESTS, lambda p: p["data"][0]["task"]["application"].pop("slug") and None),
        "PaginatedTests: data[0].task.application: missing required key 'slug'",
    ),
    (
        "missing top-level key",
        "listRuns",
        edited(RUNS, lambda p: p.pop("data") and None),
        "PaginatedRuns: missing required key 'data'",
    ),
    (
        "enveloped body missing a key",
        "getEval",
        edited(EVAL, lambda p: {"eval": {k: v for k, v in p.items() if k != "orgId"}}),
        "Eval: eval: missing required key 'orgId'",
    ),
    (
        "enveloped body of the wrong type",
        "getEval",
        b'{"eval": [1, 2]}',
        "Eval: eval: expected object, got array",
    ),
    (
        "neither bare nor enveloped",
        "getEval",
        b'{"evaluation": {"id": "e1"}}',
        "Eval: missing required key 'id'",
    ),
    (
        "wrong shape inside a union",
        "listTests",
        edited(TESTS, lambda p: p["data"][0].update(result=["PASSED"])),
        "PaginatedTests: data[0].result: expected null or string or object, got array",
    ),
    (
        "wrong type string",
        "listRuns",
        edited(RUNS, lambda p: p["data"][0].update(id=42)),
        "PaginatedRuns: data[0].id: expected string, got number",
    ),
    (
        "wrong type number",
        "listTests",
        edited(TESTS, lambda p: p["data"][0]["task"]["topic"].update(baseline="high")),
        "PaginatedTests: data[0].task.topic.baseline: expected null or number, got string",
    ),
    (
        "bad date-time",
        "getEval",
        edited(EVAL, lambda p: p.update(createdAt="yesterday")),
        "Eval: createdAt: invalid value 'yesterday': Invalid isoformat string: 'yesterday'",
    ),
    (
        "null where not nullable",
        "listTests",
        edited(TESTS, lambda p: p["data"][0].update(evals=None)),
        "PaginatedTests: data[0].evals: expected array, got null",
    ),
    (
        "wrong shape item",
        "listRuns",
        edited(RUNS, lambda p: p["data"].append(["not", "an", "object"])),
        "PaginatedRuns: data[1]: expected object, got array",
    ),
    (
        "wrong item in a nullable list",
        "listTests",
        edited(TESTS, lambda p: p["data"][0]["task"].update(inputExamples=["a", 5])),
        "PaginatedTests: data[0].task.inputExamples[1]: expected string, got number",
    ),
    ("wrong shape top", "listRuns", b"[]", "PaginatedRuns: expected object, got array"),
    ("not JSON", "getEval", b"<html>oops</html>", "Eval: body is not JSON"),
    ("empty body", "getEval", b"", "Eval: body is not JSON"),
]


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize(("name", "operation_id", "body", "message"), CASES, ids=[c[0] for c in CASES])
def test_broken_success_body_raises_response_validation_error(
    name: str, operation_id: str, body: bytes, message: str, mode: str, api_server: LoopbackServer
) -> None:
    """A raw call raises it from parse()."""
    api_server.serve(body, headers={"Content-Type": "application/json", "x-request-id": "req_9"})
    arguments = ["e1"] if operation_id == "getEval" else []
    with client_for(api_server.base_url) as client, pytest.raises(errors.ResponseValidationError) as raised:
        parsed(invoke(client, operation(operation_id), mode, *arguments), mode)

    assert str(raised.value).startswith(message)
    assert raised.value.raw_body == body
    assert isinstance(raised.value, errors.APIError)
    assert raised.value.request_id == "req_9"
    response, request = raised.value.response, raised.value.request
    assert response is not None
    assert response.status_code == 200
    assert request is not None
    assert request.headers["x-api-key"] == "<redacted>"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)
DOCUMENTED = [("PaginatedRuns", RUNS), ("PaginatedTests", TESTS), ("Eval", EVAL)]


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON value (the root included)."""
    found = [path]
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        found += places(child, (*path, key))
    return found


@pytest.mark.parametrize(("name", "body"), DOCUMENTED, ids=[n for n, _ in DOCUMENTED])
def test_any_corrupted_body_raises_only_response_validation_error(name: str, body: bytes) -> None:
    """Replace or delete any one part of a documented body: decoding succeeds or raises
    ResponseValidationError, never anything else; and a body the spec allows always decodes."""
    model = getattr(models, name)
    validator = OAS31Validator(json_schema(name), format_checker=OAS31Validator.FORMAT_CHECKER)

    @given(data=st.data(), replacement=JSON_VALUES, delete=st.booleans())
    def corrupt_and_decode(data: st.DataObject, replacement: Any, delete: bool) -> None:
        payload = json.loads(body)
        path = data.draw(st.sampled_from(places(payload)))
        if not path:
            payload = replacement
        else:
            parent = payload
            for key in path[:-1]:
                parent = parent[key]
            if delete and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = replacement
        response = httpx.Response(200, content=json.dumps(payload).encode())
        try:
            decode(model, response)
        except errors.ResponseValidationError:
            assert not validator.is_valid(payload)

    corrupt_and_decode()
