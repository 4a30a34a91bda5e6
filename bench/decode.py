"""Decode: a 100-item page of tests (187 kB of JSON) from bytes into models, as each client does.

Each test carries a task (with its application, topic and eval definitions) and an eval
with its definition. The contenders start from the same response:

- `json.loads` of the body (the floor), and `orjson.loads` (what the faster parser costs);
- avido_client's own response path (`_decoded`: parse, unwrap, decode with every check),
  with orjson (the `orjson` extra, installed here) and with the standard library (the
  default install);
- the official SDK as its client does it: `response.json()`, then `construct_type` into its
  page model (its default, no validation) or `validate_type` (`_strict_response_validation=True`);
- pydantic's `validate_json` of the SDK's page model from the bytes (what a Rust parser and
  validator do in one pass; no client does this today).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import orjson
from avido._models import construct_type, validate_type
from avido.pagination import SyncOffsetPagination
from avido.types import Test as SdkTest
from avido_client import AuthenticatedClient, _decoding
from avido_client._operation import _decoded
from avido_client.models import PaginatedTests
from avido_client.resources.tests import _LIST_TESTS
from pydantic import TypeAdapter

from tools.paths import FIXTURES

FIXTURE = FIXTURES / "list_tests" / "200-documented.json"
TEMPLATE = json.loads(FIXTURE.read_text())["data"][0]


def test_item(index: int) -> dict[str, Any]:
    """The documented test made realistic: real timestamps, objects for config and results."""
    test: dict[str, Any] = copy.deepcopy(TEMPLATE)
    test["id"] = f"test_{index}"
    for definition in [test["evals"][0]["definition"], *test["task"]["definitions"]]:
        definition.update(
            createdAt="2024-01-05T12:34:56.789Z",
            modifiedAt="2024-01-05T12:34:56.789Z",
            name="Tone of voice",
            globalConfig={"threshold": 0.7},
        )
    test["evals"][0]["results"] = {"score": 0.9, "message": "Evaluation passed with a high score."}
    return test


def page_bytes(items: int = 100) -> bytes:
    pagination = {"skip": 0, "limit": items, "total": items, "totalPages": 1}
    return json.dumps({"data": [test_item(i) for i in range(items)], "pagination": pagination}).encode()


@contextmanager
def parser(load: Callable[[bytes], Any]) -> Iterator[None]:
    """avido_client parsing bodies with `load` (as installed with or without the orjson extra)."""
    chosen = _decoding.load_json
    _decoding.load_json = load
    try:
        yield
    finally:
        _decoding.load_json = chosen


def contenders(body: bytes) -> dict[str, Callable[[], object]]:
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    client = AuthenticatedClient(api_key="bench", application_id="bench", base_url="http://127.0.0.1:1")
    sdk_page = SyncOffsetPagination[SdkTest]
    adapter: TypeAdapter[Any] = TypeAdapter(sdk_page)

    def ours_orjson() -> object:
        with parser(_decoding.load_with_orjson):
            return _decoded(client, _LIST_TESTS, response)

    def ours_json() -> object:
        with parser(_decoding.load_with_json):
            return _decoded(client, _LIST_TESTS, response)

    return {
        "json.loads (floor)": lambda: json.loads(body),
        "orjson.loads": lambda: orjson.loads(body),
        "avido_client with orjson (the extra)": ours_orjson,
        "avido_client with json (default install)": ours_json,
        "avido 1.7.0 SDK, default (no validation)": lambda: construct_type(
            type_=sdk_page, value=response.json()
        ),
        "avido 1.7.0 SDK, strict validation": lambda: validate_type(type_=sdk_page, value=response.json()),
        "pydantic validate_json of the SDK's model": lambda: adapter.validate_json(body),
    }


def check(body: bytes) -> None:
    """Every contender decodes the same page: the same 100 ids."""
    ids = [f"test_{i}" for i in range(100)]
    for name, decode in contenders(body).items():
        page: Any = decode()
        data = page["data"] if isinstance(page, dict) else page.data
        got = [item["id"] if isinstance(item, dict) else item.id for item in data]
        assert got == ids, name
    assert isinstance(contenders(body)["avido_client with json (default install)"](), PaginatedTests)
