"""The sandbox: the answer to a valid request, from the state it keeps (tools/mock/store.py), as
the spec's shapes say what each operation does (tools/mock/resources.py).

- list: the collection's records, filtered, ordered and paged as the query asks (listing.py);
- create: a new record from the body: the fields its model declares, the request's and the
  model's defaults, an `id` (a uuid; the next number where the item path names records by an
  integer), `createdAt`/`modifiedAt` now, its parent's id in `<parent>Id` where the model has
  one (`documentId`), and any other required field built from the schema;
- retrieve: the record the path names (404 when there is none);
- update (PUT and PATCH alike): the body's fields the model declares merged into the record,
  `modifiedAt` now;
- replace: a nested collection's members become the records whose ids the body lists (404 for
  one that isn't stored);
- delete: the record goes, with what is nested under it;
- action: the path's records must exist; the answer is the operation's first example, with the
  records it carries taken from the path. An action on a record (`<item>/activate`) first sets
  the record's enum fields to what that example shows for it (`status: ACTIVE`); one whose body
  lists the keys of two kinds of record links (or unlinks) them (tools/mock/links.py).

A nested collection's change shows in its parent where the parent's model lists it under the
collection's name (`document.versions`, `document.tags`). Every answer shows a record as the
schema it names (tools/mock/shapes.py); an unchanged record from the examples as they show it.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass

from tools.mock import links, resources
from tools.mock.listing import page
from tools.mock.resources import KEY, Collection, Resources, Role
from tools.mock.shapes import Shapes
from tools.mock.store import BUDGET, LIMIT, Record, Store
from tools.spec import JSON, Operation, Spec, split_words

CREATED_AT, MODIFIED_AT = "createdAt", "modifiedAt"

Context = list[tuple[Collection, Record]]  # the records a request's path names, outermost first


class NotFound(Exception):
    """A record the request names isn't stored: a 404 saying which."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: JSON  # None: no body


class Sandbox:
    """State for one spec: answers valid requests, and changes as they ask."""

    def __init__(self, spec: Spec, *, limit: int = LIMIT, budget: int = BUDGET) -> None:
        self.spec = spec
        self.resources = Resources(spec)
        self.shapes = Shapes(spec)
        self.store = Store(self.resources, self.shapes, limit, budget)

    def reset(self) -> None:
        """Forget every change: back to the spec's examples."""
        self.store.reset()

    def answer(
        self, operation: Operation, variables: dict[str, str], query: dict[str, list[str]], body: JSON
    ) -> Answer:
        """The answer to a valid request of `operation`. Raises NotFound for a record the path (or,
        replacing members, the body) names that isn't stored."""
        role = self.resources.role(operation)
        with self.store.lock:
            context, keys = self._resolve(role, variables)
            collection = role.collection
            members: list[Record] | None = None
            if role.kind == resources.LIST and collection is not None:
                members = list(self.store.members(collection, keys).values())
                if operation.pagination is not None:
                    items = [self.view(record, operation.pagination.item) for record in members]
                    return Answer(int(operation.success.status), page(operation, query, items))
            elif role.kind == resources.CREATE and collection is not None:
                record, key = self._create(operation, collection, context, keys, body)
                self.store.add(collection, keys, key, record)
                context.append((collection, record))
                self._show_in_parent(collection, context[:-1], keys)
            elif role.kind == resources.UPDATE and collection is not None:
                self._update(collection, context[-1][1], body)
                self._show_in_parent(collection, context[:-1], keys[:-1])
                self.store.changed(collection, keys[:-1], keys[-1])
            elif role.kind in (resources.LINK, resources.UNLINK) and role.pairs is not None:
                one, other = (links.named(self.store, (body or {}).get(name)) for name in role.pairs)
                links.link(self.shapes, self.view, one, other, undo=role.kind == resources.UNLINK)
            elif role.on_record and collection is not None and context:
                if self._act(operation, role, collection, context[-1][1]):
                    self._show_in_parent(collection, context[:-1], keys[:-1])
                    self.store.changed(collection, keys[:-1], keys[-1])
            elif role.kind == resources.DELETE and collection is not None:
                self.store.remove(collection, keys[:-1], keys[-1])
                self._show_in_parent(collection, context[:-1], keys[:-1])
            elif role.kind == resources.REPLACE and collection is not None and role.members is not None:
                found = {key: self._member(collection, key) for key in body[role.members]}
                self.store.replace(collection, keys, found)
                members = list(found.values())
                self._show_in_parent(collection, context, keys)
            return Answer(int(operation.success.status), self.fill(operation, role, context, members))

    def _resolve(self, role: Role, variables: dict[str, str]) -> tuple[Context, tuple[str, ...]]:
        """The records the path names (NotFound for one that isn't stored), and their keys."""
        context: Context = []
        keys: list[str] = []
        for step in role.steps:
            if step.variable is None:
                continue
            key = variables[step.variable]
            if step.collection.models:
                record = self.store.get(step.collection, tuple(keys), key)
                if record is None:
                    raise NotFound(f"No {step.collection.model} has the {step.collection.key} {key!r}")
                context.append((step.collection, record))
            keys.append(key)
        return context, tuple(keys)

    def _member(self, collection: Collection, key: str) -> Record:
        record = self.store.find(collection.model, key)
        if record is None:
            raise NotFound(f"No {collection.model} has the id {key!r}")
        return record

    # --- the answer ----------------------------------------------------------------------------

    def view(self, record: Record, model: str) -> JSON:
        """A record as `model` shows it: as its example shows it while unchanged, else made to fit."""
        if model not in record.shown:
            shown = self.shapes.conform(record.data, self.shapes.model(model), model)
            if isinstance(shown, dict):
                shown.update({name: items for (of, name), items in record.linked.items() if of == model})
            record.shown[model] = shown
        return record.shown[model]

    def fill(self, operation: Operation, role: Role, context: Context, members: list[Record] | None) -> JSON:
        """The success body: the records it carries taken from the context (the path's records, a
        new one) and the members; the rest as the operation's first example shows it."""
        success = operation.success
        if success.empty:
            return None
        for slot in role.slots:
            if slot.key is None:
                holder = _holder(slot.model, context)
                if holder is None:
                    return self.template(operation)
                shown = self.view(holder, slot.model)
                return (
                    {success.envelope: shown}
                    if success.envelope and holder.envelope == success.envelope
                    else shown
                )
        body = self.template(operation)
        if not isinstance(body, dict):
            return body
        body = dict(body)
        for slot in role.slots:
            assert slot.key is not None
            if slot.many and members is not None and role.collection and slot.model in role.collection.models:
                body[slot.key] = [self.view(record, slot.model) for record in members]
            elif not slot.many and (holder := _holder(slot.model, context)) is not None:
                body[slot.key] = self.view(holder, slot.model)
        return body

    def template(self, operation: Operation) -> JSON:
        """The operation's first success example; one built from its schema without one."""
        success = operation.success
        for example in operation.examples():
            if example.status == success.status:
                return example.value
        return self.shapes.build(success.schema, f"{operation.operation_id}: the success body")

    # --- changes -------------------------------------------------------------------------------

    def _create(
        self,
        operation: Operation,
        collection: Collection,
        context: Context,
        keys: tuple[str, ...],
        body: JSON,
    ) -> tuple[Record, str]:
        schema = self.shapes.model(collection.model)
        properties = schema.get("properties", {})
        request = operation.request_body
        sent = body if isinstance(body, dict) else {}
        if request is not None:
            sent = self.shapes.with_defaults(sent, {"$ref": f"#/components/schemas/{request.model}"})
        data = {name: value for name, value in sent.items() if name in properties}
        now = timestamp()
        data.update({name: now for name in (CREATED_AT, MODIFIED_AT) if name in properties})
        if KEY in properties:
            data[KEY] = str(uuid.uuid4())
        if collection.key != KEY:
            data[collection.key] = self._next_key(collection, keys, properties[collection.key])
        if context:
            link = parent_link(context[-1][0])
            if link in properties and KEY in context[-1][1].data:
                data[link] = context[-1][1].data[KEY]
        data = self.shapes.conform(self.shapes.with_defaults(data, schema), schema, collection.model)
        return Record(data), str(data[collection.key])

    def _next_key(self, collection: Collection, keys: tuple[str, ...], node: JSON) -> JSON:
        """A key no record of the collection has: the next number for an integer, else a uuid."""
        if self.spec.resolve(node).get("type") == "integer":
            taken = [int(key) for key in self.store.members(collection, keys) if key.lstrip("-").isdigit()]
            return max(taken, default=0) + 1
        return str(uuid.uuid4())

    def _update(self, collection: Collection, record: Record, body: JSON) -> None:
        properties = self.shapes.model(collection.model).get("properties", {})
        fixed = {KEY, collection.key, CREATED_AT}
        for name, value in (body if isinstance(body, dict) else {}).items():
            if name in properties and name not in fixed:
                record.data[name] = value
        if MODIFIED_AT in properties:
            record.data[MODIFIED_AT] = timestamp()
        record.changed()

    def _act(self, operation: Operation, role: Role, collection: Collection, record: Record) -> bool:
        """An action on `record`: its enum fields take the values the operation's example shows
        for it (the API's own picture of what the action does). Whether anything changed."""
        example = self.template(operation)
        slot = next((slot for slot in role.slots if slot.model in collection.models and not slot.many), None)
        if slot is None:
            return False
        shown = example.get(slot.key) if slot.key is not None and isinstance(example, dict) else example
        if not isinstance(shown, dict):
            return False
        changes = {
            name: value
            for name, node in self.shapes.model(slot.model).get("properties", {}).items()
            if name in shown
            and "enum" in self.spec.resolve(node)
            and name not in (KEY, collection.key)
            and record.data.get(name) != (value := shown[name])
        }
        if not changes:
            return False
        record.data.update(changes)
        if MODIFIED_AT in self.shapes.model(slot.model).get("properties", {}):
            record.data[MODIFIED_AT] = timestamp()
        record.changed()
        return True

    def _show_in_parent(self, collection: Collection, context: Context, keys: tuple[str, ...]) -> None:
        """The parent's list under the collection's name (`document.versions`), where its model
        has one, made the collection's members again."""
        if not context or context[-1][0] is not collection.parent:
            return
        parent, record = context[-1]
        for model in parent.models:
            node = self.shapes.model(model).get("properties", {}).get(collection.segment)
            items = self.spec.resolve(node).get("items") if node is not None else None
            if items is not None:
                members = self.store.members(collection, keys).values()
                listed = [self.shapes.conform(member.data, items, collection.segment) for member in members]
                record.data[collection.segment] = listed
                record.changed()
                return


def _holder(model: str, context: Context) -> Record | None:
    """The innermost record of the context whose collection holds `model`."""
    return next((record for collection, record in reversed(context) if model in collection.models), None)


def parent_link(parent: Collection) -> str:
    """The property naming a parent record: `documentId` under `/documents/{id}`."""
    words = split_words(parent.segment)
    words[-1] = words[-1].removesuffix("s")
    return words[0].lower() + "".join(word.capitalize() for word in words[1:]) + "Id"


def timestamp() -> str:
    """Now, in UTC, as the spec's examples write date-times (`2025-11-12T09:30:00.000Z`)."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
