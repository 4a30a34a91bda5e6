"""Pages as users of the official SDK expect them, over real HTTP: iterating a page goes on across
pages, `has_next_page()`, `get_next_page()` with the page's filters, their async twins, and
walks that resume from an offset; a page iterated while its listing changes keeps the walks'
guarantee. Every listing of the spec is a page (the tests run on each)."""

from __future__ import annotations

import asyncio
import json
import math
import pickle
from typing import Any

import pytest
from avido_client import AuthenticatedClient, errors
from avido_client._page import Page

from tests.support.changing_listing import changing, number
from tests.support.client import client_for
from tests.support.modes import method_of, resource_of
from tests.support.spec import SPEC, Operation, success_example
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest

PAGING = [operation for operation in SPEC.operations() if operation.pagination]
IDS = [operation.operation_id for operation in PAGING]


def listing(server: LoopbackServer, operation: Operation, items: int, *, total: bool = True) -> None:
    """`items` copies of the operation's example item, paged as asked (limit 25 when not given)."""
    example = success_example(operation).value
    template = example["data"][0]

    def respond(request: RecordedRequest) -> CannedResponse:
        skip = int(request.query.get("skip", ["0"])[0])
        limit = int(request.query.get("limit", ["25"])[0])
        data = [{**template, "id": f"item-{i}"} for i in range(skip, min(skip + limit, items))]
        pagination: dict[str, Any] = {"skip": skip, "limit": limit}
        if total:
            pagination |= {"total": items, "totalPages": math.ceil(items / limit)}
        return CannedResponse(body=json.dumps({**example, "data": data, "pagination": pagination}).encode())

    server.responder = respond


def first_page(client: AuthenticatedClient, operation: Operation, **arguments: Any) -> Any:
    return method_of(client, operation, "sync")(**arguments)


@pytest.mark.parametrize("total", [True, False], ids=["with-total", "without-total"])
@pytest.mark.parametrize("operation", PAGING, ids=IDS)
def test_iterating_a_page_yields_its_items_then_every_page_after_it(
    operation: Operation, total: bool, api_server: LoopbackServer
) -> None:
    listing(api_server, operation, 23, total=total)
    with client_for(api_server.base_url) as client:
        page = first_page(client, operation, limit=10, order_dir="asc")
        assert isinstance(page, Page)
        ids = [item.id for item in page]
    assert ids == [f"item-{i}" for i in range(23)]
    assert all(request.query["orderDir"] == ["asc"] for request in api_server.requests)  # filters kept
    assert all(request.query["limit"] == ["10"] for request in api_server.requests)


@pytest.mark.parametrize("operation", PAGING, ids=IDS)
def test_async_for_over_a_page_goes_on_across_pages(operation: Operation, api_server: LoopbackServer) -> None:
    listing(api_server, operation, 23)

    async def main() -> list[str]:
        async with client_for(api_server.base_url) as client:
            page = await method_of(client, operation, "asyncio")(limit=10)
            return [item.id async for item in page]

    assert asyncio.run(main()) == [f"item-{i}" for i in range(23)]


@pytest.mark.parametrize("operation", PAGING, ids=IDS)
def test_next_page_keeps_the_filters_and_the_page_size(
    operation: Operation, api_server: LoopbackServer
) -> None:
    listing(api_server, operation, 23)
    with client_for(api_server.base_url) as client:
        page = first_page(client, operation, limit=10, order_dir="asc")
        seen = [[item.id for item in page.data]]
        while page.has_next_page():
            assert page.next_page_skip() == len(seen) * 10
            page = page.get_next_page()
            seen.append([item.id for item in page.data])
        with pytest.raises(RuntimeError, match="has_next_page"):
            page.get_next_page()
    assert [len(ids) for ids in seen] == [10, 10, 3]
    # The first call sends no skip (it wasn't given); the next pages, where they start.
    assert [request.query.get("skip") for request in api_server.requests] == [None, ["10"], ["20"]]
    assert all(request.query["orderDir"] == ["asc"] for request in api_server.requests)


@pytest.mark.parametrize("operation", PAGING, ids=IDS)
def test_the_async_next_page_and_iter_pages(operation: Operation, api_server: LoopbackServer) -> None:
    listing(api_server, operation, 23)

    async def main() -> list[int]:
        async with client_for(api_server.base_url) as client:
            page = await method_of(client, operation, "asyncio")(limit=10)
            sizes = [len(page.data)]
            while page.has_next_page():
                page = await page.aget_next_page()
                sizes.append(len(page.data))
            return sizes

    assert asyncio.run(main()) == [10, 10, 3]
    with client_for(api_server.base_url) as client:
        assert [len(page.data) for page in first_page(client, operation, limit=10).iter_pages()] == [
            10,
            10,
            3,
        ]


def test_a_raw_responses_parsed_page_goes_on_too(api_server: LoopbackServer) -> None:
    operation = PAGING[0]
    listing(api_server, operation, 23)
    with client_for(api_server.base_url) as client:
        page = method_of(client, operation, "raw")(limit=10).parse()
        assert len(list(page)) == 23


def test_a_page_no_client_fetched_is_just_its_items(api_server: LoopbackServer) -> None:
    """Decoded by from_dict, or unpickled (a page crossing a process boundary): no client to go on with."""
    operation = PAGING[0]
    listing(api_server, operation, 23)
    with client_for(api_server.base_url) as client:
        fetched = first_page(client, operation, limit=10)
    for page in (type(fetched).from_dict(fetched.to_dict()), pickle.loads(pickle.dumps(fetched))):
        assert [item.id for item in page] == [f"item-{i}" for i in range(10)]
        assert not page.has_next_page()
        with pytest.raises(RuntimeError, match="not fetched by a client"):
            page.get_next_page()
    assert pickle.loads(pickle.dumps(fetched)).to_dict() == fetched.to_dict()


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_walk_resumes_from_an_offset(mode: str, api_server: LoopbackServer) -> None:
    listing(api_server, PAGING[0], 250)
    with client_for(api_server.base_url) as client:
        resource = resource_of(client, PAGING[0])
        name = f"{PAGING[0].resource_method}_all"
        if mode == "sync":
            ids = [item.id for item in getattr(resource, name)(skip=180)]
        else:

            async def walk() -> list[str]:
                return [item.id async for item in getattr(resource, f"a{name}")(skip=180)]

            ids = asyncio.run(walk())
    assert ids == [f"item-{i}" for i in range(180, 250)]
    assert int(api_server.requests[0].query["skip"][0]) == 180


@pytest.mark.parametrize("value", [-1, "10", True])
def test_a_walks_skip_and_concurrency_are_checked_before_sending(
    value: Any, api_server: LoopbackServer
) -> None:
    with client_for(api_server.base_url) as client:
        for option in ("skip", "concurrency"):
            with pytest.raises((TypeError, ValueError), match=option):
                client.runs.list_all(**{option: value})
    assert api_server.requests == []


@pytest.mark.parametrize("change", ["added", "deleted", "added-and-deleted"])
def test_iterating_a_page_of_a_changing_listing_yields_each_item_once(
    change: str, api_server: LoopbackServer
) -> None:
    listed = changing(
        change, template=json.loads(success_example(PAGING[0]).fixture_path.read_text())["data"][0]
    )
    api_server.responder = listed.respond
    with client_for(api_server.base_url) as client:
        ids = [number(run.id) for run in client.runs.list(limit=100, skip=0)]
    assert len(ids) == len(set(ids))
    assert set(listed.survivors()) <= set(ids)


def test_a_strict_walk_raises_where_it_lost_its_place(api_server: LoopbackServer) -> None:
    template = json.loads(success_example(PAGING[0]).fixture_path.read_text())["data"][0]
    listed = changing("added", wipe_before=2, template=template)
    api_server.responder = listed.respond
    with client_for(api_server.base_url) as client, pytest.raises(errors.PaginationError) as raised:
        list(client.runs.list_all(strict=True, concurrency=1))
    assert raised.value.skip > 0
