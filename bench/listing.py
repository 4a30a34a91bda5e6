"""List everything: every item of a listing, in pages of 100, from bench/server.py (its own
process), which answers each request after a fixed delay.

The floor is measured, not computed: the same pages walked with httpx alone, `PAGE`s
`CONCURRENCY` at a time once the first is in, each body through `json.loads`, no models.
Contenders: avido_client's `alist_all` and `list_all` with their defaults (the `fast` extra,
msgspec, is installed here; `alist_all` also the standard way, as the default install decodes),
and the official SDK's auto-pager, default and strict.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from avido import Avido
from avido_client import AuthenticatedClient, _constants, _decoding

from bench.decode import parser
from tools.paths import ROOT

PAGE = 100
CONCURRENCY = _constants.DEFAULT_CONCURRENCY
KINDS = {"runs": "/v0/runs", "tests": "/v0/tests"}


@contextmanager
def listing_server(total: int, delay: float) -> Iterator[str]:
    """bench.server in its own process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.server", str(total), str(delay)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{process.stdout.readline().strip()}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def most_in_flight(base_url: str, walk: Callable[[], object]) -> int:
    """The most requests the server had in flight at once during `walk`."""
    httpx.get(f"{base_url}/stats")
    walk()
    most: int = httpx.get(f"{base_url}/stats").json()["max_in_flight"]
    return most


@contextmanager
def contenders(base_url: str, kind: str, total: int) -> Iterator[dict[str, Callable[[], object]]]:
    """Each walks the whole listing and checks it got every item.

    Each keeps one client for all its runs, as an application would; the async ones share
    one event loop.
    """
    path = KINDS[kind]
    loop = asyncio.new_event_loop()
    ours = AuthenticatedClient(api_key="bench", application_id="bench", base_url=base_url)
    resource = ours.runs if kind == "runs" else ours.tests
    sdk = Avido(api_key="bench", application_id="bench", base_url=base_url)
    sdk_strict = Avido(
        api_key="bench", application_id="bench", base_url=base_url, _strict_response_validation=True
    )
    raw = httpx.AsyncClient(base_url=base_url)

    def sdk_walk(client: Avido) -> int:
        pages = client.runs.list(limit=PAGE) if kind == "runs" else client.tests.list(limit=PAGE)
        return sum(1 for _ in pages)

    def counted(count: int) -> int:
        assert count == total, count
        return count

    def floor() -> object:
        async def walk() -> int:
            async def page(skip: int) -> Any:
                return json.loads((await raw.get(path, params={"skip": skip, "limit": PAGE})).content)

            first = await page(0)
            gate = asyncio.Semaphore(CONCURRENCY)

            async def gated(skip: int) -> Any:
                async with gate:
                    return await page(skip)

            rest = await asyncio.gather(*(gated(s) for s in range(PAGE, first["pagination"]["total"], PAGE)))
            return len(first["data"]) + sum(len(p["data"]) for p in rest)

        return counted(loop.run_until_complete(walk()))

    def ours_async() -> object:
        async def walk() -> int:
            return sum([1 async for _ in resource.alist_all(limit=PAGE)])

        return counted(loop.run_until_complete(walk()))

    def ours_async_json() -> object:
        with parser(_decoding.load_with_json):
            return ours_async()

    def ours_sync() -> object:
        return counted(sum(1 for _ in resource.list_all(limit=PAGE)))

    def official(client: Avido) -> Callable[[], object]:
        return lambda: counted(sdk_walk(client))

    try:
        yield {
            f"floor: httpx alone, {CONCURRENCY} at a time, json.loads, no models": floor,
            f"avido_client alist_all (default: {CONCURRENCY} at a time)": ours_async,
            "avido_client alist_all, default install (json)": ours_async_json,
            f"avido_client list_all (default: {CONCURRENCY} at a time)": ours_sync,
            "avido 1.7.0 SDK auto-pager, default": official(sdk),
            "avido 1.7.0 SDK auto-pager, strict validation": official(sdk_strict),
        }
    finally:
        loop.run_until_complete(ours.aclose())
        loop.run_until_complete(raw.aclose())
        loop.close()
        ours.close()
        sdk.close()
        sdk_strict.close()
