# avido_client runtime (runtime/_body.py): make generate copies it verbatim; edit it in runtime/.
"""Reading a response body within its limits: a size (counted after decompression) and a deadline.

httpx decompresses a whole network chunk at once, so a small gzip "bomb" can become
gigabytes before anyone counts; here the raw bytes are decompressed in steps no larger
than what the size limit still allows. Only gzip and deflate are asked for
(`ACCEPT_ENCODING`) and understood. The sync reader checks the deadline after each chunk;
the async one is also bounded as a whole by its caller.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from .errors import APIConnectionError, ResponseTooLargeError

ACCEPT_ENCODING = "gzip, deflate"


class _Decoder:
    """Decompresses one body (identity, gzip or deflate), never holding more than `limit` bytes out."""

    def __init__(self, encoding: str, limit: int, what: str) -> None:
        self.encoding = encoding.strip().lower() or "identity"
        if self.encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise APIConnectionError(
                f"{what}: the response's Content-Encoding {encoding!r} is not one this client reads"
            )
        self.limit = limit
        self.what = what
        self.size = 0
        self.chunks: list[bytes] = []
        gzip = self.encoding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16) if gzip else None
        self._deflate_started = False

    def _take(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ResponseTooLargeError(
                f"{self.what}: the response body is over the client's limit of {self.limit:,} bytes"
                + (" once decompressed" if self.encoding != "identity" else ""),
                limit=self.limit,
            )
        self.chunks.append(data)

    def _inflate(self, data: bytes) -> None:
        assert self._zlib is not None
        while data:
            self._take(self._zlib.decompress(data, self.limit - self.size + 1))
            data = self._zlib.unconsumed_tail

    def feed(self, data: bytes) -> None:
        if self.encoding == "identity":
            self._take(data)
            return
        if self.encoding == "deflate" and not self._deflate_started:
            # "deflate" is zlib-wrapped by the standard and raw by some servers: try the first.
            self._deflate_started = True
            self._zlib = zlib.decompressobj()
            try:
                self._inflate(data)
                return
            except zlib.error:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self.size, self.chunks = 0, []
        try:
            self._inflate(data)
        except zlib.error as exc:
            raise APIConnectionError(
                f"{self.what}: the response body is not valid {self.encoding} ({exc})"
            ) from None

    def finish(self) -> bytes:
        if self._zlib is not None:
            self._take(self._zlib.flush())
        return b"".join(self.chunks)


def _check_declared_length(response: httpx.Response, limit: int, what: str) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and not response.headers.get("content-encoding"):
        raise ResponseTooLargeError(
            f"{what}: the response declares {int(declared):,} bytes, over the client's limit of {limit:,}",
            limit=limit,
        )


def _built_whole(response: httpx.Response, limit: int, what: str) -> bytes | None:
    """The body of a response its transport built whole (httpx.MockTransport's, respx's): httpx
    read and decoded it already, so it can't be streamed again. None for a streamed one."""
    if not response.is_stream_consumed:
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if len(content) > limit:
        raise ResponseTooLargeError(
            f"{what}: the response body is over the client's limit of {limit:,} bytes", limit=limit
        )
    return content


def read_body(response: httpx.Response, limit: int, deadline: float, what: str) -> bytes:
    """The whole (decompressed) body; raises ResponseTooLargeError over `limit`, and httpx.ReadTimeout
    once `deadline` (a time.monotonic() value) has passed."""
    whole = _built_whole(response, limit, what)
    if whole is not None:
        return whole
    _check_declared_length(response, limit, what)
    decoder = _Decoder(response.headers.get("content-encoding", ""), limit, what)
    chunks: Iterator[bytes] = response.iter_raw()
    for chunk in chunks:
        decoder.feed(chunk)
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout(
                "the response did not arrive whole before the attempt's deadline", request=response.request
            )
    return decoder.finish()


async def aread_body(response: httpx.Response, limit: int, what: str) -> bytes:
    """The async twin of `read_body`; the caller bounds it in time."""
    whole = _built_whole(response, limit, what)
    if whole is not None:
        return whole
    _check_declared_length(response, limit, what)
    decoder = _Decoder(response.headers.get("content-encoding", ""), limit, what)
    chunks: AsyncIterator[bytes] = response.aiter_raw()
    async for chunk in chunks:
        decoder.feed(chunk)
    return decoder.finish()


def with_content(response: httpx.Response, content: bytes) -> httpx.Response:
    """A finished response holding `content`, already decompressed (so its encoding headers go)."""
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )
