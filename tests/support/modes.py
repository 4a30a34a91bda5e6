"""The one way tests call an operation in each of its variants, sync and async."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

from avido_client import AuthenticatedClient

# Every variant that returns the model (or raises); with the detailed ones, every variant.
MODES = ("sync", "asyncio")
ALL_MODES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def invoke(module: ModuleType, mode: str, client: AuthenticatedClient, *args: Any, **kwargs: Any) -> Any:
    """Call `module.<mode>(*args, client=client, **kwargs)`; an async variant runs in its own event
    loop, and its httpx client is closed before the loop is, so the client can be used again."""
    function = getattr(module, mode)
    if not mode.startswith("asyncio"):
        return function(*args, client=client, **kwargs)

    async def run() -> Any:
        try:
            return await function(*args, client=client, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(run())


def parsed(result: Any, mode: str) -> Any:
    """The model a variant returned: the `parsed` body of a detailed one."""
    return result.parsed if mode.endswith("_detailed") else result
