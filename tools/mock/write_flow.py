"""`make demo`'s write flow (python -m tools.mock.write_flow, with the mock's AVIDO_* variables):
create a record, retrieve it, find it in the listing, through the generated client as a user
calls it (`client.tasks.create(...)`, `.retrieve(id)`, `.list_all()`), against the sandbox.

Which operations is read from the spec, as the sandbox reads it (tools/mock/resources.py): the
first create of a top-level collection that a GET lists, and a GET retrieves where the spec has
one; the body is the create's request example. A spec with no such create says so and exits 0:
there is nothing to write yet. Only ever run against the mock: it writes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from avido_client import AuthenticatedClient, errors

from tools.mock import resources
from tools.mock.resources import Resources
from tools.spec import Operation, Spec, python_name


@dataclass(frozen=True)
class Flow:
    """The operations of one write flow: a create, the listing, and the retrieve if any."""

    create: Operation
    listing: Operation
    retrieve: Operation | None
    slot: str | None  # the create's answer's property holding the record (None: the answer is it)
    key: str  # the record's key property (`id`)


def flow(spec: Spec) -> Flow | None:
    """The spec's first create of a top-level collection with a listing; None without one."""
    found = Resources(spec)
    operations = spec.operations()
    for create in operations:
        role = found.role(create)
        collection = role.collection
        if role.kind != resources.CREATE or collection is None or collection.parent is not None:
            continue

        def on_it(kind: str, *, collection: resources.Collection = collection) -> Operation | None:
            return next(
                (
                    o
                    for o in operations
                    if found.role(o).kind == kind and found.role(o).collection is collection
                ),
                None,
            )

        listing = on_it(resources.LIST)
        slot = next((s for s in role.slots if s.model in collection.models and not s.many), None)
        if listing is not None and slot is not None:
            return Flow(create, listing, on_it(resources.RETRIEVE), slot.key, collection.key)
    return None


def resource(client: AuthenticatedClient, operation: Operation) -> Any:
    """`client.<resource>` for the operation (`client.tasks.tags` for a tag `tasks.tags`)."""
    found: Any = client
    for segment in operation.resource_path:
        found = getattr(found, python_name(segment))
    return found


def called(operation: Operation, arguments: str) -> str:
    """The call as a user writes it: `client.tasks.create(title='...')`."""
    path = ".".join(map(python_name, operation.resource_path))
    return f"client.{path}.{operation.resource_method}({arguments})"


def run(client: AuthenticatedClient, steps: Flow) -> None:
    """Create, retrieve, list: each call printed as written, and what it gave back."""
    _, body = steps.create.example_call()
    sent = {python_name(name): value for name, value in (body or {}).items()}
    print(f"\nA write flow against the sandbox ({steps.create.method.upper()} {steps.create.path}):")
    answer = getattr(resource(client, steps.create), steps.create.resource_method)(**sent)
    record = answer if steps.slot is None else getattr(answer, python_name(steps.slot))
    key = getattr(record, python_name(steps.key))
    shown = ", ".join(f"{name}={value!r}" for name, value in list(sent.items())[:2])
    print(f"  {called(steps.create, shown + ', ...')}\n    -> created {key}")
    if steps.retrieve is not None:
        again = getattr(resource(client, steps.retrieve), steps.retrieve.resource_method)(key)
        held = again if steps.slot is None else getattr(again, python_name(steps.slot), again)
        same = all(getattr(held, name, None) == getattr(record, name) for name in list(sent)[:2])
        print(
            f"  {called(steps.retrieve, repr(key))}\n    -> {'the same record' if same else 'ANOTHER record'}"
        )
    walk = getattr(resource(client, steps.listing), steps.listing.resource_method + "_all")()
    position = next(
        (n for n, item in enumerate(walk, 1) if getattr(item, python_name(steps.key)) == key), None
    )
    where = f"item {position}, newest first" if position else "NOT FOUND"
    print(f"  {called(steps.listing, '').replace('(', '_all(')}\n    -> listed: {where}")


def main() -> int:
    steps = flow(Spec.load())
    if steps is None:
        print("\nThe spec has no create with a listing yet: no write flow to show.")
        return 0
    try:
        with AuthenticatedClient() as client:  # the mock's AVIDO_* variables, from make demo
            run(client, steps)
    except (errors.APIError, ValueError) as error:
        print(f"write flow: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
