# avido_client runtime (runtime/errors.py): make generate copies it verbatim; edit it in runtime/.
"""Every error the client raises, in one hierarchy.

APIError
├── APIStatusError                 the API answered with an error status
│   ├── BadRequestError            400
│   ├── AuthenticationError        401
│   ├── PermissionDeniedError      403
│   ├── NotFoundError              404
│   ├── ConflictError              409
│   ├── UnprocessableEntityError   422
│   ├── RateLimitError             429
│   └── InternalServerError        500 and above
├── APIConnectionError             no usable answer: connection refused, reset, DNS, protocol
│   ├── APITimeoutError            no whole answer in time
│   └── ResponseTooLargeError      an answer over the client's size limit
├── ResponseValidationError        a 2xx answer whose body does not match the spec
├── PaginationError                pages that don't add up (a skip not honoured, a page repeated)
├── MissingCredentialError         a credential the operation needs is not configured
└── ClientClosedError              the client was closed: it sends nothing more

PaginationWarning (a UserWarning)  a walk that could not prove it skipped nothing, and went on

As in Stainless SDKs, an error that got an answer carries `response` and `request` (httpx
objects) and `request_id` (the `x-request-id` header); a connection error carries `request`.
None of them carries a credential: messages name methods and paths, a server's words in them
are redacted, bodies are redacted, `response` keeps only the headers that are not auth or
cookie headers, `request` shows credential headers as `<redacted>` (`_secrets.safe_request`),
and no error is chained to an httpx exception (whose request holds the headers). Every error
pickles back to the same type, attributes and message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ._secrets import Secrets, safe_headers, safe_request

# The header a request's id comes back in, and the most of it kept (a server's header is untrusted).
REQUEST_ID_HEADER = "x-request-id"
_MAX_REQUEST_ID = 200


def request_id_of(headers: httpx.Headers | Any) -> str | None:
    """The response's request id, if it sent a plausible one (printable ASCII, at most 200 characters)."""
    value = headers.get(REQUEST_ID_HEADER) if headers is not None else None
    if not isinstance(value, str) or not value or len(value) > _MAX_REQUEST_ID:
        return None
    return value if value.isascii() and value.isprintable() else None


class APIError(Exception):
    """Base class of every error raised by avido_client.

    Attributes:
        message: what went wrong, credentials redacted.
        request: the request it happened on (credential headers redacted), when one was made.
    """

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as cls(*args); these take keyword arguments, so rebuild from state.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIStatusError(APIError):
    """The API answered with a non-success status.

    Attributes:
        status_code: the HTTP status.
        body: the parsed error body (the spec's error model), or None when the body is not one.
        raw_body: the body as received (credentials redacted).
        headers: the response headers, less auth and cookie headers.
        response: the httpx.Response: status, those headers and the raw body.
        request: the httpx.Request it answered (credential headers redacted).
        request_id: the response's `x-request-id`, if it sent one.
    """

    response: httpx.Response
    request: httpx.Request

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id_of(response.headers)

    @property
    def raw_body(self) -> bytes:
        return self.response.content

    @property
    def headers(self) -> dict[str, str]:
        return dict(self.response.headers)


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key (or application id) is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this."""


class NotFoundError(APIStatusError):
    """404: nothing has that id."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: a parameter was well-formed but not acceptable."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """500 and above: the API failed."""


class APIConnectionError(APIError):
    """No response: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """No whole response within the client's timeout."""


class ResponseTooLargeError(APIConnectionError):
    """A response body over the client's size limit (`max_response_bytes`), counted as it arrives
    and after decompression. Not retried.

    Attributes:
        limit: the limit, in bytes.
    """

    def __init__(self, message: str, *, limit: int, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.limit = limit


class PaginationError(APIError):
    """The pages of a listing don't add up: the server did not honour `skip`, or sent the same
    page twice; or, in a strict walk, the listing changed so much under the walk that it could
    not prove it skipped nothing. The walk stops rather than repeat or lose items.

    Attributes:
        skip: where the walk was when it stopped.
    """

    def __init__(self, message: str, *, skip: int) -> None:
        super().__init__(message)
        self.skip = skip


class PaginationWarning(UserWarning):
    """A walk could not prove it skipped nothing: the listing changed so much under it that none
    of the items it had just yielded was listed near its place any more. The walk went on from
    `skip`; a strict walk raises PaginationError instead.

    Attributes:
        skip: where the walk lost its place.
    """

    def __init__(self, message: str, *, skip: int) -> None:
        super().__init__(message)
        self.message = message
        self.skip = skip

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore_warning, (type(self), self.args, self.__dict__))


def _restore_warning(
    cls: type[PaginationWarning], args: tuple[Any, ...], state: dict[str, Any]
) -> PaginationWarning:
    warning = cls.__new__(cls)
    UserWarning.__init__(warning, *args)
    warning.__dict__.update(state)
    return warning


class MissingCredentialError(APIError):
    """A credential the client or an operation needs is not configured."""


class ClientClosedError(APIError):
    """The client (or a copy sharing its connections) was closed; it sends nothing more. Make a
    new client, or close only when done with it (`with AuthenticatedClient() as client: ...`)."""


class ResponseValidationError(APIError):
    """A success response whose body does not match the spec.

    Attributes:
        model: the model the body was decoded into, such as "PaginatedTests".
        path: where in the body decoding failed, such as "data[0].task.application" ("" for the top).
        reason: what is wrong there.
        raw_body: the body as received (credentials redacted), so nothing is lost.
        response, request, request_id: as on APIStatusError, once the client attaches them.
    """

    def __init__(
        self,
        *,
        model: str,
        path: str,
        reason: str,
        raw_body: bytes,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            f"{model}: {path}: {reason}" if path else f"{model}: {reason}",
            request=response.request if response is not None else None,
        )
        self.model = model
        self.path = path
        self.reason = reason
        self.raw_body = raw_body
        self.response = response
        self.request_id = request_id_of(response.headers) if response is not None else None


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def safe_response(
    response: httpx.Response, secrets: Secrets, credential_headers: Iterable[str]
) -> httpx.Response:
    """A copy of `response` fit for an error: its status, the headers that are not auth or cookie
    headers (nor hold a credential), the body with credentials redacted, and the request with its
    credential headers redacted."""
    return httpx.Response(
        response.status_code,
        headers=safe_headers(response.headers, secrets, credential_headers),
        content=secrets.redact_bytes(response.content),
        request=safe_request(response.request, secrets, credential_headers),
        extensions={"reason_phrase": secrets.redact(response.reason_phrase).encode("ascii", "replace")},
    )


def status_error(
    response: httpx.Response,
    secrets: Secrets,
    credential_headers: Iterable[str],
    decode_body: Callable[[httpx.Response], Any],
) -> APIStatusError:
    """The APIStatusError subclass for the response's status, carrying its body, its safe headers,
    the response and the request.

    A server may quote the key it refused: the body is redacted before it is decoded, so
    neither `raw_body`, `body`, `response` nor the message can hold a credential.
    """
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    safe = safe_response(response, secrets, credential_headers)
    body = decode_body(safe)
    request = safe.request
    message = f"{status} {safe.reason_phrase} from {request.method} {request.url.path}"
    text = getattr(body, "message", None)
    if isinstance(text, str) and text:
        message = f"{message}: {text}"
    return cls(message, response=safe, body=body)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialError",
    "NotFoundError",
    "PaginationError",
    "PaginationWarning",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]
