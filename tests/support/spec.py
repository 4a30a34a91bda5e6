"""The repository's spec for the tests (read through tools/spec.py), and the generated module
that calls each operation."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from tools.spec import JSON, Example, Operation, Spec, read_fixture, snake_case

__all__ = [
    "JSON",
    "SPEC",
    "Example",
    "Operation",
    "call_arguments",
    "examples",
    "json_schema",
    "module_of",
    "operations",
    "read_fixture",
    "resolve",
    "success_example",
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


def call_arguments(operation: Operation) -> tuple[list[Any], dict[str, Any]]:
    """Arguments that make a valid call of the operation: a value for each path parameter (its
    schema's example, or a made-up id) and its request body's first example."""
    args = [
        SPEC.resolve(p["schema"]).get("example", f"{p['name']}-1")
        for p in operation.parameters
        if p["in"] == "path"
    ]
    kwargs: dict[str, Any] = {}
    if operation.request_body is not None:
        [example, *_] = operation.request_examples()
        kwargs["body"] = example.value
    return args, kwargs


def success_example(operation: Operation) -> Example:
    """The first example of the operation's success response."""
    return next(e for e in operation.examples() if e.status == operation.success.status)
