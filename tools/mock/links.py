"""Links between records, for the sandbox: an action whose body lists the keys of records of two
kinds (`POST /v0/definitions/link {"evalIds": [...], "taskIds": [...]}`) links every record of
the one list with every record of the other; its twin (`unlink`) takes those links away.

A link shows wherever a model of one record has a list of the other's model: directly
(`ListedTask.evalDefinitions: [EvalDefinition]`), or wrapped in an object holding one
(`Task.evalDefinitions: [{evalDefinition, config}]`, the rest of the wrapper built from its
schema). Nothing here knows which kinds link: keys that name no stored record are skipped (an
answer the spec doesn't document, such as 404, would break it), and a pair of kinds whose
models list neither the other links nothing.

Work is linear in the records named, whatever the body's size: each record's lists are rebuilt
once, with every new link at once.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.mock.listing import listed_key
from tools.mock.resources import KEY
from tools.mock.shapes import Shapes
from tools.mock.store import Record, Store
from tools.spec import JSON, schema_name

View = Callable[[Record, str], JSON]  # a record as a model shows it (Sandbox.view)
Named = list[tuple[list[str], Record]]  # records, each with its collection's models


def named(store: Store, keys: JSON) -> Named:
    """The stored records a list of keys names, each once, in order; unknown keys skipped."""
    found: Named = []
    seen: set[int] = set()
    for key in dict.fromkeys(str(key) for key in keys) if isinstance(keys, list) else ():
        located = store.locate(key)
        if located is not None and id(located[1]) not in seen:
            seen.add(id(located[1]))
            found.append(located)
    return found


def link(shapes: Shapes, view: View, one: Named, other: Named, *, undo: bool) -> list[Record]:
    """Link (or, `undo`, unlink) every record of `one` with every record of `other`, both ways.
    Gives back the records whose lists changed."""
    return _attach(shapes, view, one, other, undo) + _attach(shapes, view, other, one, undo)


def _attach(shapes: Shapes, view: View, holders: Named, others: Named, undo: bool) -> list[Record]:
    changed = []
    for models, record in holders:
        touched = False
        for model in models:
            for name, items in _lists(shapes, model).items():
                entries = _entries(shapes, view, items, others)
                if not entries:
                    continue
                current = record.linked.get((model, name))
                if current is None:
                    shown = view(record, model)
                    current = list(shown.get(name) or []) if isinstance(shown, dict) else []
                keys = {key for key, _ in entries}
                kept = [entry for entry in current if listed_key(entry) not in keys]
                record.linked[(model, name)] = kept if undo else kept + [entry for _, entry in entries]
                touched = True
        if touched:
            record.changed()
            changed.append(record)
    return changed


def _lists(shapes: Shapes, model: str) -> dict[str, JSON]:
    """The model's properties that are lists, with the schema of their items."""
    found = {}
    for name, node in shapes.model(model).get("properties", {}).items():
        schema = shapes.spec.resolve(node)
        kinds = schema.get("type") if isinstance(schema, dict) else None
        if (kinds == "array" or (isinstance(kinds, list) and "array" in kinds)) and "items" in schema:
            found[name] = schema["items"]
    return found


def _entries(shapes: Shapes, view: View, items: JSON, others: Named) -> list[tuple[str, JSON]]:
    """What a list whose items are `items` shows of each other record (none when the items are
    none of their models): keyed by the other's key."""
    entries = []
    for models, record in others:
        key = record.data.get(KEY)
        entry = _entry(shapes, view, items, models, record)
        if entry is not None and key is not None:
            entries.append((str(key), entry))
    return entries


def _entry(shapes: Shapes, view: View, items: JSON, models: list[str], record: Record) -> JSON:
    direct = _model_of(items, models)
    if direct is not None:
        return view(record, direct)
    wrapper = shapes.spec.resolve(items)
    for name, node in (wrapper.get("properties", {}) if isinstance(wrapper, dict) else {}).items():
        inner = _model_of(node, models)
        if inner is not None:
            return shapes.conform({name: view(record, inner)}, items, f"a link's {name}")
    return None


def _model_of(node: JSON, models: list[str]) -> str | None:
    """The one of `models` a schema node names ($ref, or a $ref or null), else None."""
    if not isinstance(node, dict):
        return None
    if "$ref" in node:
        name = schema_name(node)
        return name if name in models else None
    branches = [b for b in node.get("oneOf") or node.get("anyOf") or [] if b.get("type") != "null"]
    return _model_of(branches[0], models) if len(branches) == 1 else None
