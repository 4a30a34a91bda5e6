"""The one way tests call an operation: as users do, `client.<resource>.<method>(...)`, in each of
its forms (sync, async, and the raw twins of both)."""

from __future__ import annotations

import asyncio
from typing import Any

from avido_client import AuthenticatedClient

from tools.spec import Operation, python_name

# The forms that return the model (or raise), and with them the raw ones (a RawResponse).
MODES = ("sync", "asyncio")
ALL_MODES = ("sync", "asyncio", "raw", "araw")


def resource_of(client: AuthenticatedClient, operation: Operation) -> Any:
    """`client.<resource>` for the operation (`client.tasks.tags` for a tag `tasks.tags`)."""
    resource: Any = client
    for segment in operation.resource_path:
        resource = getattr(resource, python_name(segment))
    return resource


def method_of(client: AuthenticatedClient, operation: Operation, mode: str) -> Any:
    """The bound method a user calls for `operation` in `mode` (sync, asyncio, raw, araw)."""
    resource = resource_of(client, operation)
    if mode in ("raw", "araw"):
        resource = resource.with_raw_response
    name = operation.resource_method
    return getattr(resource, f"a{name}" if mode in ("asyncio", "araw") else name)


def invoke(client: AuthenticatedClient, operation: Operation, mode: str, *args: Any, **kwargs: Any) -> Any:
    """Call the operation in `mode`; an async form runs in an event loop of its own (whose end
    closes that loop's connections, so the client can go on being used)."""
    method = method_of(client, operation, mode)
    if mode in ("asyncio", "araw"):
        return asyncio.run(method(*args, **kwargs))
    return method(*args, **kwargs)


def parsed(result: Any, mode: str) -> Any:
    """The model a form returned: a raw one's `parse()`."""
    return result.parse() if mode in ("raw", "araw") else result
