"""The demo's mock API: answers valid requests with the spec's examples, rejects the rest."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from avido_client import AuthenticatedClient, errors

from tests.support.spec import examples
from tools.mock.api import serve
from tools.paths import ROOT


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve().running() as server:
        yield server.base_url


def newest_first(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spec's default order of a listing: orderBy createdAt, orderDir desc."""
    return sorted(items, key=lambda item: str(item.get("createdAt", "")), reverse=True)


def test_a_listing_comes_in_the_specs_default_order_when_none_is_asked(mock_url: str) -> None:
    with AuthenticatedClient(api_key="k", application_id="a", base_url=mock_url) as client:
        pages: list[tuple[str, Any]] = [("listRuns", client.runs.list()), ("listTests", client.tests.list())]
        for operation_id, page in pages:
            ids = [item["id"] for item in page.to_dict()["data"]]
            assert ids == [item["id"] for item in newest_first(every_item(operation_id))][: len(ids)]
            assert ids


def test_a_single_eval_is_the_documented_one_for_its_id(mock_url: str) -> None:
    documented = {e.operation.operation_id: e.value for e in examples() if e.name == "documented"}
    with AuthenticatedClient(api_key="k", application_id="a", base_url=mock_url) as client:
        evaluation_id = documented["getEval"]["id"]
        assert client.evals.get(evaluation_id).eval_run_id == documented["getEval"]["evalRunId"]


@pytest.mark.parametrize(
    ("path", "headers", "status", "message"),
    [
        ("/v0/runs?limit=500", {"x-api-key": "k"}, 422, "limit: 500 is greater than the maximum of 100"),
        ("/v0/runs?limit=many", {"x-api-key": "k"}, 400, "limit"),
        ("/v0/runs?orderDir=sideways", {"x-api-key": "k"}, 422, "orderDir"),
        ("/v0/tests?status=COMPLETED,NOPE", {"x-api-key": "k", "x-application-id": "a"}, 422, "'NOPE'"),
        ("/v0/runs", {}, 401, "credentials"),
        ("/v0/tests", {"x-api-key": "k"}, 401, "credentials"),
        ("/v0/nothing", {"x-api-key": "k"}, 404, "No operation"),
    ],
)
def test_requests_the_spec_does_not_allow_are_rejected(
    mock_url: str, path: str, headers: dict[str, str], status: int, message: str
) -> None:
    response = httpx.get(mock_url + path, headers=headers)
    assert response.status_code == status
    assert message in response.json()["message"]


def test_a_method_the_path_lacks_is_405(mock_url: str) -> None:
    assert httpx.post(mock_url + "/v0/runs", headers={"x-api-key": "k"}).status_code == 405


def test_the_client_raises_the_typed_error_for_a_rejected_request(mock_url: str) -> None:
    with AuthenticatedClient(api_key="k", base_url=mock_url) as client:
        with pytest.raises(errors.NotFoundError):
            client.evals.get("no-such-eval")
        with pytest.raises(errors.UnprocessableEntityError):  # past the client's own check of limit
            client.runs.list(extra_query={"limit": 1000})


def test_make_demo_runs_the_quickstart_against_the_mock() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.mock.demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "task: Credit Card Block" in result.stdout
    assert "task: Block a lost card" in result.stdout  # the listing walked, page by page
    assert re.search(r"Evaluation \S+: COMPLETED, score [0-9.]+", result.stdout)
    assert "An eval that isn't there: 404 NotFoundError" in result.stdout
    assert "refused before sending (limit: 1000 is over the maximum of 100)" in result.stdout


def every_item(operation_id: str) -> list[dict[str, Any]]:
    return [item for e in examples() if e.operation.operation_id == operation_id for item in e.value["data"]]


def test_a_listing_is_every_examples_items_paged_as_asked(mock_url: str) -> None:
    headers = {"x-api-key": "k", "x-application-id": "a"}
    items = every_item("listTests")
    pages = [
        httpx.get(f"{mock_url}/v0/tests?skip={skip}&limit=2", headers=headers).json() for skip in (0, 2, 4)
    ]
    assert [t["id"] for page in pages for t in page["data"]] == [t["id"] for t in newest_first(items)]
    assert {page["pagination"]["total"] for page in pages} == {len(items)}
    assert [page["pagination"]["skip"] for page in pages] == [0, 2, 4]


def test_a_listing_honours_filters_and_order(mock_url: str) -> None:
    headers = {"x-api-key": "k"}
    runs = every_item("listRuns")
    pending = httpx.get(f"{mock_url}/v0/runs?status=PENDING", headers=headers).json()["data"]
    # A filter an item has no key for keeps it (a run from a source without `status`).
    kept = [r["id"] for r in newest_first(runs) if r.get("status", "PENDING") == "PENDING"]
    assert [r["id"] for r in pending] == kept
    recent = httpx.get(f"{mock_url}/v0/runs?startDate=2025-05-01T00:00:00Z", headers=headers).json()["data"]
    assert recent
    assert all(r["createdAt"] >= "2025-05-01" for r in recent)
    ordered = httpx.get(f"{mock_url}/v0/runs?orderBy=createdAt&orderDir=asc", headers=headers).json()["data"]
    assert [r["createdAt"] for r in ordered] == sorted(r["createdAt"] for r in runs)


def test_a_single_resource_is_found_by_the_id_in_the_path(mock_url: str) -> None:
    with AuthenticatedClient(api_key="k", base_url=mock_url) as client:
        for evaluation in every_item("listTests")[-1]["evals"]:
            assert client.evals.get(evaluation["id"]).status == evaluation["status"]
        with pytest.raises(errors.NotFoundError, match="No Eval has the id 'no-such-eval'"):
            client.evals.get("no-such-eval")
