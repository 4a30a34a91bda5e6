"""Shared fixtures: the OpenAPI validator and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from openapi_core import OpenAPI

from tools.loopback import LoopbackServer
from tools.paths import HYPOTHESIS_HOME
from tools.paths import SPEC as SPEC_PATH

# Hypothesis budget. "ci" (the default) is derandomized, so a CI run is reproducible,
# and keeps the property suite to about 25 s on a 2-core machine; "thorough" is
# random and for a deliberate hunt:  HYPOTHESIS_PROFILE=thorough make test
# No example database; what Hypothesis still stores (constants it collects from the
# sources, Unicode tables) goes in the virtual environment, not the checkout.
set_hypothesis_home_dir(HYPOTHESIS_HOME)
settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    deadline=None,
    database=None,
    # Nested payloads are large and slow to generate by design; that is not a fault.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=2000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def openapi() -> OpenAPI:
    """openapi-core's validator for openapi.yaml."""
    return OpenAPI.from_file_path(str(SPEC_PATH))


@pytest.fixture
def api_server() -> Iterator[LoopbackServer]:
    """A fresh server per test, so recorded requests never leak between tests."""
    with LoopbackServer().running() as server:
        yield server
