"""The official SDK's README, ported: each feature it shows, called the way this package calls it.

    AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... .venv/bin/python examples/ported_from_sdk.py

CI runs it against the mock API (tests/tools/test_examples.py) and type-checks it with
`mypy --strict` (make lint). Where the SDK writes `Avido()` and `AsyncAvido()`, one client
here does both (`await client.tests.alist()`).
"""

from __future__ import annotations

import asyncio
import sys

import httpx
from avido_client import AuthenticatedClient, RawResponse, errors
from avido_client.models import PaginatedTests, Test


def usage(client: AuthenticatedClient) -> None:
    # Usage: a resource's method with its filters (keyword arguments, as in the SDK).
    page = client.tests.list(status=["COMPLETED"], order_dir="desc", limit=10)
    for test in page.data:
        print(test.id, test.task.title)
    # Using types: models serialise back to JSON and to a dictionary.
    if page.data:
        print(page.data[0].to_json(indent=None)[:60], "...")
        print(sorted(page.data[0].to_dict())[:3])


def pagination(client: AuthenticatedClient) -> list[Test]:
    # Pagination: iterating a page goes on through every page after it, fetched as needed;
    # has_next_page()/get_next_page() for more control (list_all fetches several at once).
    first_page = client.tests.list(status="COMPLETED", limit=2)
    if first_page.has_next_page():
        print("next page starts at", first_page.next_page_skip(), len(first_page.get_next_page().data))
    return list(first_page)


def handling_errors(client: AuthenticatedClient) -> None:
    # Handling errors: the same hierarchy, with the status, the response and the request id.
    try:
        client.evals.get("no-such-eval")
    except errors.APIConnectionError as error:
        print("The server could not be reached:", error)
    except errors.RateLimitError as error:
        print("A 429 status code was received; back off a bit.", error.response.headers.get("retry-after"))
    except errors.APIStatusError as error:
        print("Another non-200-range status code was received:", error.status_code, error.request_id)
        print(error.response.status_code, error.request.method, error.request.url.path)


def retries_and_timeouts(client: AuthenticatedClient) -> None:
    # Retries: per client, or for one call with with_options (sharing the connections).
    client.with_options(max_retries=5).tests.list(limit=1)
    # Timeouts: seconds or an httpx.Timeout, per client or per call.
    client.with_options(timeout=20.0).tests.list(limit=1)
    client.tests.list(limit=1, timeout=httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0))


def raw_responses(client: AuthenticatedClient) -> None:
    # Accessing raw response data (headers, the request id), and the model with parse().
    response: RawResponse[PaginatedTests] = client.tests.with_raw_response.list(limit=1)
    print(response.status_code, response.headers.get("content-type"), response.request_id)
    tests = response.parse()
    print(len(tests.data), "test on the first page")


def undocumented(client: AuthenticatedClient) -> None:
    # Making custom/undocumented requests: extra query parameters and headers on any method.
    client.tests.list(limit=1, extra_query={"someFilter": "x"}, extra_headers={"X-Trace-Id": "t-1"})


def configuring_http(client: AuthenticatedClient) -> AuthenticatedClient:
    # Configuring the HTTP client: httpx's own arguments (a proxy, limits, a transport).
    return client.copy(httpx_args={"limits": httpx.Limits(max_connections=20)})


async def async_usage(client: AuthenticatedClient) -> int:
    # Async usage: the same client, with `a` before the method's name.
    page = await client.tests.alist(limit=5)
    walked = [test.id async for test in page]  # async for goes on across pages too
    every = [test.id async for test in client.tests.alist_all(status="COMPLETED")]
    return len(walked) + len(every)


def main() -> int:
    try:
        # Managing HTTP resources: a context manager closes the connections.
        with AuthenticatedClient() as client:  # AVIDO_API_KEY, AVIDO_APPLICATION_ID from the environment
            usage(client)
            print(len(pagination(client)), "completed tests")
            handling_errors(client)
            retries_and_timeouts(client)
            raw_responses(client)
            undocumented(client)
            with configuring_http(client) as configured:
                configured.tests.list(limit=1)
            print(asyncio.run(async_usage(client)), "tests, async")
        print("closed:", client.is_closed())
    except (errors.APIError, ValueError) as error:
        print(f"ported_from_sdk: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
