"""Requests that name records the mock's sandbox holds when it starts: what makes a request of an
operation with path parameters valid now that the mock keeps state."""

from __future__ import annotations

import re
from functools import cache

from tools.mock.sandbox import Sandbox
from tools.spec import JSON, Operation, Spec


@cache
def seeded(spec: Spec) -> Sandbox:
    """A sandbox of the spec as the mock starts (never changed: only read)."""
    return Sandbox(spec)


def stored_values(operation: Operation) -> dict[str, JSON]:
    """The operation's path parameters, each naming a record the mock starts with: the spec's
    example where it names one, else the collection's first record (a spec whose path parameter
    has no example of its own)."""
    values, _ = operation.example_call()
    sandbox = seeded(operation.spec)
    keys: list[str] = []
    for step in sandbox.resources.role(operation).steps:
        if step.variable is None:
            continue
        held = list(sandbox.store.instances.get((step.collection.template, tuple(keys)), {}))
        if step.collection.models and held and str(values[step.variable]) not in held:
            values[step.variable] = held[0]
        keys.append(str(values[step.variable]))
    return values


def stored_path(operation: Operation) -> str:
    """The operation's path with `stored_values` filled in."""
    values = stored_values(operation)
    return re.sub(r"\{([^}]+)\}", lambda name: str(values[name[1]]), operation.path)
