"""Clients and validator inputs for the tests."""

from __future__ import annotations

from typing import Any

from avido_client import AuthenticatedClient
from openapi_core.testing import MockRequest

from tools.loopback import RecordedRequest

TEST_API_KEY = "test-api-key"
TEST_APPLICATION_ID = "test-application-id"


def client_for(base_url: str, **options: Any) -> AuthenticatedClient:
    """A client with both credentials, for the server at base_url."""
    return AuthenticatedClient(
        api_key=TEST_API_KEY, application_id=TEST_APPLICATION_ID, base_url=base_url, **options
    )


def as_openapi_request(recorded: RecordedRequest, host_url: str = "https://api.avidoai.com") -> MockRequest:
    """Describe a request the server received in openapi-core's terms, for validation.

    The request itself went over real HTTP; this only hands its method, path, query
    and headers to the validator. Served under the spec's server URL so that the
    validator matches the path against the spec's paths.
    """
    return MockRequest(
        host_url,
        recorded.method.lower(),
        recorded.path,
        args=recorded.query,
        headers=recorded.headers,
        data=recorded.body or None,
        content_type=recorded.headers.get("content-type", "application/json"),
    )
