"""What the spec's paths and answers say about state, for the sandbox: which paths are
collections, which are their items, and what each operation does to them.

Derived from the shapes alone, never from a name:

- A *record* is a component schema with an `id` property: something the API stores.
- A *collection* is a path ending in a literal segment that holds records: a GET on it answers a
  list of them, a POST on it answers one, or a path `<it>/{variable}` exists. The literal must
  follow the root or an item (`/v0/tasks`, `/v0/tasks/{id}/tags`); one right after a
  collection's literal qualifies it instead (`/v0/tasks/trigger`, `/v0/traces/by-test/{id}`).
- An *item path* is a collection's path and one variable; its records are found by that
  variable's property where every model of the collection has one (`{versionNumber}`), else by
  `id`.
- A collection's *models* are the records its operations answer with, less its ancestors'
  (`{document, version}` under `/documents/{id}/versions` carries a version).

What an operation does follows from where its path ends and its method: on a collection GET
lists, POST creates, PUT/PATCH replaces its members (when the body has one array of strings:
their ids); on an item GET retrieves, PUT/PATCH updates, DELETE deletes. Anything else, and
anything whose answer carries none of the collection's records, is an *action*: the path's
records must exist, and the answer is the operation's example with the records it carries
filled in from the path. Two kinds of action change state:

- an action whose body has two arrays of strings (`evalIds`, `taskIds`) *links* every record
  the one names with every record the other names (tools/mock/links.py); the path's last word
  is the one word read: a word starting `un` (`unlink`) takes the links away again, as the
  shapes of a link and an unlink are the same;
- an action on a record (`<item>/activate`) sets the record's enum fields to what the
  operation's example shows for it (`status: ACTIVE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from tools.spec import JSON, Operation, Spec, schema_name

KEY = "id"  # what makes a component schema a record
_VARIABLE = re.compile(r"\{([^{}/]+)\}")

LIST, CREATE, REPLACE = "list", "create", "replace"
RETRIEVE, UPDATE, DELETE = "retrieve", "update", "delete"
ACTION, LINK, UNLINK = "action", "link", "unlink"


@dataclass(frozen=True)
class Slot:
    """Where an answer carries records: the whole body (`key` None) or one property, one record
    or a list of them (`many`)."""

    key: str | None
    model: str
    many: bool


@dataclass(eq=False)
class Collection:
    """A path holding records, and the path of its items if the spec has one."""

    template: str
    parent: Collection | None
    variable: str | None = None  # the item path's variable
    models: list[str] = field(default_factory=list)  # the first is the one new records are made as
    key: str = KEY

    @property
    def segment(self) -> str:
        """Its last literal: `versions` for `/v0/documents/{id}/versions`."""
        return self.template.rsplit("/", 1)[-1]

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    @property
    def model(self) -> str:
        return self.models[0]


@dataclass(frozen=True)
class Step:
    """A collection a path passes through, and the variable naming one of its records (None where
    the path names the collection itself)."""

    collection: Collection
    variable: str | None


@dataclass(frozen=True)
class Role:
    """What an operation does: its kind, the collections its path walks, the records its answer
    carries, and (replace) the body's property listing the members' keys."""

    kind: str
    steps: tuple[Step, ...]
    slots: tuple[Slot, ...]
    members: str | None = None
    pairs: tuple[str, str] | None = None  # link, unlink: the body's two arrays of keys
    on_record: bool = False  # an action whose path names a record right before its word

    @property
    def collection(self) -> Collection | None:
        """The collection the operation acts on: where its path ends (none for an action outside
        every collection)."""
        return self.steps[-1].collection if self.steps else None


class Resources:
    """The spec's collections, and each operation's role."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.operations = spec.operations()
        self.templates = list(dict.fromkeys(operation.path for operation in self.operations))
        self.collections: dict[str, Collection] = {}
        for template in sorted(self.templates, key=lambda t: t.count("/")):
            self._walk(template)
        for collection in sorted(self.collections.values(), key=lambda c: c.depth):
            self._settle(collection)

    # --- records and slots -------------------------------------------------------------------

    def is_record(self, model: str) -> bool:
        schema = self.spec.resolve({"$ref": f"#/components/schemas/{model}"})
        return isinstance(schema, dict) and KEY in schema.get("properties", {})

    def _record_ref(self, node: JSON) -> str | None:
        """The record a schema node is (a $ref to one, or one of `[record, null]`), else None."""
        if not isinstance(node, dict):
            return None
        if "$ref" in node:
            name = schema_name(node)
            return name if self.is_record(name) else None
        union: list[JSON] = list(node.get("oneOf") or node.get("anyOf") or [])
        branches = [b for b in union if b.get("type") != "null"]
        return self._record_ref(branches[0]) if len(branches) == 1 else None

    def slots(self, operation: Operation) -> tuple[Slot, ...]:
        """Where the operation's success body carries records: the body itself (a record, or one
        wrapped as the spec allows), or properties of a wrapper holding one record or a list."""
        success = operation.success
        if success.model is None:
            return ()
        if success.envelope is not None or self.is_record(success.model):
            return (Slot(None, success.model, False),) if self.is_record(success.model) else ()
        found = []
        properties = self.spec.resolve(success.schema).get("properties", {})
        for key, node in properties.items():
            node = self.spec.resolve(node) if "$ref" not in node else node
            one = self._record_ref(node)
            if one is not None:
                found.append(Slot(key, one, False))
                continue
            if isinstance(node, dict) and node.get("type") == "array":
                many = self._record_ref(node.get("items"))
                if many is not None:
                    found.append(Slot(key, many, True))
        return tuple(found)

    # --- the paths ---------------------------------------------------------------------------

    def _operation(self, template: str, method: str) -> Operation | None:
        return next((o for o in self.operations if o.path == template and o.method == method), None)

    def _holds_records(self, prefix: str) -> bool:
        if any(t.startswith(prefix + "/{") for t in self.templates):
            return True
        listing, creation = self._operation(prefix, "get"), self._operation(prefix, "post")
        if listing is not None and any(slot.many for slot in self.slots(listing)):
            return True
        return creation is not None and any(not slot.many for slot in self.slots(creation))

    def _walk(self, template: str) -> tuple[list[Step], bool]:
        """The steps of a path, and whether anything (an action's words) follows the last one."""
        segments = template.strip("/").split("/")
        steps: list[Step] = []
        after = "root"  # what the previous segment was: root (a prefix such as /v0), collection, item
        for index, segment in enumerate(segments):
            prefix = "/" + "/".join(segments[: index + 1])
            variable = _VARIABLE.fullmatch(segment)
            if variable is not None and after == "collection":
                steps[-1] = Step(steps[-1].collection, variable.group(1))
                after = "item"
            elif variable is None and after in ("root", "item") and self._holds_records(prefix):
                parent = steps[-1].collection if steps else None
                collection = self.collections.setdefault(prefix, Collection(prefix, parent))
                steps.append(Step(collection, None))
                after = "collection"
            elif variable is not None or after != "root":
                return steps, True
        return steps, False

    def _settle(self, collection: Collection) -> None:
        """A collection's item variable, models and key, from the operations on its paths."""
        item: str | None = None
        for template in self.templates:
            found = _VARIABLE.fullmatch(template.removeprefix(collection.template + "/"))
            if template.startswith(collection.template + "/") and found is not None:
                item, collection.variable = template, found.group(1)
                break
        inherited: set[str] = set()
        ancestor = collection.parent
        while ancestor is not None:
            inherited.update(ancestor.models)
            ancestor = ancestor.parent
        # The model a POST answers with first: it is what a new record is made as.
        ordered: list[tuple[str, str | None]] = [("post", collection.template), ("get", item)]
        ordered += [("put", item), ("patch", item), ("get", collection.template)]
        models: list[str] = []
        for method, path in ordered:
            operation = self._operation(path, method) if path else None
            for slot in self.slots(operation) if operation else ():
                # A listing carries its items; the one records beside them are its ancestors'.
                listing = method == "get" and path == collection.template
                if slot.model not in inherited and slot.model not in models and (slot.many or not listing):
                    models.append(slot.model)
        collection.models = models
        variable = collection.variable
        if variable is not None and models and all(variable in self._properties(m) for m in models):
            collection.key = variable

    def _properties(self, model: str) -> dict[str, JSON]:
        properties: dict[str, JSON] = self.spec.resolve({"$ref": f"#/components/schemas/{model}"}).get(
            "properties", {}
        )
        return properties

    @cached_property
    def roles(self) -> dict[str, Role]:
        return {operation.operation_id: self._role(operation) for operation in self.operations}

    def role(self, operation: Operation) -> Role:
        return self.roles[operation.operation_id]

    def _role(self, operation: Operation) -> Role:
        steps, trailing = self._walk(operation.path)
        slots = self.slots(operation)
        kind = ACTION
        if steps and not trailing and steps[-1].collection.models:
            collection, named = steps[-1].collection, steps[-1].variable is not None
            carries = [slot for slot in slots if slot.model in collection.models]
            method = operation.method
            if not named and method == "get" and any(slot.many for slot in carries):
                kind = LIST
            elif not named and method == "post" and any(not slot.many for slot in carries):
                kind = CREATE
            elif not named and method in ("put", "patch"):
                members = self._members(operation)
                if members is not None:
                    return Role(REPLACE, tuple(steps), slots, members)
            elif named and method == "get" and carries:
                kind = RETRIEVE
            elif named and method in ("put", "patch") and carries:
                kind = UPDATE
            elif named and method == "delete":
                kind = DELETE
        if kind == ACTION:
            arrays = self._string_arrays(operation)
            if len(arrays) == 2 and operation.method in ("post", "put", "patch"):
                undo = operation.path.rsplit("/", 1)[-1].startswith("un")
                return Role(UNLINK if undo else LINK, tuple(steps), slots, pairs=(arrays[0], arrays[1]))
            on_record = trailing and operation.method != "get" and _words_after_item(operation.path, steps)
            return Role(kind, tuple(steps), slots, on_record=on_record)
        return Role(kind, tuple(steps), slots)

    def _members(self, operation: Operation) -> str | None:
        """The one property of the body that is an array of strings (the members' keys), if any."""
        arrays = self._string_arrays(operation)
        return arrays[0] if len(arrays) == 1 else None

    def _string_arrays(self, operation: Operation) -> list[str]:
        """The body's top-level properties that are arrays of strings (lists of keys)."""
        fields = operation.body_fields
        if fields is None:
            return []
        return [
            key
            for key, node in fields[0].items()
            if (schema := self.spec.resolve(node)).get("type") == "array"
            and self.spec.resolve(schema.get("items", {})).get("type") == "string"
        ]


def _words_after_item(path: str, steps: list[Step]) -> bool:
    """Whether the path is an item's path and one literal word (`.../versions/{n}/activate`)."""
    if not steps or steps[-1].variable is None:
        return False
    head, _, word = path.rpartition("/")
    item = f"{steps[-1].collection.template}/{{{steps[-1].variable}}}"
    return _VARIABLE.fullmatch(word) is None and head == item
