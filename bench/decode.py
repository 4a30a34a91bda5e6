"""Decode: a response body from bytes into models, as each client does, for three bodies:

- a 100-item page of tests (187 kB): each test carries a task (with its application, topic and
  eval definitions) and an eval with its definition;
- a 100-item page of runs: SDK 1.7.0's run fixture (the release benchmarked against), ids apart;
- a single eval (in its envelope, as SDK 1.7.0 gets it): the per-call costs a big page hides.

The contenders start from the same response:

- `json.loads` of the body (the floor), and `msgspec.json.decode` (what the extra's parser
  costs, no models);
- avido_client's own response path (`_decoded`: parse, unwrap, decode with every check), as the
  default install runs it (the standard library's parser, the flat decoders) and with the
  `fast` extra (msgspec decoding into the models' Structs, converted into the models);
- the official SDK as its client does it: `response.json()`, then `validate_type`
  (`_strict_response_validation=True`); for the tests page also `construct_type` (its
  default, no validation) and pydantic's `validate_json` of the SDK's page model from the bytes
  (a native parser and validator in one pass; no client does this today).
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec
from avido._models import construct_type, validate_type
from avido.pagination import SyncOffsetPagination
from avido.types import Run as SdkRun
from avido.types import Test as SdkTest
from avido.types.eval_retrieve_response import EvalRetrieveResponse
from avido_client import AuthenticatedClient, _decoding
from avido_client._operation import Operation, _decoded
from avido_client.resources.evals import _GET_EVAL
from avido_client.resources.runs import _LIST_RUNS
from avido_client.resources.tests import _LIST_TESTS
from pydantic import TypeAdapter

from tools.paths import FIXTURES

FIXTURE = FIXTURES / "list_tests" / "200-documented.json"
TEMPLATE = json.loads(FIXTURE.read_text())["data"][0]
# A run and an eval as SDK 1.7.0 describes them, so its strict mode takes them.
RUN = json.loads((FIXTURES / "list_runs" / "200-sdk-1.7.0.json").read_text())["data"][0]
EVAL = (FIXTURES / "get_eval" / "200-sdk-1.7.0.json").read_bytes()

FLOOR = "json.loads (floor)"
DEFAULT = "avido_client, default install (json)"
EXTRA = "avido_client with the fast extra"
STRICT = "avido 1.7.0 SDK, strict validation"
SDK_DEFAULT = "avido 1.7.0 SDK, default (no validation)"


def stamp(index: int, seconds: int = 0) -> str:
    """A date-time of its own for each item (nested objects a page repeats keep theirs)."""
    moment = datetime.datetime(2024, 1, 5, tzinfo=datetime.UTC) + datetime.timedelta(
        minutes=index, seconds=seconds, milliseconds=index
    )
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_item(index: int) -> dict[str, Any]:
    """The documented test made realistic: real timestamps (the test's and its eval's its own; its
    task's, as in a real page, shared with the other tests of the task), objects for config and
    results."""
    test: dict[str, Any] = copy.deepcopy(TEMPLATE)
    test["id"] = f"test_{index}"
    test["createdAt"], test["modifiedAt"] = stamp(index), stamp(index, 30)
    test["evals"][0]["createdAt"], test["evals"][0]["modifiedAt"] = stamp(index, 1), stamp(index, 29)
    for definition in [test["evals"][0]["definition"], *test["task"]["definitions"]]:
        definition.update(
            createdAt="2024-01-05T12:34:56.789Z",
            modifiedAt="2024-01-05T12:34:56.789Z",
            name="Tone of voice",
            globalConfig={"threshold": 0.7},
        )
    test["evals"][0]["results"] = {"score": 0.9, "message": "Evaluation passed with a high score."}
    return test


def run_item(index: int) -> dict[str, Any]:
    """SDK 1.7.0's run, with an id and date-times of its own (its task's shared with the others)."""
    return {**RUN, "id": f"run_{index}", "createdAt": stamp(index), "modifiedAt": stamp(index, 13)}


def page_bytes(items: int = 100, item: Callable[[int], dict[str, Any]] = test_item) -> bytes:
    pagination = {"skip": 0, "limit": items, "total": items, "totalPages": 1}
    return json.dumps({"data": [item(i) for i in range(items)], "pagination": pagination}).encode()


@dataclass(frozen=True)
class Body:
    """A body to decode: what it is, the operation that answers it, and the SDK's type for it."""

    title: str
    content: bytes
    operation: Operation[Any, Any]
    sdk_type: Any
    ids: list[str]  # what every contender must find in it
    full: bool = False  # with the SDK's default and pydantic's validate_json too

    def ids_of(self, decoded: Any) -> list[str]:
        if isinstance(decoded, dict):
            inner = decoded.get("eval", decoded)
            return [item["id"] for item in inner["data"]] if "data" in inner else [inner["id"]]
        inner = getattr(decoded, "eval", decoded)
        return [item.id for item in inner.data] if hasattr(inner, "data") else [inner.id]


def bodies(items: int = 100) -> list[Body]:
    return [
        Body(
            f"a {items}-test page",
            page_bytes(items),
            _LIST_TESTS,
            SyncOffsetPagination[SdkTest],
            [f"test_{i}" for i in range(items)],
            full=True,
        ),
        Body(
            f"a {items}-run page",
            page_bytes(items, run_item),
            _LIST_RUNS,
            SyncOffsetPagination[SdkRun],
            [f"run_{i}" for i in range(items)],
        ),
        Body("a single eval", EVAL, _GET_EVAL, EvalRetrieveResponse, [json.loads(EVAL)["eval"]["id"]]),
    ]


@contextmanager
def parser(load: Callable[[bytes], Any]) -> Iterator[None]:
    """avido_client parsing bodies with `load` (as installed with or without the extra)."""
    chosen = _decoding.load_json
    _decoding.load_json = load
    try:
        yield
    finally:
        _decoding.load_json = chosen


def contenders(body: Body) -> dict[str, Callable[[], object]]:
    content = body.content
    response = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    client = AuthenticatedClient(api_key="bench", application_id="bench", base_url="http://127.0.0.1:1")
    operation = body.operation

    # Each sets the parser it runs with (a context manager would cost as much as a small body),
    # and starts with no date-time remembered, as a page of new items would (else every run
    # after the first would find all of this body's).
    def ours_extra() -> object:
        _decoding.load_json = _decoding.load_with_msgspec
        _decoding._DATETIMES.clear()
        return _decoded(client, operation, response)

    def ours_default() -> object:
        _decoding.load_json = _decoding.load_with_json
        _decoding._DATETIMES.clear()
        return _decoded(client, operation, response)

    found: dict[str, Callable[[], object]] = {
        FLOOR: lambda: json.loads(content),
        "msgspec.json.decode (its parser alone)": lambda: msgspec.json.decode(content),
        EXTRA: ours_extra,
        DEFAULT: ours_default,
        STRICT: lambda: validate_type(type_=body.sdk_type, value=response.json()),
    }
    if body.full:
        adapter: TypeAdapter[Any] = TypeAdapter(body.sdk_type)
        found[SDK_DEFAULT] = lambda: construct_type(type_=body.sdk_type, value=response.json())
        found["pydantic validate_json of the SDK's model"] = lambda: adapter.validate_json(content)
    return found


def check(body: Body) -> None:
    """Every contender decodes the same body: the same ids."""
    with parser(_decoding.load_json):  # put back afterwards
        for name, decode in contenders(body).items():
            assert body.ids_of(decode()) == body.ids, name
