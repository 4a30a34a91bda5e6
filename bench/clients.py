"""A fresh client and its first request: what a program that makes clients freely pays.

httpx builds an SSL context for every client (loading the CA bundle), even for a plain
http URL; avido_client builds one per process and shares it (runtime/_tls.py). Each
contender makes a new client, sends one request for a one-run page to bench/server.py and
closes it. The first avido_client of the process pays for the shared context; that one is
in the warm-up round, as it would be at a program's start.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from avido import Avido
from avido_client import AuthenticatedClient


def contenders(base_url: str) -> dict[str, Callable[[], object]]:
    def plain_httpx() -> object:
        with httpx.Client(base_url=base_url) as client:
            return client.get("/v0/runs", params={"limit": 1}).json()

    def ours() -> object:
        with AuthenticatedClient(api_key="bench", base_url=base_url) as client:
            return client.runs.list(limit=1)

    def official_sdk() -> object:
        with Avido(api_key="bench", application_id="bench", base_url=base_url) as client:
            return client.runs.list(limit=1)

    return {
        "httpx.Client() + one request": plain_httpx,
        "avido_client client + first request": ours,
        "avido 1.7.0 SDK client + first request": official_sdk,
    }
