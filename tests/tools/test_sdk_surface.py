"""Every method of the official SDK's newest release is one operation of the spec, named alike.

tests/fixtures/surface/sdk-<version>.json lists a release's methods (`tasks.tags.update`) with the
HTTP method and path each calls, as the release's own client has them (written by `python -m
tools.sdk.releases capture`, re-checked against the release by `make sdk-check`). Each must be
exactly one operation of the spec whose client name (its resource path and method,
`client.tasks.tags.update`) is the SDK's, at the same method and path. The other way round, the
spec's operations are all the newest release's but the two the SDK dropped and the spec keeps
(docs/spec-decisions.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from avido_client import AuthenticatedClient

from tests.support.spec import Operation, operations
from tools.paths import FIXTURES
from tools.spec import python_name

SURFACES = sorted((FIXTURES / "surface").glob("sdk-*.json"))
CASES = [
    (path, name, call)
    for path in SURFACES
    for name, call in json.loads(path.read_text(encoding="utf-8"))["methods"].items()
]
# In the spec, not in the newest release: runs last appear in 1.22.0, single evals in 1.13.2.
DROPPED_BY_THE_SDK = ["listRuns", "getEval"]


def client_name(operation: Operation) -> str:
    """What a caller writes after `client.`: `tasks.tags.update`."""
    return ".".join([*(python_name(part) for part in operation.resource_path), operation.resource_method])


def version(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in path.stem.removeprefix("sdk-").split("."))


def test_a_release_is_recorded() -> None:
    assert [path.name for path in SURFACES] == ["sdk-1.75.0.json"]
    assert len(CASES) == 43


@pytest.mark.parametrize(
    ("surface", "name", "call"), CASES, ids=[f"{path.stem}-{name}" for path, name, _ in CASES]
)
def test_each_sdk_method_is_one_operation_of_the_same_name_method_and_path(
    surface: Path, name: str, call: dict[str, Any]
) -> None:
    matching = [operation for operation in operations() if client_name(operation) == name]
    assert len(matching) == 1, f"client.{name}: {[operation.operation_id for operation in matching]}"
    [operation] = matching
    assert (operation.method.upper(), operation.path) == (call["method"], call["path"])


def test_every_operation_is_a_method_of_the_newest_release_but_those_it_dropped() -> None:
    newest = max(SURFACES, key=version)
    methods = json.loads(newest.read_text(encoding="utf-8"))["methods"]
    absent = [operation.operation_id for operation in operations() if client_name(operation) not in methods]
    assert absent == DROPPED_BY_THE_SDK


@pytest.mark.parametrize(
    ("surface", "name", "call"), CASES, ids=[f"{path.stem}-{name}" for path, name, _ in CASES]
)
def test_each_sdk_method_is_reachable_on_the_client_as_the_sdk_names_it_with_its_async_twin(
    surface: Path, name: str, call: dict[str, Any]
) -> None:
    """`client.tasks.tags.update` and `client.tasks.tags.aupdate`, and the raw forms, on the
    generated client itself (calling them is tests/behaviour/test_every_operation.py's)."""
    with AuthenticatedClient(api_key="k", application_id="a", base_url="http://127.0.0.1:9") as client:
        *resources, method = name.split(".")
        resource: Any = client
        for part in resources:
            resource = getattr(resource, part)
        for form in (resource, resource.with_raw_response):
            assert callable(getattr(form, method)), f"client.{name}"
            assert callable(getattr(form, f"a{method}")), f"client.{'.'.join(resources)}.a{method}"
