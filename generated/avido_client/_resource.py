# avido_client runtime (runtime/_resource.py): make generate copies it verbatim; edit it in runtime/.
"""The base of the generated resources (`client.runs`, `client.tests`, ...), and their raw twins.

A resource holds the client it calls through; its methods (generated, one per operation,
each with an async twin prefixed `a` and, where the operation pages, `_all` walkers) pass
their arguments and per-call options to `_call`, `_acall`, `_walk` and `_awalk`.

`resource.with_raw_response` has the same methods, giving a `RawResponse` (status, headers,
request id, `parse()`) instead of the model, as in Stainless SDKs: each is the method of a
twin resource that answers raw, retyped by `to_raw_response_wrapper` (a cast, so the
parameters are written once, on the method).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from typing import Any, ParamSpec, Self, TypeVar, cast

from ._base_client import BaseClient
from ._operation import Operation, acall, awalk, call, call_options, walk
from ._response import RawResponse

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")
I = TypeVar("I")  # noqa: E741


class APIResource:
    """A resource: the client it calls through, and whether it answers raw."""

    def __init__(self, client: BaseClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _raw_twin(self) -> Self:
        """This resource answering with RawResponse objects, for `with_raw_response`."""
        return type(self)(self._client, raw=True)

    def _call(
        self,
        operation: Operation[S, Any],
        arguments: Mapping[str, Any],
        extra_headers: object,
        extra_query: object,
        extra_body: object,
        timeout: object,
    ) -> S:
        options = call_options(self._client, extra_headers, extra_query, extra_body, timeout)
        result: S = call(self._client, operation, arguments, options, raw=self._raw)
        return result

    async def _acall(
        self,
        operation: Operation[S, Any],
        arguments: Mapping[str, Any],
        extra_headers: object,
        extra_query: object,
        extra_body: object,
        timeout: object,
    ) -> S:
        options = call_options(self._client, extra_headers, extra_query, extra_body, timeout)
        result: S = await acall(self._client, operation, arguments, options, raw=self._raw)
        return result

    def _walk(
        self,
        operation: Operation[Any, I],
        arguments: Mapping[str, Any],
        skip: int,
        concurrency: int,
        strict: bool,
        extra_headers: object,
        extra_query: object,
        timeout: object,
    ) -> Generator[I]:
        options = call_options(self._client, extra_headers, extra_query, None, timeout)
        return walk(self._client, operation, arguments, options, skip, concurrency, strict)

    def _awalk(
        self,
        operation: Operation[Any, I],
        arguments: Mapping[str, Any],
        skip: int,
        concurrency: int,
        strict: bool,
        extra_headers: object,
        extra_query: object,
        timeout: object,
    ) -> AsyncGenerator[I]:
        options = call_options(self._client, extra_headers, extra_query, None, timeout)
        return awalk(self._client, operation, arguments, options, skip, concurrency, strict)


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """A raw twin's method, typed as giving the RawResponse it gives."""
    return cast(Callable[P, RawResponse[R]], method)


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of `to_raw_response_wrapper`."""
    return cast(Callable[P, Awaitable[RawResponse[R]]], method)
