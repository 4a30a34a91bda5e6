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
    from .evals import EvalsResource, EvalsResourceWithRawResponse
    from .runs import RunsResource, RunsResourceWithRawResponse
    from .tests import TestsResource, TestsResourceWithRawResponse

_MODULES = {
    "RunsResource": "runs",
    "RunsResourceWithRawResponse": "runs",
    "TestsResource": "tests",
    "TestsResourceWithRawResponse": "tests",
    "EvalsResource": "evals",
    "EvalsResourceWithRawResponse": "evals",
}

__all__ = (
    "EvalsResource",
    "EvalsResourceWithRawResponse",
    "RunsResource",
    "RunsResourceWithRawResponse",
    "TestsResource",
    "TestsResourceWithRawResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
