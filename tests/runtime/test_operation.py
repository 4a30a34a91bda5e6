"""Requests built from an operation's description: path, query and the values refused (no I/O)."""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Any

import pytest
from avido_client._operation import CallOptions, Operation, Parameter, request_kwargs
from avido_client.models import ErrorResponse, Status
from avido_client.types import UNSET

OPERATION: Operation[ErrorResponse, None] = Operation(
    operation_id="op",
    method="GET",
    path="/v0/things/{id}",
    security=("x-api-key",),
    parameters=(
        Parameter("id", "id", "path", required=True),
        Parameter("limit", "limit", "query", json_type="integer", minimum=1, maximum=100),
        Parameter("status", "status", "query", enum=Status),
        Parameter("statuses", "statuses", "query", enum=Status, array=True, explode=False),
        Parameter("tags", "tag", "query", array=True),
        Parameter("since", "since", "query", date_time=True),
        Parameter("trace", "x-trace", "header"),
    ),
    success=ErrorResponse,
    success_statuses=(200, 200),
)


def build(**arguments: Any) -> dict[str, Any]:
    return request_kwargs(OPERATION, {"id": "t-1", **arguments})


def test_only_what_is_given_is_sent() -> None:
    assert build(limit=UNSET, status=None) == {"method": "GET", "url": "/v0/things/t-1"}


def test_values_go_on_the_wire_as_the_spec_says() -> None:
    since = datetime.datetime(2024, 1, 5, 12, 0, tzinfo=datetime.UTC)
    kwargs = build(
        limit=5,
        status=Status.COMPLETED,
        statuses=[Status.COMPLETED, Status.FAILED],
        tags=["a", "b"],
        since=since,
        trace="tr-1",
    )
    assert kwargs["params"] == {
        "limit": 5,
        "status": "COMPLETED",
        "statuses": "COMPLETED,FAILED",  # explode false: one comma-separated value
        "tag": ["a", "b"],  # explode true: the key repeated
        "since": "2024-01-05T12:00:00+00:00",
    }
    assert kwargs["headers"] == {"x-trace": "tr-1"}


def test_one_value_where_the_spec_takes_several_is_a_list_of_one() -> None:
    assert build(statuses=Status.PENDING)["params"] == {"statuses": "PENDING"}


@pytest.mark.parametrize(("raw", "sent"), [("a/b?c#d", "a%2Fb%3Fc%23d"), ("...", "..."), ("%2F", "%252F")])
def test_path_values_are_percent_encoded(raw: str, sent: str) -> None:
    assert build(id=raw)["url"] == f"/v0/things/{sent}"


@pytest.mark.parametrize("missing", [None, UNSET])
def test_a_required_parameter_not_given_is_refused(missing: Any) -> None:
    with pytest.raises(ValueError, match="id is required"):
        build(id=missing)


@pytest.mark.parametrize("raw", ["", ".", ".."])
def test_path_values_that_change_the_path_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="id must not be"):
        build(id=raw)


def test_an_enum_value_the_client_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError, match="status: 'ARCHIVED'"):
        build(status=Status("ARCHIVED"))
    with pytest.raises(ValueError, match="statuses: 'ARCHIVED'"):
        build(statuses=[Status.PENDING, Status("ARCHIVED")])


def test_a_datetime_without_a_timezone_is_refused() -> None:
    with pytest.raises(ValueError, match="since: a datetime without a timezone"):
        build(since=datetime.datetime(2024, 1, 5))


def test_a_plain_enum_member_sends_its_value() -> None:
    class Colour(StrEnum):
        RED = "red"

    operation: Operation[ErrorResponse, None] = Operation(
        operation_id="op",
        method="GET",
        path="/v0/things",
        parameters=(Parameter("colour", "colour", "query", enum=Colour),),
        success=ErrorResponse,
        success_statuses=(200, 200),
    )
    assert request_kwargs(operation, {"colour": Colour.RED})["params"] == {"colour": "red"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"limit": 0}, "limit: 0 is under the minimum of 1"),
        ({"limit": 101}, "limit: 101 is over the maximum of 100"),
        ({"limit": True}, "limit: expected integer, got bool"),
        ({"limit": "5"}, "limit: expected integer, got str"),
        ({"statuses": []}, "statuses: 0 values; the API takes at least 1"),
        ({"trace": ""}, "trace: empty; the API takes at least 1 character"),
        ({"since": datetime.datetime(2024, 1, 5)}, "since: a datetime without a timezone"),
        ({"since": "2024-01-05"}, "since: expected a datetime, got str"),
        ({"tags": ["a", "b,c"]}, "tags: 'b,c' does not match"),
    ],
    ids=[
        "under-minimum",
        "over-maximum",
        "bool-for-integer",
        "string-for-integer",
        "no-items",
        "empty-string",
        "naive-datetime",
        "string-for-datetime",
        "pattern",
    ],
)
def test_values_the_spec_does_not_allow_are_refused_naming_the_argument(
    arguments: dict[str, Any], message: str
) -> None:
    bounded: Operation[None, None] = Operation(
        operation_id="op",
        method="GET",
        path="/v0/things/{id}",
        parameters=(
            *OPERATION.parameters[:2],
            Parameter("statuses", "statuses", "query", enum=Status, array=True, explode=False, min_items=1),
            Parameter("since", "since", "query", date_time=True),
            Parameter("trace", "x-trace", "header", min_length=1),
            Parameter("tags", "tag", "query", array=True, explode=False, pattern="^[^,]*$"),
        ),
    )
    with pytest.raises(ValueError, match=message):
        request_kwargs(bounded, {"id": "t-1", **arguments})


def test_the_calls_extra_query_and_headers_are_added() -> None:
    options = CallOptions(
        extra_headers={"X-Extra": "1"}, extra_query={"newFilter": ["a", "b"]}, extra_body={}, timeout=None
    )
    kwargs = request_kwargs(OPERATION, {"id": "t-1", "limit": 5, "trace": "tr"}, options)
    assert kwargs["params"] == {"limit": 5, "newFilter": ["a", "b"]}
    assert kwargs["headers"] == {"x-trace": "tr", "X-Extra": "1"}


def test_extra_body_on_an_operation_without_a_body_is_refused() -> None:
    options = CallOptions(extra_headers={}, extra_query={}, extra_body={"a": 1}, timeout=None)
    with pytest.raises(ValueError, match="extra_body: op takes no request body"):
        request_kwargs(OPERATION, {"id": "t-1"}, options)
