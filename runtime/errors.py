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
└── MissingCredentialError         a credential the operation needs is not configured

PaginationWarning (a UserWarning)  a walk that could not prove it skipped nothing, and went on

No error carries a credential: messages name methods and paths, a server's words in them
are redacted, bodies and raw bodies are redacted, response headers are kept only when they
are not auth headers, and no error is chained to an httpx exception (whose request holds
the headers). Every error pickles back to the same type, attributes and message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ._secrets import Secrets

# Headers never copied into an error, whatever the server echoes (the client's own
# credential headers are added to these).
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class APIError(Exception):
    """Base class of every error raised by avido_client."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

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
        raw_body: the body as received.
        headers: the response headers, less auth and cookie headers.
    """

    def __init__(
        self, message: str, *, status_code: int, body: Any, raw_body: bytes, headers: dict[str, str]
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.raw_body = raw_body
        self.headers = headers


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

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
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


class ResponseValidationError(APIError):
    """A success response whose body does not match the spec.

    Attributes:
        model: the model the body was decoded into, such as "PaginatedTests".
        path: where in the body decoding failed, such as "data[0].task.application" ("" for the top).
        reason: what is wrong there.
        raw_body: the body as received, so nothing is lost.
    """

    def __init__(self, *, model: str, path: str, reason: str, raw_body: bytes) -> None:
        super().__init__(f"{model}: {path}: {reason}" if path else f"{model}: {reason}")
        self.model = model
        self.path = path
        self.reason = reason
        self.raw_body = raw_body


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response,
    secrets: Secrets,
    credential_headers: Iterable[str],
    decode_body: Callable[[httpx.Response], Any],
) -> APIStatusError:
    """The APIStatusError subclass for the response's status, carrying its body and safe headers.

    A server may quote the key it refused: the body is redacted before it is decoded, so
    neither `raw_body`, `body` nor the message can hold a credential.
    """
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    raw_body = secrets.redact_bytes(response.content)
    body = decode_body(httpx.Response(status, content=raw_body, request=response.request))
    request = response.request
    message = f"{status} {secrets.redact(response.reason_phrase)} from {request.method} {request.url.path}"
    text = getattr(body, "message", None)
    if isinstance(text, str) and text:
        message = f"{message}: {text}"
    hidden = _SENSITIVE_HEADERS | {name.lower() for name in credential_headers}
    headers = {
        name: value
        for name, value in response.headers.items()
        if name.lower() not in hidden and not secrets.found_in(value)
    }
    return cls(message, status_code=status, body=body, raw_body=raw_body, headers=headers)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
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
