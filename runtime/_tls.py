# avido_client runtime (runtime/_tls.py): make generate copies it verbatim; edit it in runtime/.
"""One SSL context per process, built on first use, for every client that keeps httpx's default.

httpx builds a new SSL context for each httpx.Client and httpx.AsyncClient, loading the CA
bundle each time (about 20 ms); a program that makes clients freely (a client per request
handler, a sync and an async one) pays it over and over. A default context is the same
every time, so it is built once and shared: it is the context httpx would build
(`httpx.create_ssl_context`, so `SSL_CERT_FILE` and `SSL_CERT_DIR` still count), keyed on
those variables in case they change.

A client given its own `verify`, `cert` or `transport` (through `httpx_args`) is left to
httpx, exactly as configured: the shared context is never handed to code that would load a
certificate into it.
"""

from __future__ import annotations

import os
import ssl
import threading
from collections.abc import Mapping
from typing import Any

import httpx

_lock = threading.Lock()
_contexts: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_OWN_TLS_ARGUMENTS = ("verify", "cert", "transport")


def shared_context(trust_env: bool = True) -> ssl.SSLContext:
    """The process's default SSL context (as httpx builds it), built once per CA setting."""
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None)
    with _lock:
        context = _contexts.get(key)
        if context is None:
            context = _contexts[key] = httpx.create_ssl_context(trust_env=trust_env)
        return context


def with_shared_context(httpx_args: Mapping[str, Any]) -> dict[str, Any]:
    """`httpx_args` with the shared context as `verify`, unless they set up TLS themselves."""
    args = dict(httpx_args)
    if not any(name in args for name in _OWN_TLS_ARGUMENTS):
        args["verify"] = shared_context(bool(args.get("trust_env", True)))
    return args
