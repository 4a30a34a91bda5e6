"""AuthenticatedClient: `_base_client.BaseClient` with the spec's credentials (as constructor
arguments), its server and its resources, each imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Self, Unpack

from . import _spec
from ._base_client import BaseClient, ClientOptions
from ._version import __version__
from .types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .resources.evals import EvalsResource
    from .resources.runs import RunsResource
    from .resources.tests import TestsResource


class AuthenticatedClient(BaseClient):
    """The Avido API client: `client.runs`, `client.tests`, `client.evals`.
    Args:
        api_key: Your unique Avido API key. Default: `AVIDO_API_KEY`. Required.
        application_id: Your unique application ID. Get this from the Connections page in Avido. Default: `AVIDO_APPLICATION_ID`. Needed only by the operations that require it.
        **options: base_url (default: `AVIDO_BASE_URL`, else https://api.avidoai.com), and the rest
            of `ClientOptions`. See `BaseClient` for what the client does with them.
    """

    CREDENTIALS = _spec.CREDENTIALS
    DEFAULT_BASE_URL = _spec.SERVERS[0]
    PATH_PREFIX = _spec.PATH_PREFIX
    USER_AGENT = f"avido-client/{__version__}"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        application_id: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            credentials={
                "api_key": api_key,
                "application_id": application_id,
            },
            **options,
        )

    def copy(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        application_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """`BaseClient.copy`, credentials included."""
        return self._copy(
            {
                "api_key": api_key,
                "application_id": application_id,
            },
            options,
        )

    with_options = copy

    @cached_property
    def runs(self) -> RunsResource:
        """`client.runs`: `list`."""
        from .resources.runs import RunsResource

        return RunsResource(self)

    @cached_property
    def tests(self) -> TestsResource:
        """`client.tests`: `list`."""
        from .resources.tests import TestsResource

        return TestsResource(self)

    @cached_property
    def evals(self) -> EvalsResource:
        """`client.evals`: `get`."""
        from .resources.evals import EvalsResource

        return EvalsResource(self)
