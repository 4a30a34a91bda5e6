# avido_client runtime (runtime/_options.py): make generate copies it verbatim; edit it in runtime/.
"""The client's options, checked where they are given: at construction, in `copy()`, and on each
call (`timeout=`, `extra_headers=`, `extra_query=`, `extra_body=`).

A wrong option fails at once, naming the option, instead of at the first request or deep in
the retry loop: `TypeError` for a value of the wrong type, `ValueError` for one out of range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

# What a header name may be (RFC 9110's token), and a value that can go on the wire as it is.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

# The httpx.Client arguments httpx_args may set; the client sets the others itself.
HTTPX_ARGS = frozenset(
    {
        "auth",
        "cookies",
        "verify",
        "cert",
        "trust_env",
        "http1",
        "http2",
        "proxy",
        "mounts",
        "limits",
        "event_hooks",
        "transport",
        "default_encoding",
        "follow_redirects",  # taken as the client's own follow_redirects
    }
)
_OWN = {
    "base_url": "base_url=",
    "timeout": "timeout=",
    "headers": "headers=",
    "params": "extra_query= on each call",
    "max_redirects": "follow_redirects= (at most 20 are followed)",
}


def _type_name(value: object) -> str:
    return type(value).__name__


def check_base_url(value: object) -> httpx.URL:
    """An http(s) URL with a host, and no user name, password, query or fragment."""
    if not isinstance(value, (str, httpx.URL)):
        raise TypeError(f"base_url must be a URL string, not {_type_name(value)}")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url {str(value)!r} is not a URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"base_url {str(value)!r} must be an http or https URL with a host, such as "
            "https://api.avidoai.com"
        )
    if url.userinfo:
        raise ValueError("base_url must not hold a user name or password: pass credentials as options")
    if url.query or url.fragment:
        raise ValueError(f"base_url {str(url)!r} must not have a query or a fragment")
    return url


def check_timeout(value: object, name: str = "timeout") -> httpx.Timeout:
    """Seconds (a number of 0 or more), an httpx.Timeout, or None (no limit)."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(
            f"{name} must be a number of seconds, an httpx.Timeout or None, not {_type_name(value)}"
        )
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be 0 seconds or more, not {value!r}")
    return httpx.Timeout(value)


def check_count(value: object, name: str, minimum: int) -> int:
    """A whole number of at least `minimum` (a bool is not one)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {_type_name(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be {minimum} or more, not {value}")
    return value


def check_flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {_type_name(value)}")
    return value


def check_headers(value: object, name: str, reserved: Iterable[str] = ()) -> dict[str, str]:
    """Header names and values that can be sent as they are; none of the `reserved` ones (the
    credential headers, which have options of their own)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to strings, not {_type_name(value)}")
    taken = {header.lower() for header in reserved}
    checked: dict[str, str] = {}
    for header, text in value.items():
        if not isinstance(header, str) or not _TOKEN.fullmatch(header):
            raise ValueError(f"{name}: {header!r} is not a header name")
        if header.lower() in taken:
            raise ValueError(
                f"{name}: {header} is a credential header; pass the credential to the client "
                "(client.with_options(...) for another one) so it is checked and kept out of errors"
            )
        if not isinstance(text, str):
            raise TypeError(f"{name}: the value of {header} must be a string, not {_type_name(text)}")
        if not (text.isascii() and text.isprintable()):
            # Shown by name only: a header value may be a secret.
            raise ValueError(
                f"{name}: the value of {header} holds a line break, a control or a non-ASCII character"
            )
        checked[header] = text
    return checked


def _query_value(name: str, key: str, value: object) -> Any:
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(item, (str, int, float, bool)) for item in value):
        return list(value)
    raise TypeError(
        f"{name}: the value of {key!r} must be a string, a number, a bool or a list of them, "
        f"not {_type_name(value)}"
    )


def check_query(value: object, name: str = "extra_query") -> dict[str, Any]:
    """Query parameters to add: string keys; strings, numbers, bools or lists of them."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {_type_name(value)}")
    checked = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise ValueError(f"{name}: {key!r} is not a query parameter name")
        checked[key] = _query_value(name, key, item)
    return checked


def check_body(value: object, name: str = "extra_body") -> dict[str, Any]:
    """JSON keys to add to a request body (their values must encode as JSON: checked when sent)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise TypeError(f"{name} must be a mapping with string keys, not {_type_name(value)}")
    return dict(value)


def check_httpx_args(value: object) -> dict[str, Any]:
    """httpx.Client arguments the client doesn't set itself (HTTPX_ARGS)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"httpx_args must be a mapping of httpx.Client arguments, not {_type_name(value)}")
    for key in value:
        if key in _OWN:
            raise ValueError(f"httpx_args: {key} is the client's own option; use {_OWN[key]}")
        if key not in HTTPX_ARGS:
            raise ValueError(f"httpx_args: {key!r} is not an httpx.Client argument this client passes on")
    return dict(value)
