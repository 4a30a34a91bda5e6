"""The resources: `client.<tag>`, a class per tag of the spec (a dot in a tag nests one resource in
another), a method per operation with an async twin prefixed `a`. Written by make generate
from openapi.yaml, a module per resource.

Each module is imported when first used (PEP 562), so importing the package stays as quick
however many resources the API has.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .applications import ApplicationsResource, ApplicationsResourceWithRawResponse
    from .definitions import DefinitionsResource, DefinitionsResourceWithRawResponse
    from .documents import DocumentsResource, DocumentsResourceWithRawResponse
    from .documents_tags import DocumentsTagsResource, DocumentsTagsResourceWithRawResponse
    from .documents_versions import DocumentsVersionsResource, DocumentsVersionsResourceWithRawResponse
    from .evals import EvalsResource, EvalsResourceWithRawResponse
    from .ingest import IngestResource, IngestResourceWithRawResponse
    from .issues import IssuesResource, IssuesResourceWithRawResponse
    from .runs import RunsResource, RunsResourceWithRawResponse
    from .style_guides import StyleGuidesResource, StyleGuidesResourceWithRawResponse
    from .tags import TagsResource, TagsResourceWithRawResponse
    from .tasks import TasksResource, TasksResourceWithRawResponse
    from .tasks_tags import TasksTagsResource, TasksTagsResourceWithRawResponse
    from .tests import TestsResource, TestsResourceWithRawResponse
    from .topics import TopicsResource, TopicsResourceWithRawResponse
    from .traces import TracesResource, TracesResourceWithRawResponse
    from .validate_webhook import ValidateWebhookResource, ValidateWebhookResourceWithRawResponse

_MODULES = {
    "RunsResource": "runs",
    "RunsResourceWithRawResponse": "runs",
    "TestsResource": "tests",
    "TestsResourceWithRawResponse": "tests",
    "EvalsResource": "evals",
    "EvalsResourceWithRawResponse": "evals",
    "ApplicationsResource": "applications",
    "ApplicationsResourceWithRawResponse": "applications",
    "TracesResource": "traces",
    "TracesResourceWithRawResponse": "traces",
    "IngestResource": "ingest",
    "IngestResourceWithRawResponse": "ingest",
    "TasksResource": "tasks",
    "TasksResourceWithRawResponse": "tasks",
    "TasksTagsResource": "tasks_tags",
    "TasksTagsResourceWithRawResponse": "tasks_tags",
    "DefinitionsResource": "definitions",
    "DefinitionsResourceWithRawResponse": "definitions",
    "TopicsResource": "topics",
    "TopicsResourceWithRawResponse": "topics",
    "IssuesResource": "issues",
    "IssuesResourceWithRawResponse": "issues",
    "StyleGuidesResource": "style_guides",
    "StyleGuidesResourceWithRawResponse": "style_guides",
    "DocumentsResource": "documents",
    "DocumentsResourceWithRawResponse": "documents",
    "DocumentsVersionsResource": "documents_versions",
    "DocumentsVersionsResourceWithRawResponse": "documents_versions",
    "DocumentsTagsResource": "documents_tags",
    "DocumentsTagsResourceWithRawResponse": "documents_tags",
    "TagsResource": "tags",
    "TagsResourceWithRawResponse": "tags",
    "ValidateWebhookResource": "validate_webhook",
    "ValidateWebhookResourceWithRawResponse": "validate_webhook",
}

__all__ = (
    "ApplicationsResource",
    "ApplicationsResourceWithRawResponse",
    "DefinitionsResource",
    "DefinitionsResourceWithRawResponse",
    "DocumentsResource",
    "DocumentsResourceWithRawResponse",
    "DocumentsTagsResource",
    "DocumentsTagsResourceWithRawResponse",
    "DocumentsVersionsResource",
    "DocumentsVersionsResourceWithRawResponse",
    "EvalsResource",
    "EvalsResourceWithRawResponse",
    "IngestResource",
    "IngestResourceWithRawResponse",
    "IssuesResource",
    "IssuesResourceWithRawResponse",
    "RunsResource",
    "RunsResourceWithRawResponse",
    "StyleGuidesResource",
    "StyleGuidesResourceWithRawResponse",
    "TagsResource",
    "TagsResourceWithRawResponse",
    "TasksResource",
    "TasksResourceWithRawResponse",
    "TasksTagsResource",
    "TasksTagsResourceWithRawResponse",
    "TestsResource",
    "TestsResourceWithRawResponse",
    "TopicsResource",
    "TopicsResourceWithRawResponse",
    "TracesResource",
    "TracesResourceWithRawResponse",
    "ValidateWebhookResource",
    "ValidateWebhookResourceWithRawResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
