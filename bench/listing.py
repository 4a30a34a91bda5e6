"""List everything: every run of a listing, in pages of 100, from a server that answers
each request after a fixed delay. Contenders: `list_runs.asyncio_all(concurrency=8)`,
`list_runs.sync_all`, and the official SDK's auto-pager (`Avido(...).runs.list(limit=100)`).
"""

from __future__ import annotations

import asyncio
import math
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from avido import Avido
from avido_client import AuthenticatedClient
from avido_client.api.runs import list_runs

from tools.paths import ROOT

PAGE = 100
CONCURRENCY = 8


@contextmanager
def slow_server(runs: int, delay: float) -> Iterator[str]:
    """Start bench.slow_server in its own process; yield its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.slow_server", str(runs), str(delay)],
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


def floor_seconds(runs: int, delay: float) -> float:
    """One round trip for the first page, then the rest in rounds of CONCURRENCY pages."""
    pages = math.ceil(runs / PAGE)
    return (1 + math.ceil((pages - 1) / CONCURRENCY)) * delay


@contextmanager
def contenders(base_url: str, runs: int) -> Iterator[dict[str, Callable[[], object]]]:
    """Each lists every run and checks it got all of them.

    Each contender keeps one client for all its runs, as an application would: what is
    timed is the listing, not building a client (an httpx client loads the CA bundle).
    The async client lives on one event loop, reused across runs.
    """
    loop = asyncio.new_event_loop()
    ours_async_client = AuthenticatedClient(api_key="bench", base_url=base_url)
    ours_sync_client = AuthenticatedClient(api_key="bench", base_url=base_url)
    sdk_client = Avido(api_key="bench", application_id="bench", base_url=base_url)
    raw_client = httpx.AsyncClient(base_url=base_url)

    def httpx_alone() -> object:
        """The transport's own cost: the same pages, 8 at a time, json.loads only, no models."""

        async def walk() -> int:
            async def page(skip: int) -> Any:
                return (await raw_client.get("/v0/runs", params={"skip": skip, "limit": PAGE})).json()

            first = await page(0)
            gate = asyncio.Semaphore(CONCURRENCY)

            async def gated(skip: int) -> Any:
                async with gate:
                    return await page(skip)

            rest = await asyncio.gather(*(gated(s) for s in range(PAGE, first["pagination"]["total"], PAGE)))
            return len(first["data"]) + sum(len(p["data"]) for p in rest)

        count = loop.run_until_complete(walk())
        assert count == runs, count
        return count

    def ours_async() -> object:
        async def walk() -> int:
            pages = list_runs.asyncio_all(client=ours_async_client, limit=PAGE, concurrency=CONCURRENCY)
            return sum([1 async for _ in pages])

        count = loop.run_until_complete(walk())
        assert count == runs, count
        return count

    def ours_sync() -> object:
        count = sum(1 for _ in list_runs.sync_all(client=ours_sync_client, limit=PAGE))
        assert count == runs, count
        return count

    def official_sdk() -> object:
        count = sum(1 for _ in sdk_client.runs.list(limit=PAGE))
        assert count == runs, count
        return count

    try:
        yield {
            f"avido_client asyncio_all(concurrency={CONCURRENCY})": ours_async,
            "avido_client sync_all": ours_sync,
            "avido 1.7.0 SDK auto-pager": official_sdk,
            "reference: httpx alone, 8 at a time, no models": httpx_alone,
        }
    finally:
        loop.run_until_complete(ours_async_client.aclose())
        loop.run_until_complete(raw_client.aclose())
        loop.close()
        ours_sync_client.close()
        sdk_client.close()
