"""The calling style: resources (`client.runs.list(...)`), plain strings for enums, with_options,
None for absent fields. Resource methods are read from the spec, so a new operation is covered."""

from __future__ import annotations

import asyncio
import json
import pydoc
from collections.abc import Callable, Iterator
from typing import Any

import avido_client
import pytest
from avido_client import AuthenticatedClient, errors
from avido_client.models import PaginatedRuns, Status

from tests.behaviour.conftest import RUNS, TESTS
from tests.support.client import client_for
from tests.support.compare import as_instants
from tests.support.modes import MODES, resource_of
from tests.support.sandbox import stored_values
from tests.support.spec import SPEC, Operation, call_arguments, json_schema
from tools.loopback import LoopbackServer
from tools.mock.api import MockAPI
from tools.spec import python_name

OPERATIONS = SPEC.operations()
IDS = [operation.operation_id for operation in OPERATIONS]


@pytest.fixture(scope="module")
def mock_api() -> MockAPI:
    """One mock for the module: building it (the spec read, openapi-core's validator) took 0.6 s
    a test; each test resets its sandbox instead (see `mock`)."""
    return MockAPI()


@pytest.fixture
def mock(mock_api: MockAPI) -> Iterator[LoopbackServer]:
    """A server of its own per test, so each test's recorded requests are its own, and the
    sandbox back to the spec's examples, so no test sees another's writes."""
    mock_api.reset()
    with LoopbackServer(mock_api).running() as server:
        yield server


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_every_operation_is_a_resource_method_sync_async_and_raw(
    operation: Operation, mock: LoopbackServer
) -> None:
    # The mock keeps state: the path names records it holds, and each form's call of an
    # operation that writes makes its own change (a create, a new id and time each).
    args, kwargs = call_arguments(operation, stored_values(operation))
    with client_for(mock.base_url) as client:
        resource = resource_of(client, operation)
        from_resource = getattr(resource, operation.resource_method)(*args, **kwargs)
        from_twin = asyncio.run(getattr(resource, "a" + operation.resource_method)(*args, **kwargs))
        from_raw = getattr(resource.with_raw_response, operation.resource_method)(*args, **kwargs).parse()
    if operation.success.empty:  # an answer without a body: None, from each
        assert from_resource is from_twin is from_raw is None
    else:
        assert type(from_resource).__name__ == operation.success.model
    answers = [
        answer.to_dict() if answer is not None else None for answer in (from_resource, from_twin, from_raw)
    ]
    if operation.method == "get":
        assert answers[0] == answers[1] == answers[2]
    else:
        first = answers[0]
        assert all(type(answer) is type(first) for answer in answers)
        if isinstance(first, dict):
            assert all(isinstance(answer, dict) and answer.keys() == first.keys() for answer in answers)
    targets = {request.target for request in mock.requests}
    assert len(targets) == 1  # the three sent the same request


@pytest.mark.parametrize("operation", [o for o in OPERATIONS if o.pagination], ids=lambda o: o.operation_id)
def test_every_paging_operation_walks_from_its_resource(operation: Operation, mock: LoopbackServer) -> None:
    name = operation.resource_method + "_all"
    with client_for(mock.base_url) as client:
        resource = resource_of(client, operation)
        items = [item.to_dict() for item in getattr(resource, name)(limit=2)]

        async def twin() -> list[Any]:
            return [item.to_dict() async for item in getattr(resource, "a" + name)(limit=2, concurrency=2)]

        assert asyncio.run(twin()) == items
        total = getattr(resource, operation.resource_method)(limit=1).pagination.total
    assert len(items) == total  # the walk yields every item the mock's listing holds


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "sent"),
    [
        ("COMPLETED", "COMPLETED"),
        (Status.FAILED, "FAILED"),
        (["COMPLETED", Status.FAILED], "COMPLETED,FAILED"),
        (("PENDING",), "PENDING"),
    ],
    ids=["string", "member", "strings-and-members", "tuple"],
)
def test_enum_parameters_take_plain_strings(
    status: Any, sent: str, mode: str, api_server: LoopbackServer
) -> None:
    api_server.serve(TESTS)
    with client_for(api_server.base_url) as client:
        if mode == "sync":
            client.tests.list(status=status, order_by="id", order_dir="asc")
        else:
            asyncio.run(client.tests.alist(status=status, order_by="id", order_dir="asc"))
    [request] = api_server.requests
    assert request.query == {"status": [sent], "orderBy": ["id"], "orderDir": ["asc"]}


@pytest.mark.parametrize("mode", MODES)
def test_an_unknown_enum_string_is_refused_listing_the_values_before_sending(
    mode: str, api_server: LoopbackServer
) -> None:
    api_server.serve(TESTS)
    with client_for(api_server.base_url) as client:
        # "DONE" is no Status: a type checker says so too; this is what happens without one.
        call: Callable[[], object] = {
            "sync": lambda: client.tests.list(status=["COMPLETED", "DONE"]),  # type: ignore[list-item]
            "asyncio": lambda: asyncio.run(client.tests.alist(status=["COMPLETED", "DONE"])),  # type: ignore[list-item]
        }[mode]
        with pytest.raises(ValueError, match="DONE") as raised:
            call()
    assert str(raised.value) == (
        "status: 'DONE' is not a value this client knows; "
        "one of 'PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'"
    )
    assert api_server.requests == []


def test_module_functions_take_strings_too(api_server: LoopbackServer) -> None:
    api_server.serve(TESTS)
    with client_for(api_server.base_url) as client:
        client.tests.list(status="PASSED", run_type=["MANUAL"], pass_rate_statuses="error")
    assert api_server.requests[0].query == {
        "status": ["PASSED"],
        "runType": ["MANUAL"],
        "passRateStatuses": ["error"],
    }


def test_with_options_shares_the_connections_and_leaves_the_original_alone(
    api_server: LoopbackServer,
) -> None:
    api_server.serve(RUNS)
    client = client_for(api_server.base_url, timeout=30, max_retries=2)
    quick = client.with_options(timeout=2, max_retries=0, headers={"X-Trace": "t-1"})

    assert (quick.timeout.read, quick.max_retries) == (2.0, 0)
    assert (client.timeout.read, client.max_retries) == (30.0, 2)
    assert (quick.base_url, repr(quick).split(", timeout")[0]) == (
        client.base_url,
        repr(client).split(", timeout")[0],
    )
    quick.runs.list()
    client.runs.list()
    assert quick.get_httpx_client() is client.get_httpx_client()
    assert [r.headers.get("x-trace") for r in api_server.requests] == ["t-1", None]
    assert all(r.headers["x-api-key"] for r in api_server.requests)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    client.close()


def test_an_absent_field_reads_as_none_and_stays_absent(api_server: LoopbackServer) -> None:
    """A run as SDK 1.22.0 reads it has no status: None, not a sentinel, in the model and its repr;
    to_dict() gives back the keys that came, explicit nulls included."""
    payload = json.loads((SPEC_FIXTURE := _fixture("list_runs", "200-sdk-1.22.0")).read_text())
    api_server.serve(SPEC_FIXTURE.read_bytes())
    with client_for(api_server.base_url) as client:
        page: PaginatedRuns = client.runs.list()
    [run] = page.data
    assert run.status is None
    assert run.experiment_variant_id is None
    assert "Unset" not in repr(page)
    assert "UNSET" not in repr(page)
    schema = json_schema("PaginatedRuns")
    assert as_instants(schema, page.to_dict()) == as_instants(schema, payload)
    assert "status" not in page.to_dict()["data"][0]
    assert page.to_dict()["data"][0]["experimentVariantId"] is None  # an explicit null, kept


def _fixture(operation: str, name: str) -> Any:
    from tools.paths import FIXTURES

    return FIXTURES / operation / f"{name}.json"


def test_help_shows_how_to_build_a_client_and_the_resources() -> None:
    text = pydoc.plain(pydoc.render_doc(avido_client))
    assert "AuthenticatedClient()" in text
    for operation in OPERATIONS:
        assert f"client.{'.'.join(python_name(part) for part in operation.resource_path)}: " in text
        assert f"{operation.resource_method}()" in text


def test_a_refused_connection_names_host_and_port() -> None:
    with (
        AuthenticatedClient(api_key="k", base_url="http://127.0.0.1:9", max_retries=0) as client,
        pytest.raises(errors.APIConnectionError, match=r"could not connect to 127\.0\.0\.1:9 \("),
    ):
        client.runs.list()
