# avido_client runtime (runtime/_secrets.py): make generate copies it verbatim; edit it in runtime/.
"""Credentials: checked when the client is built, and kept out of everything shown to a user.

A key pasted from a file often ends in a newline; sent as a header it would make httpx
fail with the whole value in its message (and, retried, in the log). So a credential must
be printable ASCII with no whitespace, or the client is not built: the `ValueError` names
where the value came from, never the value.

Redaction replaces each credential wherever a server could echo it into an error (its
message, body, raw body, headers) or a log line (httpcore logs the response headers at
DEBUG). A credential long enough to be a real key is replaced wherever it appears; a short
one (a test key such as "k") only where it stands as a whole token, so that redacting it
can't garble the words around it.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Iterable

import httpx

REDACTED = "<redacted>"
# Headers never shown as they are, whatever the server echoes or the caller sends (the
# client's own credential headers are added to these).
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# A credential at least this long is replaced wherever it appears, inside a token or not.
ANYWHERE_FROM_LENGTH = 8
_TOKEN = r"[A-Za-z0-9_\-.~+/=]"


def check_credential(value: str, source: str) -> None:
    """Raise ValueError naming `source` (an argument or environment variable) when `value` can't be
    sent as a header: empty, not ASCII, or holding whitespace or a control character."""
    if not value:
        raise ValueError(f"{source} is empty")
    if not (value.isascii() and value.isprintable()) or any(character.isspace() for character in value):
        raise ValueError(
            f"{source} holds whitespace, a control character or a non-ASCII character "
            "(a line break pasted with it?); it can't be sent as a header"
        )


class Secrets:
    """The credential values of one client, and how to take them out of text and bytes."""

    def __init__(self, values: Iterable[str]) -> None:
        self.values = tuple(sorted({v for v in values if v}, key=len, reverse=True))
        patterns = [
            re.escape(v) if len(v) >= ANYWHERE_FROM_LENGTH else f"(?<!{_TOKEN}){re.escape(v)}(?!{_TOKEN})"
            for v in self.values
        ]
        self._text = re.compile("|".join(patterns)) if patterns else None
        self._bytes = re.compile("|".join(patterns).encode()) if patterns else None

    def __repr__(self) -> str:
        return f"Secrets(<{len(self.values)} redacted>)"

    def redact(self, text: str) -> str:
        """`text` with every credential replaced by <redacted>."""
        return self._text.sub(REDACTED, text) if self._text is not None else text

    def redact_bytes(self, data: bytes) -> bytes:
        """`data` with every credential replaced by <redacted> (as UTF-8 text would show it)."""
        return self._bytes.sub(REDACTED.encode(), data) if self._bytes is not None else data

    def found_in(self, text: str) -> bool:
        return self._text is not None and self._text.search(text) is not None


def safe_headers(
    headers: httpx.Headers, secrets: Secrets, credential_headers: Iterable[str]
) -> httpx.Headers:
    """A response's headers to show: without auth and cookie headers, nor any holding a credential."""
    hidden = SENSITIVE_HEADERS | {name.lower() for name in credential_headers}
    return httpx.Headers(
        [
            (name, value)
            for name, value in headers.multi_items()
            if name.lower() not in hidden and not secrets.found_in(value)
        ]
    )


def safe_request(
    request: httpx.Request, secrets: Secrets, credential_headers: Iterable[str]
) -> httpx.Request:
    """A request to show (in an error, a raw response): its method and URL, every header, with the
    values of auth, cookie and credential headers (and of any holding a credential) replaced by
    <redacted>. No body: a request's body is the caller's own, and errors stay small."""
    hidden = SENSITIVE_HEADERS | {name.lower() for name in credential_headers}
    headers = [
        (name, REDACTED if name.lower() in hidden or secrets.found_in(value) else value)
        for name, value in request.headers.multi_items()
    ]
    url = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    shown = secrets.redact(str(url))
    return httpx.Request(request.method, shown if shown != str(url) else url, headers=headers)


# The loggers whose records could show a credential a server echoed (httpcore's show the
# response headers), and the client's own.
LOGGERS = (
    "avido_client",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _RedactingFilter(logging.Filter):
    """Takes the credentials of every live client out of each record of LOGGERS."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: weakref.WeakSet[Secrets] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        message = original = record.getMessage()
        for secrets in list(self.secrets):
            message = secrets.redact(message)
        if message != original:
            record.msg, record.args = message, None
        return True


_FILTER = _RedactingFilter()


def redact_logs(secrets: Secrets) -> None:
    """Keep these credentials out of every record of LOGGERS, at any level, from now on."""
    if secrets.values:
        _FILTER.secrets.add(secrets)
        for name in LOGGERS:
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
