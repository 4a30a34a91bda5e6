"""Memory while walking a long listing: the peak stays bounded by the pages in flight.

    python -m bench.memory BASE_URL ITEMS WALKER

walks ITEMS runs (pages of 100) with `sync_all` or `asyncio_all` (their default concurrency)
and prints, as JSON, the peak of memory allocated by Python during the walk (tracemalloc,
started once the client exists), and that of one decoded page held on its own. Run once per
figure, each in a fresh interpreter, so one walk's garbage never counts in another's peak.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tracemalloc

from avido_client import AuthenticatedClient

from tools.paths import ROOT

MIB = 1024 * 1024


def walk(base_url: str, items: int, walker: str) -> dict[str, float]:
    client = AuthenticatedClient(api_key="bench", base_url=base_url)
    client.runs.list(limit=100)  # connections, the SSL context and imports: before counting
    tracemalloc.start()
    page = client.runs.list(limit=100)
    one_page = tracemalloc.get_traced_memory()[0]
    del page
    tracemalloc.reset_peak()
    if walker == "sync_all":
        count = sum(1 for _ in client.runs.list_all(limit=100))
    else:

        async def count_async() -> int:
            return sum([1 async for _ in client.runs.alist_all(limit=100)])

        count = asyncio.run(count_async())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == items, count
    return {"peak_mib": peak / MIB, "page_mib": one_page / MIB}


def measure(base_url: str, items: int, walker: str) -> dict[str, float]:
    """`walk` in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.memory", base_url, str(items), walker],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


if __name__ == "__main__":
    print(json.dumps(walk(sys.argv[1], int(sys.argv[2]), sys.argv[3])))
