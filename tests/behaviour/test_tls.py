"""HTTPS with one shared SSL context: a client's own `verify` (or client certificate) is still
honoured, the default still verifies, and SSL_CERT_FILE still counts.

The server is tools/loopback.py speaking HTTPS with a certificate from a certificate
authority made for the test (trustme), so nothing here trusts it unless told to.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from avido_client import AuthenticatedClient, errors
from avido_client._tls import shared_context

from tests.behaviour.conftest import EVAL
from tools.loopback import CannedResponse, LoopbackServer


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def https_server(authority: trustme.CA, *, client_certificates: bool = False) -> LoopbackServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    if client_certificates:
        context.verify_mode = ssl.CERT_REQUIRED
        authority.configure_trust(context)
    return LoopbackServer(lambda _request: CannedResponse(body=EVAL), tls=context)


@pytest.fixture
def server(authority: trustme.CA) -> Iterator[LoopbackServer]:
    with https_server(authority).running() as running:
        yield running


def trusting(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    authority.configure_trust(context)
    return context


def client(server: LoopbackServer, **httpx_args: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        api_key="k", application_id="a", base_url=server.base_url, httpx_args=httpx_args
    )


def ssl_context_of(http: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    context: ssl.SSLContext = http._transport._pool._ssl_context  # type: ignore[union-attr]
    return context


def test_the_default_verifies_certificates(server: LoopbackServer) -> None:
    with (
        client(server) as untrusting,
        pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        untrusting.evals.get("e1")


def test_a_verify_context_of_the_callers_is_used(server: LoopbackServer, authority: trustme.CA) -> None:
    with client(server, verify=trusting(authority)) as trusted:
        assert trusted.evals.get("e1").id
        assert ssl_context_of(trusted.get_httpx_client()) is not shared_context()


def test_verify_false_is_honoured(server: LoopbackServer) -> None:
    with client(server, verify=False) as careless:
        assert careless.evals.get("e1").id


def test_ssl_cert_file_still_counts(
    server: LoopbackServer, authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    with client(server) as trusted:
        assert trusted.evals.get("e1").id
        assert ssl_context_of(trusted.get_httpx_client()) is shared_context()
    monkeypatch.delenv("SSL_CERT_FILE")
    with client(server) as untrusting, pytest.raises(errors.APIConnectionError):
        untrusting.evals.get("e1")


def test_a_client_certificate_in_the_callers_context_is_presented(authority: trustme.CA) -> None:
    with https_server(authority, client_certificates=True).running() as mutual:
        context = trusting(authority)
        authority.issue_cert("client@example.com").configure_cert(context)
        with client(mutual, verify=context) as presenting:
            assert presenting.evals.get("e1").id
        # The shared context carries no certificate: a default client is refused by the server.
        with (
            client(mutual, verify=trusting(authority)) as anonymous,
            pytest.raises(errors.APIConnectionError),
        ):
            anonymous.evals.get("e1")


def test_clients_share_one_context_sync_and_async(server: LoopbackServer) -> None:
    first, second = client(server), client(server)

    async def async_context() -> ssl.SSLContext:
        return ssl_context_of(first.get_async_httpx_client())

    with first, second:
        shared = ssl_context_of(first.get_httpx_client())
        assert shared is shared_context()
        assert ssl_context_of(second.get_httpx_client()) is shared
        assert asyncio.run(async_context()) is shared
    # As httpx builds it: verifying, with hostname checks.
    assert shared.verify_mode == ssl.CERT_REQUIRED
    assert shared.check_hostname
