# avido_client runtime (runtime/_response.py): make generate copies it verbatim; edit it in runtime/.
"""The whole answer to a call made through `client.<resource>.with_raw_response.<method>(...)`.

As in Stainless SDKs: the status, the headers, the request id and the time it took, and
`parse()` for the model the plain method would have returned. An error status still raises
the status's `APIStatusError` (which carries the same `response`), so a raw call differs from
the plain one only in what it gives back on success.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from .errors import request_id_of

T = TypeVar("T")

_UNPARSED = object()


class RawResponse(Generic[T]):
    """A success response, read whole.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers, less auth and cookie headers and any echoing a credential.
        request: the request it answered (credential headers redacted).
        request_id: the `x-request-id` header, if the API sent one.
        elapsed: from sending the last attempt to reading its whole body.
        retries_taken: how many times the call was retried before this answer.
        content: the body as received (decompressed).
    """

    def __init__(
        self,
        *,
        status_code: int,
        headers: httpx.Headers,
        request: httpx.Request,
        content: bytes,
        elapsed: datetime.timedelta,
        retries_taken: int,
        parse: Callable[[], T],
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.request = request
        self.content = content
        self.elapsed = elapsed
        self.retries_taken = retries_taken
        self.request_id = request_id_of(headers)
        self._parse = parse
        self._parsed: Any = _UNPARSED

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def url(self) -> httpx.URL:
        return self.request.url

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON values (no model, no check against the spec)."""
        return json.loads(self.content)

    def parse(self) -> T:
        """The body as the method's model, checked against the spec as the plain method checks it
        (errors.ResponseValidationError otherwise); decoded once."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        parsed: T = self._parsed
        return parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.method} {self.url.path}>"
