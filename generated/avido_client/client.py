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
    from .resources.applications import ApplicationsResource
    from .resources.definitions import DefinitionsResource
    from .resources.documents import DocumentsResource
    from .resources.evals import EvalsResource
    from .resources.ingest import IngestResource
    from .resources.issues import IssuesResource
    from .resources.runs import RunsResource
    from .resources.style_guides import StyleGuidesResource
    from .resources.tags import TagsResource
    from .resources.tasks import TasksResource
    from .resources.tests import TestsResource
    from .resources.topics import TopicsResource
    from .resources.traces import TracesResource
    from .resources.validate_webhook import ValidateWebhookResource


class AuthenticatedClient(BaseClient):
    """The Avido API client: `client.runs`, `client.tests`, `client.evals`, `client.applications`, `client.traces`, `client.ingest`, `client.tasks`, `client.definitions`, `client.topics`, `client.issues`, `client.style_guides`, `client.documents`, `client.tags`, `client.validate_webhook`.
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
        """`client.tests`: `list`, `retrieve`."""
        from .resources.tests import TestsResource

        return TestsResource(self)

    @cached_property
    def evals(self) -> EvalsResource:
        """`client.evals`: `get`."""
        from .resources.evals import EvalsResource

        return EvalsResource(self)

    @cached_property
    def applications(self) -> ApplicationsResource:
        """`client.applications`: `list`, `retrieve`."""
        from .resources.applications import ApplicationsResource

        return ApplicationsResource(self)

    @cached_property
    def traces(self) -> TracesResource:
        """`client.traces`: `list`, `retrieve`, `retrieve_by_test`."""
        from .resources.traces import TracesResource

        return TracesResource(self)

    @cached_property
    def ingest(self) -> IngestResource:
        """`client.ingest`: `create`."""
        from .resources.ingest import IngestResource

        return IngestResource(self)

    @cached_property
    def tasks(self) -> TasksResource:
        """`client.tasks`: `list`, `create`, `trigger`, `retrieve`, `update`; `tags`."""
        from .resources.tasks import TasksResource

        return TasksResource(self)

    @cached_property
    def definitions(self) -> DefinitionsResource:
        """`client.definitions`: `list`, `create`, `link`, `unlink`, `update`."""
        from .resources.definitions import DefinitionsResource

        return DefinitionsResource(self)

    @cached_property
    def topics(self) -> TopicsResource:
        """`client.topics`: `list`, `create`, `retrieve`."""
        from .resources.topics import TopicsResource

        return TopicsResource(self)

    @cached_property
    def issues(self) -> IssuesResource:
        """`client.issues`: `create`."""
        from .resources.issues import IssuesResource

        return IssuesResource(self)

    @cached_property
    def style_guides(self) -> StyleGuidesResource:
        """`client.style_guides`: `list`, `create`, `retrieve`, `update`."""
        from .resources.style_guides import StyleGuidesResource

        return StyleGuidesResource(self)

    @cached_property
    def documents(self) -> DocumentsResource:
        """`client.documents`: `list`, `create`, `retrieve`, `activate`; `versions`, `tags`."""
        from .resources.documents import DocumentsResource

        return DocumentsResource(self)

    @cached_property
    def tags(self) -> TagsResource:
        """`client.tags`: `list`, `create`, `retrieve`, `update`."""
        from .resources.tags import TagsResource

        return TagsResource(self)

    @cached_property
    def validate_webhook(self) -> ValidateWebhookResource:
        """`client.validate_webhook`: `validate`."""
        from .resources.validate_webhook import ValidateWebhookResource

        return ValidateWebhookResource(self)
