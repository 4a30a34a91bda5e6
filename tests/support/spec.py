"""The repository's spec for the tests (read through tools/spec.py), and the arguments of a
valid call of each operation."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tools.spec import JSON, Example, NoExample, Operation, Spec, python_name, read_fixture

__all__ = [
    "JSON",
    "SPEC",
    "Example",
    "Operation",
    "call_arguments",
    "examples",
    "json_schema",
    "operation",
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


def call_arguments(
    operation: Operation, path_values: dict[str, JSON] | None = None
) -> tuple[list[Any], dict[str, Any]]:
    """Arguments that make a valid call of the operation, as a user passes them: its path
    parameters' values (`path_values`, else from the spec's examples or schemas) and its body's
    properties as keywords (tools/spec.py `example_call`). When the spec doesn't say enough to
    make one, the test fails with what to add, as make lint says it."""
    try:
        values, body = operation.example_call()
    except NoExample as missing:
        pytest.fail(f"{missing} (make lint says the same)")
    values = {**values, **(path_values or {})}
    # The path's last parameter is positional, any other a keyword (as the methods take them).
    in_path = re.findall(r"\{([^}]+)\}", operation.path)
    args = [values[in_path[-1]]] if in_path else []
    kwargs: dict[str, Any] = {python_name(name): values[name] for name in in_path[:-1]}
    if isinstance(body, dict) and operation.body_fields:
        kwargs.update({python_name(key): value for key, value in body.items()})
    elif body is not None:
        kwargs["body"] = body
    return args, kwargs


def success_example(operation: Operation) -> Example:
    """The first example of the operation's success response."""
    return next(e for e in operation.examples() if e.status == operation.success.status)


def operation(operation_id: str) -> Operation:
    """The spec's operation of that id (for the behaviour tests written about one)."""
    return next(found for found in operations() if found.operation_id == operation_id)
