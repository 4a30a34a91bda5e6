"""A whole call: what the client adds to httpx, decoding included, for a 100-test page
(`client.tests.list(limit=100)`) and a single eval (`client.evals.get(id)`), from bench/server.py
in its own process, answering at once.

The floor is the same request with httpx alone: `httpx.Client().get(...)` (one client kept for
all runs) and `json.loads` of the body, no models. Each avido_client contender keeps one client,
as an application would, and parses with the standard library (the default install) or with the
`fast` extra.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from avido_client import AuthenticatedClient, _decoding

from bench.decode import EVAL, parser

EVAL_ID = json.loads(EVAL)["eval"]["id"]
FLOOR = "floor: httpx.Client().get + json.loads"
DEFAULT = "avido_client, default install (json)"
EXTRA = "avido_client with the fast extra"
CASES = {
    "tests": ("a 100-test page", "/v0/tests", {"limit": 100}),
    "eval": ("a single eval", f"/v0/evals/{EVAL_ID}", {}),
}


@contextmanager
def contenders(base_url: str, case: str) -> Iterator[dict[str, Callable[[], object]]]:
    _, path, params = CASES[case]
    raw = httpx.Client(base_url=base_url)
    ours = AuthenticatedClient(api_key="bench", application_id="bench", base_url=base_url)

    def floor() -> object:
        return json.loads(raw.get(path, params=params).content)

    def call() -> Any:
        return ours.tests.list(limit=100) if case == "tests" else ours.evals.get(EVAL_ID)

    # Each sets the parser it runs with (a context manager would cost as much as a small body).
    def ours_default() -> object:
        _decoding.load_json = _decoding.load_with_json
        return call()

    def ours_extra() -> object:
        _decoding.load_json = _decoding.load_with_msgspec
        return call()

    try:
        with parser(_decoding.load_json):  # put back afterwards
            yield {FLOOR: floor, DEFAULT: ours_default, EXTRA: ours_extra}
    finally:
        raw.close()
        ours.close()
