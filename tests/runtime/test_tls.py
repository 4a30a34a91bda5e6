"""Which clients get the shared SSL context: those that leave TLS to the default."""

from __future__ import annotations

import ssl

import httpx
import pytest
from avido_client._tls import shared_context, with_shared_context


def test_the_default_gets_the_one_shared_context() -> None:
    first, second = with_shared_context({}), with_shared_context({"timeout": 3})
    assert first["verify"] is second["verify"] is shared_context()
    assert second["timeout"] == 3


@pytest.mark.parametrize(
    "args",
    [
        {"verify": False},
        {"verify": ssl.create_default_context()},
        {"cert": "client.pem"},
        {"transport": None},
    ],
    ids=["verify-false", "verify-context", "cert", "transport"],
)
def test_arguments_that_set_up_tls_are_left_as_given(args: dict[str, object]) -> None:
    assert with_shared_context(args) == args


def test_the_context_follows_the_ca_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = shared_context()
    monkeypatch.setenv("SSL_CERT_DIR", "/etc/ssl/certs")
    from_variable = shared_context()
    assert from_variable is not default
    assert shared_context() is from_variable
    # Without trust_env the variables don't count: the context without them.
    assert shared_context(trust_env=False) is default
    assert with_shared_context({"trust_env": False})["verify"] is default


def test_the_shared_context_is_set_up_as_httpx_sets_one_up() -> None:
    # Which CAs it trusts is shown over HTTPS (tests/behaviour/test_tls.py): a context loads a
    # CA directory lazily, so listing its certificates says little.
    built, shared = httpx.create_ssl_context(), shared_context()
    settings = ("verify_mode", "check_hostname", "minimum_version", "maximum_version", "options")
    assert [getattr(shared, name) for name in settings] == [getattr(built, name) for name in settings]
