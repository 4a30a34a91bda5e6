"""The sandbox's state: the records of each collection, in memory, bounded, reset on demand.

It starts from the spec's examples: every object of a collection's models found in any success
example (nested ones included: the tests inside a run's example are tests), the first
occurrence of an id shown as that example shows it. A record of a nested collection
(`/v0/documents/{id}/versions`) belongs to the parent its example names: the path parameters of
the example's operation, or the parent whose example lists it under the collection's name
(`versions`). Objects whose collection can't be told are still found by id where a request names
records by their ids (`tagIds`).

Each collection (each parent's, for a nested one) holds at most `limit` records: creating one
more drops the oldest created, and whatever is nested under it. What requests stored is bounded
as a whole too, at `budget` bytes of JSON: past it, the records created or changed longest ago
go first (the examples' records are the spec's, and never count).
"""

from __future__ import annotations

import copy
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from tools.mock.resources import KEY, Collection, Resources
from tools.mock.shapes import Shapes
from tools.spec import JSON, NoExample, Operation

# Per collection (per parent, for a nested one): enough for any session a person runs, small
# enough that a fuzzer creating records all day (make mock-check) keeps the mock's memory flat.
LIMIT = 1000
# Of JSON, across every record requests created or changed: a few hundred bodies at the largest
# a request may be (tools/loopback.py), a few hundred thousand records of a usual size.
BUDGET = 64 * 1024 * 1024

Instance = tuple[str, tuple[str, ...]]  # a collection's template, and its parents' keys


@dataclass(eq=False)
class Record:
    """One stored object: its data (every field any example or request gave it), and how it is
    shown under each model while unchanged (as its example shows it) or since last made to fit."""

    data: dict[str, JSON]
    shown: dict[str, JSON] = field(default_factory=dict)
    envelope: str | None = None  # the envelope its first example wrapped it in, while unchanged
    # (model, property) -> the list a link made there (tools/mock/links.py): kept apart from
    # `data`, since two models may show one property name as lists of different shapes.
    linked: dict[tuple[str, str], list[JSON]] = field(default_factory=dict)

    def changed(self) -> None:
        """Forget how it was shown: its data changed."""
        self.shown.clear()
        self.envelope = None


@dataclass(frozen=True)
class _Found:
    """An object of a collection's model in an example, and where."""

    operation: Operation
    model: str
    value: dict[str, JSON]
    envelope: str | None


class Store:
    """Every collection's records; a lock keeps each change whole."""

    def __init__(
        self, resources: Resources, shapes: Shapes, limit: int = LIMIT, budget: int = BUDGET
    ) -> None:
        self.resources = resources
        self.shapes = shapes
        self.limit = limit
        self.budget = budget
        self.sizes: OrderedDict[tuple[str, tuple[str, ...], str], int] = OrderedDict()  # oldest first
        self.used = 0
        self.lock = threading.RLock()
        self._found = self._examples()
        self.instances: dict[Instance, OrderedDict[str, Record]] = {}
        self.examples: dict[str, dict[str, Record]] = {}  # by model, then id: every record the examples show
        self.reset()

    def _examples(self) -> list[_Found]:
        """Every record in the spec's success examples, in document order."""
        models = {model for collection in self.resources.collections.values() for model in collection.models}
        found = []
        for operation in self.resources.operations:
            success = operation.success
            for example in operation.examples():
                if example.status != success.status or success.schema is None:
                    continue
                wrapped = example.value.get(success.envelope) if isinstance(example.value, dict) else None
                for model, value in self.shapes.records_in(success.schema, example.value, models):
                    envelope = success.envelope if success.envelope and value is wrapped else None
                    found.append(_Found(operation, model, value, envelope))
        return found

    def reset(self) -> None:
        """Back to the spec's examples."""
        with self.lock:
            self.instances = {}
            self.examples = {}
            self.sizes = OrderedDict()
            self.used = 0
            collections = sorted(self.resources.collections.values(), key=lambda c: c.depth)
            for collection in collections:
                if collection.models:
                    self._seed(collection)
            for found in self._found:
                key = found.value.get(KEY)
                if isinstance(key, str | int):
                    self.examples.setdefault(found.model, {}).setdefault(str(key), _record(found))

    def _seed(self, collection: Collection) -> None:
        own = [f for f in self._found if self._owner(f.operation) is collection]
        others = [f for f in self._found if f not in own] if collection.parent is None else []
        for found in own + others:
            if found.model not in collection.models or collection.key not in found.value:
                continue
            parents = self._parents(collection, found.operation)
            if parents is None:
                continue
            members = self.members(collection, parents)
            key = str(found.value[collection.key])
            if key not in members:
                members[key] = _record(found)
                self._index(members[key], found.model)
            elif found.model not in members[key].shown:
                record = members[key]
                record.shown[found.model] = found.value
                for name, value in found.value.items():
                    record.data.setdefault(name, copy.deepcopy(value))
        if collection.parent is not None:
            self._seed_from_parents(collection)

    def _index(self, record: Record, model: str) -> None:
        key = record.data.get(KEY)
        if isinstance(key, str | int):
            self.examples.setdefault(model, {}).setdefault(str(key), record)

    def _owner(self, operation: Operation) -> Collection | None:
        return self.resources.role(operation).collection

    def _parents(self, collection: Collection, operation: Operation) -> tuple[str, ...] | None:
        """The parents' keys of the records an operation's example shows: none for a top-level
        collection; for a nested one, the values of its example's path parameters, when the
        operation's path passes through the collection and those parents are stored."""
        if collection.parent is None:
            return ()
        steps = self.resources.role(operation).steps
        if collection not in [step.collection for step in steps]:
            return None
        try:
            values, _ = operation.example_call()
        except NoExample:
            return None
        parents: list[str] = []
        for step in steps:
            if step.collection is collection:
                return tuple(parents)
            if (
                step.variable is None
                or self.get(step.collection, tuple(parents), str(values[step.variable])) is None
            ):
                return None
            parents.append(str(values[step.variable]))
        return None

    def _seed_from_parents(self, collection: Collection) -> None:
        """Records a parent's example lists under the collection's name (`document.versions`)."""
        parent = collection.parent
        assert parent is not None
        for (template, parents), records in list(self.instances.items()):
            if template != parent.template:
                continue
            for key, record in records.items():
                listed = record.data.get(collection.segment)
                node = self.shapes.model(parent.model).get("properties", {}).get(collection.segment)
                if not isinstance(listed, list) or node is None:
                    continue
                members = self.members(collection, (*parents, key))
                for model, value in self.shapes.records_in(node, listed, set(collection.models)):
                    if collection.key in value and str(value[collection.key]) not in members:
                        members[str(value[collection.key])] = Record(copy.deepcopy(value), {model: value})

    # --- reading and writing -------------------------------------------------------------------

    def members(self, collection: Collection, parents: tuple[str, ...]) -> OrderedDict[str, Record]:
        """The records of a collection (of one parent, for a nested one), oldest first."""
        return self.instances.setdefault((collection.template, parents), OrderedDict())

    def get(self, collection: Collection, parents: tuple[str, ...], key: str) -> Record | None:
        members = self.instances.get((collection.template, parents))
        return members.get(key) if members is not None else None

    def add(self, collection: Collection, parents: tuple[str, ...], key: str, record: Record) -> None:
        """Store a new record; past the limit, drop the oldest and what is nested under it."""
        members = self.members(collection, parents)
        members[key] = record
        while len(members) > self.limit:
            oldest = next(iter(members))
            self.remove(collection, parents, oldest)
        self.changed(collection, parents, key)

    def changed(self, collection: Collection, parents: tuple[str, ...], key: str) -> None:
        """Count a record a request created or changed against the budget, as the newest; past
        the budget, drop the records changed longest ago (never this one)."""
        record = self.get(collection, parents, key)
        if record is None:
            return
        entry = (collection.template, parents, key)
        self.used -= self.sizes.pop(entry, 0)
        self.sizes[entry] = len(json.dumps(record.data))
        self.used += self.sizes[entry]
        while self.used > self.budget and len(self.sizes) > 1:
            template, owners, oldest = next(iter(self.sizes))
            self.remove(self.resources.collections[template], owners, oldest)

    def remove(self, collection: Collection, parents: tuple[str, ...], key: str) -> None:
        """Drop a record and what is nested under it."""
        self.members(collection, parents).pop(key, None)
        self.used -= self.sizes.pop((collection.template, parents, key), 0)
        self._drop_nested(collection, (*parents, key))

    def replace(self, collection: Collection, parents: tuple[str, ...], records: dict[str, Record]) -> None:
        """A collection's members become these (records stored elsewhere, shared)."""
        self.instances[(collection.template, parents)] = OrderedDict(list(records.items())[-self.limit :])

    def _drop_nested(self, collection: Collection, owner: tuple[str, ...]) -> None:
        for template, parents in list(self.instances):
            nested = self.resources.collections[template]
            if _under(nested, collection) and parents[: len(owner)] == owner:
                for key in self.instances.pop((template, parents)):
                    self.used -= self.sizes.pop((template, parents, key), 0)

    def locate(self, key: str) -> tuple[list[str], Record] | None:
        """The record with that id in any top-level collection, with the collection's models;
        else one the examples show, with its model; None when there is none."""
        for collection in self.resources.collections.values():
            if collection.parent is None and collection.key == KEY and collection.models:
                record = self.get(collection, (), key)
                if record is not None:
                    return collection.models, record
        for model, records in self.examples.items():
            if key in records:
                return [model], records[key]
        return None

    def find(self, model: str, key: str) -> Record | None:
        """The record of `model` with that id: in a top-level collection holding the model, else
        among those the examples show."""
        for collection in self.resources.collections.values():
            if collection.parent is None and model in collection.models and collection.key == KEY:
                record = self.get(collection, (), key)
                if record is not None:
                    return record
        return self.examples.get(model, {}).get(key)


def _record(found: _Found) -> Record:
    return Record(copy.deepcopy(found.value), {found.model: found.value}, found.envelope)


def _under(collection: Collection, ancestor: Collection) -> bool:
    parent = collection.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False
