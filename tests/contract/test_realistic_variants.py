"""Payloads the docs allow beyond the documented examples: each is valid against the
spec, parses in the client over real HTTP and round-trips.

Variants are built from the documented examples by one change each, so a failure
names exactly what the spec or the client gets wrong.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from avido_client.models import Application, Eval, PaginatedTests
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from tests.support.client import client_for
from tests.support.compare import as_instants
from tests.support.modes import invoke
from tests.support.spec import json_schema, operation, read_fixture
from tools.loopback import LoopbackServer
from tools.paths import FIXTURES

JSONObject = dict[str, Any]


@dataclass(frozen=True)
class Variant:
    id: str
    operation: str  # "runs", "tests" or "eval"
    change: Callable[[JSONObject], None]


def parent_of(payload: JSONObject, path: str) -> tuple[Any, str | int]:
    """The container holding the dotted `path` (list indexes as numbers), and the last key."""
    *parents, last = path.split(".")
    node: Any = payload
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    return node, int(last) if last.isdigit() else last


def setter(path: str, value: Any) -> Callable[[JSONObject], None]:
    """A change that sets `path` to `value`."""

    def change(payload: JSONObject) -> None:
        node, key = parent_of(payload, path)
        node[key] = copy.deepcopy(value)

    return change


def deleter(*paths: str) -> Callable[[JSONObject], None]:
    """A change that removes each of `paths`."""

    def change(payload: JSONObject) -> None:
        for path in paths:
            node, key = parent_of(payload, path)
            del node[key]

    return change


TASK = "data.0.task"
EVAL = "data.0.evals.0"
DATE_TIMES = {
    "whole-seconds-utc": "2024-01-05T12:34:56Z",
    "microseconds-utc": "2024-01-05T12:34:56.789123Z",
    "nanoseconds-utc": "2024-01-05T12:34:56.789123456Z",
    "positive-offset": "2024-01-05T14:34:56.789+02:00",
    "negative-offset": "2024-01-05T07:34:56-05:00",
    "utc-offset-spelled-out": "2024-01-05T12:34:56.789+00:00",
}
EXTRA_KEY_PLACES = {
    "tests": [
        "",
        "data.0",
        TASK,
        f"{TASK}.application",
        f"{TASK}.topic",
        EVAL,
        f"{EVAL}.definition",
        "pagination",
    ],
    "runs": ["", "data.0", "pagination"],
    "eval": [""],
}

VARIANTS: list[Variant] = [
    # null where the docs show or describe an optional value
    *[
        Variant(f"tests-null-{path}", "tests", setter(path, None))
        for path in [
            "data.0.traceId",
            "data.0.result",
            f"{TASK}.baseline",
            f"{TASK}.topic",
            f"{TASK}.passRate",
            f"{TASK}.lastTest",
            f"{TASK}.inputExamples",
            f"{TASK}.topic.baseline",
            f"{EVAL}.results",
            f"{EVAL}.definition.globalConfig",
            f"{EVAL}.definition.styleGuideId",
        ]
    ],
    Variant("eval-null-results", "eval", setter("results", None)),
    # optional keys absent
    Variant(
        "runs-only-required-keys",
        "runs",
        deleter("data.0.orgId", "data.0.taskId", "data.0.threadId", "data.0.result", "data.0.evals"),
    ),
    Variant(
        "tests-only-required-keys",
        "tests",
        deleter(
            "data.0.traceId",
            "data.0.result",
            f"{TASK}.baseline",
            f"{TASK}.topic",
            f"{TASK}.definitions",
            f"{EVAL}.definition",
            f"{EVAL}.results",
        ),
    ),
    Variant("eval-only-required-keys", "eval", deleter("evalRunId", "evalDefinitionId", "results")),
    # fields the reference describes in words, spelled as the official SDK spells them
    Variant("tests-with-pass-rate", "tests", setter(f"{TASK}.passRate", 66)),
    Variant("tests-with-last-test", "tests", setter(f"{TASK}.lastTest", "2024-01-01T00:00:00.000Z")),
    Variant(
        "tests-with-input-examples", "tests", setter(f"{TASK}.inputExamples", ["Block my card", "Card lost"])
    ),
    Variant(
        "runs-with-tests",
        "runs",
        setter("data.0.tests", read_fixture(FIXTURES / "list_tests" / "200-documented.json")["data"]),
    ),
    Variant(
        "tests-eval-definition-with-application",
        "tests",
        setter(
            f"{EVAL}.definition.application",
            read_fixture(FIXTURES / "list_tests" / "200-documented.json")["data"][0]["task"]["application"],
        ),
    ),
    Variant("tests-failed-result", "tests", setter("data.0.result", "FAILED")),
    Variant("runs-empty-page", "runs", setter("data", [])),
    # JSON Schema counts 0.0 as an integer
    Variant("runs-integral-float-in-pagination", "runs", setter("pagination.skip", 50.0)),
    # date-times in the shapes RFC 3339 allows
    *[
        Variant(f"tests-created-at-{name}", "tests", setter("data.0.createdAt", value))
        for name, value in DATE_TIMES.items()
    ],
    *[
        Variant(f"eval-modified-at-{name}", "eval", setter("modifiedAt", value))
        for name, value in DATE_TIMES.items()
    ],
    # unknown keys, the way a newer API adds fields
    *[
        Variant(
            f"{operation}-extra-key-at-{place or 'top'}",
            operation,
            setter(f"{place}.futureField" if place else "futureField", {"added": ["later", 1, None]}),
        )
        for operation, places in EXTRA_KEY_PLACES.items()
        for place in places
    ],
]

OPERATIONS = {
    "runs": (
        "list_runs/200-documented.json",
        "/v0/runs",
        "PaginatedRuns",
        "listRuns",
        [],
    ),
    "tests": (
        "list_tests/200-documented.json",
        "/v0/tests",
        "PaginatedTests",
        "listTests",
        [],
    ),
    "eval": (
        "get_eval/200-documented.json",
        "/v0/evals/eval-1",
        "Eval",
        "getEval",
        ["eval-1"],
    ),
}


def build(variant: Variant) -> JSONObject:
    payload: JSONObject = read_fixture(FIXTURES / OPERATIONS[variant.operation][0])
    variant.change(payload)
    return payload


def test_variants_change_the_documented_examples() -> None:
    unchanged = [v.id for v in VARIANTS if build(v) == read_fixture(FIXTURES / OPERATIONS[v.operation][0])]
    assert unchanged == []


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.id for v in VARIANTS])
def test_variant_is_valid_against_the_spec(variant: Variant, openapi: OpenAPI) -> None:
    path = OPERATIONS[variant.operation][1]
    body = json.dumps(build(variant)).encode()
    openapi.validate_response(MockRequest("https://api.avidoai.com", "get", path), MockResponse(body))


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.id for v in VARIANTS])
def test_variant_parses_over_http_and_round_trips(variant: Variant, api_server: LoopbackServer) -> None:
    _, _, schema_name, operation_id, arguments = OPERATIONS[variant.operation]
    payload = build(variant)
    api_server.serve(json.dumps(payload).encode())

    with client_for(api_server.base_url) as client:
        parsed = invoke(client, operation(operation_id), "sync", *arguments)

    schema = json_schema(schema_name)
    assert as_instants(schema, parsed.to_dict()) == as_instants(schema, payload)


def test_unknown_keys_are_kept_in_additional_properties(api_server: LoopbackServer) -> None:
    payload = read_fixture(FIXTURES / "list_tests" / "200-documented.json")
    payload["data"][0]["task"]["application"]["region"] = "eu-west"
    api_server.serve(json.dumps(payload).encode())

    with client_for(api_server.base_url) as client:
        page = client.tests.list()

    assert isinstance(page, PaginatedTests)
    application = page.data[0].task.application
    assert isinstance(application, Application)
    assert application.additional_properties == {"region": "eu-west"}
    assert application["region"] == "eu-west"
    assert application.to_dict()["region"] == "eu-west"


def test_date_time_with_an_offset_keeps_its_instant(api_server: LoopbackServer) -> None:
    payload = read_fixture(FIXTURES / "get_eval" / "200-documented.json")
    payload["createdAt"] = "2024-01-05T14:34:56.789+02:00"
    api_server.serve(json.dumps(payload).encode())

    with client_for(api_server.base_url) as client:
        evaluation = client.evals.get("eval-1")

    assert isinstance(evaluation, Eval)
    assert evaluation.created_at == datetime.datetime(2024, 1, 5, 12, 34, 56, 789000, tzinfo=datetime.UTC)
    assert evaluation.created_at.utcoffset() == datetime.timedelta(hours=2)
