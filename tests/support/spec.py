"""The repository's spec for the tests (read through tools/spec.py), and the generated module
that calls each operation."""

from __future__ import annotations

import importlib
from types import ModuleType

from tools.spec import JSON, Example, Operation, Spec, read_fixture, snake_case

__all__ = [
    "JSON",
    "SPEC",
    "Example",
    "Operation",
    "examples",
    "json_schema",
    "module_of",
    "operations",
    "read_fixture",
    "resolve",
]

SPEC = Spec.load()


def operations() -> list[Operation]:
    return SPEC.operations()


def examples() -> list[Example]:
    """Every named example of every response, each a source the spec must accept."""
    return [example for operation in operations() for example in operation.examples()]


def resolve(node: JSON) -> JSON:
    return SPEC.resolve(node)


def json_schema(schema: JSON) -> dict[str, JSON]:
    return SPEC.json_schema(schema)


def module_of(operation: Operation) -> ModuleType:
    """The generated module for the operation, named as openapi-python-client names it."""
    return importlib.import_module(f"avido_client.api.{operation.tag}.{snake_case(operation.operation_id)}")
