"""The mock API answers as the spec says, over real HTTP on 127.0.0.1: valid requests from its
sandbox (which starts from the spec's examples), the rest with the spec's error status and shape.
Cases come from the spec; each test starts from the spec's examples (the mock reset)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from avido_client import AuthenticatedClient, errors
from jsonschema import Draft202012Validator

from tests.support.modes import method_of
from tests.support.sandbox import stored_path
from tests.support.spec import SPEC, Operation, examples
from tools.loopback import LoopbackServer
from tools.mock import write_flow
from tools.mock.api import RESET, serve
from tools.mock.server import default_credentials
from tools.paths import ROOT

CREDENTIALS = default_credentials(SPEC)
SCHEMES = {scheme.name: scheme for scheme in SPEC.security_schemes()}
OPERATIONS = SPEC.operations()
ERROR_SHAPE = Draft202012Validator(SPEC.json_schema("ErrorResponse"))


@pytest.fixture(scope="module")
def mock_server() -> Iterator[LoopbackServer]:
    with serve(credentials=CREDENTIALS).running() as server:
        yield server


@pytest.fixture
def mock_url(mock_server: LoopbackServer) -> str:
    """The mock's URL, its state back to the spec's examples."""
    assert httpx.post(f"{mock_server.base_url}{RESET}").status_code == 204
    return mock_server.base_url


def client(base_url: str) -> AuthenticatedClient:
    """A client with the mock's credentials."""
    return AuthenticatedClient(
        api_key=CREDENTIALS["ApiKey"], application_id=CREDENTIALS["ApplicationId"], base_url=base_url
    )


def headers(operation: Operation | None = None, **changed: str | None) -> dict[str, str]:
    """Every credential header with the mock's values (or the operation's only), as changed."""
    names = operation.security_schemes if operation is not None else list(SCHEMES)
    sent: dict[str, str | None] = {SCHEMES[name].header: CREDENTIALS[name] for name in names}
    sent.update({name.replace("_", "-"): value for name, value in changed.items()})
    return {name: value for name, value in sent.items() if value is not None}


def target(operation: Operation) -> str:
    """The operation's path naming records the mock holds (the spec's examples where they do)."""
    return stored_path(operation)


def send(base_url: str, operation: Operation, sent: dict[str, str], query: str = "") -> httpx.Response:
    """A valid request of the operation (its example body, if it takes one) with these headers."""
    _, body = operation.example_call()
    url = base_url + target(operation) + (f"?{query}" if query else "")
    return httpx.request(operation.method.upper(), url, headers=sent, json=body)


def assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert not list(ERROR_SHAPE.iter_errors(body))
    assert body["statusCode"] == status
    for word in words:
        assert word in body["message"]


def by_id(operations: list[Operation]) -> list[Any]:
    return [pytest.param(operation, id=operation.operation_id) for operation in operations]


# --- answers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", by_id(OPERATIONS))
def test_every_operation_answers_a_valid_request_with_its_success_status(
    operation: Operation, mock_url: str
) -> None:
    response = send(mock_url, operation, headers(operation))
    assert response.status_code == int(operation.success.status), response.text
    if operation.success.empty:  # a 204: no body, so no content type either
        assert response.content == b""
        assert "content-type" not in response.headers
    else:
        assert response.headers["content-type"] == "application/json"


def newest_first(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spec's default order of a listing: orderBy createdAt, orderDir desc."""
    return sorted(items, key=lambda item: str(item.get("createdAt", "")), reverse=True)


def every_item(operation: Operation) -> list[dict[str, Any]]:
    return [
        item for e in operation.examples() if e.status == operation.success.status for item in e.value["data"]
    ]


PAGING = by_id([operation for operation in OPERATIONS if operation.pagination])


def listing(base_url: str, operation: Operation, query: str = "") -> dict[str, Any]:
    """The operation's listing (its largest page) as the mock sends it."""
    assert operation.pagination is not None
    url = f"{base_url}{target(operation)}?limit={operation.pagination.max_limit}{query}"
    response = httpx.get(url, headers=headers(operation))
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


@pytest.mark.parametrize("operation", PAGING)
def test_a_listing_comes_in_the_specs_default_order_when_none_is_asked(
    operation: Operation, mock_url: str
) -> None:
    with client(mock_url) as avido:
        page = method_of(avido, operation, "sync")()
        ids = [item["id"] for item in page.to_dict()["data"]]
    assert ids
    items = listing(mock_url, operation)["data"]
    assert ids == [item["id"] for item in newest_first(items)][: len(ids)]


@pytest.mark.parametrize("operation", PAGING)
def test_a_listing_holds_every_examples_items_paged_as_asked(operation: Operation, mock_url: str) -> None:
    whole = listing(mock_url, operation)
    ids = [item["id"] for item in whole["data"]]
    assert {item["id"] for item in every_item(operation)} <= set(ids)
    pages = [
        httpx.get(f"{mock_url}{target(operation)}?skip={skip}&limit=2", headers=headers(operation)).json()
        for skip in range(0, len(ids), 2)
    ]
    assert [item["id"] for page in pages for item in page["data"]] == ids
    assert {page["pagination"]["total"] for page in pages} == {len(ids)} == {whole["pagination"]["total"]}
    assert [page["pagination"]["skip"] for page in pages] == list(range(0, len(ids), 2))


def test_a_listing_honours_filters_and_order(mock_url: str) -> None:
    runs = next(operation for operation in OPERATIONS if operation.operation_id == "listRuns")
    sent = headers(runs)
    pending = httpx.get(f"{mock_url}/v0/runs?status=PENDING", headers=sent).json()["data"]
    # A filter an item has no key for keeps it (a run from a source without `status`).
    kept = [r["id"] for r in newest_first(every_item(runs)) if r.get("status", "PENDING") == "PENDING"]
    assert [r["id"] for r in pending] == kept
    recent = httpx.get(f"{mock_url}/v0/runs?startDate=2025-05-01T00:00:00Z", headers=sent).json()["data"]
    assert recent
    assert all(r["createdAt"] >= "2025-05-01" for r in recent)
    ordered = httpx.get(f"{mock_url}/v0/runs?orderBy=createdAt&orderDir=asc", headers=sent).json()["data"]
    assert [r["createdAt"] for r in ordered] == sorted(r["createdAt"] for r in every_item(runs))


def test_a_comma_separated_filter_matches_any_of_its_items(mock_url: str) -> None:
    tests = next(operation for operation in OPERATIONS if operation.operation_id == "listTests")
    every = sorted(t["id"] for t in every_item(tests))
    assert {t["status"] for t in every_item(tests)} == {"COMPLETED"}  # what the cases below assume

    def ids(statuses: str) -> list[str]:
        url = f"{mock_url}/v0/tests?limit=100&status={statuses}"
        return sorted(t["id"] for t in httpx.get(url, headers=headers(tests)).json()["data"])

    assert ids("FAILED") == []
    assert ids("FAILED,COMPLETED") == ids("COMPLETED") == every
    # The separator percent-encoded, as the SDK and this client send it: read after decoding.
    assert ids("FAILED%2CCOMPLETED") == every


def test_the_client_reads_a_single_eval_the_documented_one_for_its_id(mock_url: str) -> None:
    documented = {e.operation.operation_id: e.value for e in examples() if e.name == "documented"}
    with client(mock_url) as avido:
        evaluation = avido.evals.get(documented["getEval"]["id"])
    assert evaluation.eval_run_id == documented["getEval"]["evalRunId"]


def test_a_single_resource_is_found_by_the_id_in_the_path(mock_url: str) -> None:
    tests = next(operation for operation in OPERATIONS if operation.operation_id == "listTests")
    with client(mock_url) as avido:
        for evaluation in every_item(tests)[-1]["evals"]:
            assert avido.evals.get(evaluation["id"]).status == evaluation["status"]
        with pytest.raises(errors.NotFoundError, match="No Eval has the id 'no-such-eval'"):
            avido.evals.get("no-such-eval")


ENVELOPED = [operation for operation in OPERATIONS if operation.success.envelope is not None]


@pytest.mark.parametrize("operation", by_id(ENVELOPED))
def test_each_example_is_served_as_it_is_shown_wrapped_or_bare(operation: Operation, mock_url: str) -> None:
    envelope = operation.success.envelope
    shapes = set()
    for example in operation.examples():
        if example.status != operation.success.status:
            continue
        wrapped = envelope in example.value
        shapes.add(wrapped)
        inner = example.value[envelope] if wrapped else example.value
        path = re.sub(r"\{[^}]+\}", inner["id"], operation.path)
        response = httpx.get(mock_url + path, headers=headers(operation))
        assert response.json() == example.value, example.id
        with client(mock_url) as avido:  # and the client reads the model either way
            method = getattr(getattr(avido, operation.tag), operation.resource_method)
            assert method(inner["id"]).to_dict()["id"] == inner["id"]
    assert shapes == {True, False}  # the spec has both, so both were served


def test_the_client_raises_the_typed_error_for_a_rejected_request(mock_url: str) -> None:
    with client(mock_url) as avido:
        with pytest.raises(errors.NotFoundError):
            avido.evals.get("no-such-eval")
        with pytest.raises(errors.UnprocessableEntityError):  # past the client's own check of limit
            avido.runs.list(extra_query={"limit": 1000})


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/v0/runs?limit=500", 422, "limit: 500 is greater than the maximum of 100"),
        ("/v0/runs?limit=many", 400, "limit"),
        ("/v0/runs?orderDir=sideways", 422, "orderDir"),
        ("/v0/tests?status=COMPLETED,NOPE", 422, "'NOPE'"),
        ("/v0/tests?taskId=a,", 422, "taskId"),
        ("/v0/runs?startDate=yesterday", 422, "startDate"),
        ("/v0/nothing", 404, "No operation for GET /v0/nothing"),
        ("/v0/evals/%zz", 400, "percent-encoding"),
        ("/v0/runs?taskId=%ff", 400, "UTF-8"),
    ],
)
def test_requests_the_spec_does_not_allow_are_refused_in_its_error_shape(
    mock_url: str, path: str, status: int, message: str
) -> None:
    assert_error(httpx.get(mock_url + path, headers=headers()), status, message)


@pytest.mark.parametrize(
    ("operation", "scheme"),
    [
        pytest.param(operation, scheme, id=f"{operation.operation_id}-{scheme}")
        for operation in OPERATIONS
        for scheme in operation.security_schemes
    ],
)
@pytest.mark.parametrize("value", [None, "someone-elses-key"], ids=["missing", "wrong"])
def test_a_missing_or_wrong_credential_is_401(
    operation: Operation, scheme: str, value: str | None, mock_url: str
) -> None:
    header = SCHEMES[scheme].header
    response = send(mock_url, operation, headers(operation, **{header: value}))
    assert_error(response, 401, header)
    assert "someone-elses-key" not in response.text


@pytest.mark.parametrize("operation", by_id(OPERATIONS))
def test_only_the_credentials_an_operations_security_names_are_checked(
    operation: Operation, mock_url: str
) -> None:
    """The application id is checked where the spec's `security` says, and nowhere else: the
    operation's own credentials suffice, and a wrong value of another one is not looked at."""
    assert send(mock_url, operation, headers(operation)).status_code == int(operation.success.status)
    others = {SCHEMES[name].header: "wrong" for name in set(SCHEMES) - set(operation.security_schemes)}
    response = send(mock_url, operation, {**headers(operation), **others})
    assert response.status_code == int(operation.success.status)


QUERY_PARAMETERS = [
    pytest.param(operation, parameter, id=f"{operation.operation_id}-{parameter['name']}")
    for operation in OPERATIONS
    for parameter in operation.parameters
    if parameter["in"] == "query"
]


@pytest.mark.parametrize(("operation", "parameter"), QUERY_PARAMETERS)
def test_every_empty_query_value_is_refused_alike(
    operation: Operation, parameter: dict[str, Any], mock_url: str
) -> None:
    """An empty value breaks the parameter's bound (minLength, minItems, enum): 422; where the value
    must be a number or a boolean it doesn't parse: 400 (`docs/spec-decisions.md`, row 33)."""
    kind = SPEC.json_schema(parameter["schema"]).get("type")
    response = send(mock_url, operation, headers(operation), query=f"{parameter['name']}=")
    assert_error(response, 400 if kind in ("integer", "number", "boolean") else 422, parameter["name"])


DATE_TIMES = [
    pytest.param(operation, name, id=f"{operation.operation_id}-{name}")
    for operation, name in (
        (operation, parameter["name"])
        for operation in OPERATIONS
        for parameter in operation.parameters
        if parameter["in"] == "query" and SPEC.resolve(parameter["schema"]).get("format") == "date-time"
    )
]


@pytest.mark.parametrize(("operation", "name"), DATE_TIMES)
def test_a_date_time_with_lowercase_t_and_z_is_read_as_rfc_3339_allows(
    operation: Operation, name: str, mock_url: str
) -> None:
    upper = send(mock_url, operation, headers(operation), query=f"{name}=2025-05-01T00:00:00Z")
    lower = send(mock_url, operation, headers(operation), query=f"{name}=2025-05-01t00:00:00z")
    assert lower.status_code == upper.status_code == int(operation.success.status)
    assert lower.json() == upper.json()


@pytest.mark.parametrize("operation", by_id(OPERATIONS))
@pytest.mark.parametrize("prefix", ["/v0", "/api/v1"])
def test_a_path_under_an_extra_prefix_is_a_404_that_says_so(
    operation: Operation, prefix: str, mock_url: str
) -> None:
    response = httpx.request(
        operation.method.upper(), mock_url + prefix + target(operation), headers=headers()
    )
    assert_error(response, 404, "prefix", operation.path, f"not {mock_url}{prefix}")


def allowed(path: str) -> set[str]:
    """The methods the spec has for a path, and HEAD wherever it has GET."""
    methods = {o.method.upper() for o in OPERATIONS if o.path == path}
    return methods | ({"HEAD"} if "GET" in methods else set())


LACKING = [
    pytest.param(operation, method, id=f"{operation.path}-{method}")
    for operation in {o.path: o for o in OPERATIONS}.values()
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "BREW")
    if method not in allowed(operation.path)
]


@pytest.mark.parametrize(("operation", "method"), LACKING)
def test_a_method_the_path_lacks_is_405_with_allow(operation: Operation, method: str, mock_url: str) -> None:
    response = httpx.request(method, mock_url + target(operation), headers=headers())
    assert_error(response, 405, method)
    assert set(response.headers["allow"].split(", ")) == allowed(operation.path)


@pytest.mark.parametrize("operation", by_id([o for o in OPERATIONS if o.method == "get"]))
def test_head_is_answered_as_get_without_the_body(operation: Operation, mock_url: str) -> None:
    got = httpx.get(mock_url + target(operation), headers=headers(operation))
    head = httpx.head(mock_url + target(operation), headers=headers(operation))
    assert head.status_code == got.status_code == int(operation.success.status)
    assert head.content == b""
    assert head.headers["content-length"] == str(len(got.content)) != "0"


def test_make_demo_runs_the_quickstart_and_the_write_flow_against_the_mock() -> None:
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
    steps = write_flow.flow(SPEC)
    if steps is None:  # the spec has nothing to create yet
        assert "no write flow to show" in result.stdout
    else:  # created through the client, then read back and listed by the sandbox
        assert f"A write flow against the sandbox (POST {steps.create.path})" in result.stdout
        assert "-> created " in result.stdout
        assert ("-> the same record" in result.stdout) is (steps.retrieve is not None)
        assert "-> listed: item 1, newest first" in result.stdout
