"""The resources: `client.<tag>`, one class per tag of the spec, one method per operation (its
operationId less the tag's noun), with an async twin prefixed `a`. Written by make generate
from openapi.yaml, a module per tag."""

from .evals import EvalsResource
from .runs import RunsResource
from .tests import TestsResource

__all__ = (
    "EvalsResource",
    "RunsResource",
    "TestsResource",
)
