"""Decode: a 100-item page of tests, as JSON text, into models.

Each test carries a task (with its application, topic and eval definitions) and an eval
with its definition. Contenders: `json.loads` alone (the floor), our generated models
(`json.loads` then `PaginatedTests.from_dict`, as the client does it) and the official SDK
(`json.loads` then `construct_type` into its page model, as its client does by default).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from avido._models import construct_type
from avido.pagination import SyncOffsetPagination
from avido.types import Test as SdkTest
from avido_client.models import PaginatedTests

from tools.paths import FIXTURES

FIXTURE = FIXTURES / "list_tests" / "200-documented.json"


def page_text(items: int = 100) -> str:
    """The documented test, `items` times, made realistic: real timestamps, objects for config and results."""
    template = json.loads(FIXTURE.read_text())["data"][0]
    data: list[dict[str, Any]] = []
    for index in range(items):
        test = copy.deepcopy(template)
        test["id"] = f"test_{index}"
        for definition in [test["evals"][0]["definition"], *test["task"]["definitions"]]:
            definition.update(
                createdAt="2024-01-05T12:34:56.789Z",
                modifiedAt="2024-01-05T12:34:56.789Z",
                name="Tone of voice",
                globalConfig={"threshold": 0.7},
            )
        test["evals"][0]["results"] = {"score": 0.9, "message": "Evaluation passed with a high score."}
        data.append(test)
    pagination = {"skip": 0, "limit": items, "total": items, "totalPages": 1}
    return json.dumps({"data": data, "pagination": pagination})


def contenders(text: str) -> dict[str, Any]:
    def floor() -> object:
        return json.loads(text)

    def ours() -> object:
        return PaginatedTests.from_dict(json.loads(text))

    def official_sdk() -> object:
        return construct_type(type_=SyncOffsetPagination[SdkTest], value=json.loads(text))

    return {"json.loads (floor)": floor, "avido_client": ours, "avido 1.7.0 SDK": official_sdk}


def check(text: str) -> None:
    """The contenders decode the same page: same ids, same count."""
    ours = PaginatedTests.from_dict(json.loads(text))
    sdk: Any = construct_type(type_=SyncOffsetPagination[SdkTest], value=json.loads(text))
    assert [t.id for t in ours.data] == [t.id for t in sdk.data]
    assert len(ours.data) == 100
