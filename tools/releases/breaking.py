"""`make breaking`: what a change to openapi.yaml breaks for the callers of the clients made from it.

    python -m tools.releases.breaking [--base REF_OR_FILE] [--head FILE] [--all | --changelog]

compares the spec at `--base` with the working tree's (or `--head`) and answers the
maintainer's question, "what does my edit break". The base is a git ref or a file; by
default the last commit (HEAD), so a clean checkout reports nothing. The first line names
the base. Each breaking change is printed on a line of its own, naming the element, and the
command exits 1; with none it prints "no breaking changes (N additive ...)" and exits 0;
it exits 2 when a spec can't be read. `--all` lists the additive changes too.

`--changelog` (`make changelog`) drafts a CHANGELOG.md section, breaking changes first, from
the changes since `--base`, by default the last release (releases/openapi-<version>.yaml):
the release gate (tools/releases/release.py) compares with the last release, and wants each
breaking change named in the version's section by its identifier (`Change.identifier`:
the element and what happened to it, the line less its reason and operations).

A change is judged in the direction the data flows. What a caller sends (parameters,
request bodies) breaks when the spec accepts less: a parameter, property or enum value
removed, one made required, a bound tightened, a type narrowed, a serialisation changed.
What a caller reads (success response bodies) breaks when it may no longer get what it
got: a property removed or no longer always present, a type changed or made nullable, a
new union variant, an enum value removed. A new response enum value is not breaking:
this client reads an unknown value as its plain string (docs/spec-decisions.md). Beyond
the data, the client's names break too: an operation removed or renamed (its function),
moved to another tag (its module and resource), a component schema removed (its model),
a credential added or its header renamed.

Why not Optic (`@useoptic/optic`) alone: docs/breaking-changes.md has the comparison on
the same cases; it misses tightened bounds and removed parameters, flags response enum
additions, and its npm package is archived and needs a dependency override to start.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any, Protocol

from tools import spec_source
from tools.paths import RELEASES, ROOT, SPEC
from tools.spec import Operation, Spec

JSON = Any

# Bounds a request value must meet: a larger lower bound, or a smaller upper bound, rejects
# what was accepted before.
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Formats that give the value another type in the generated clients (datetime, date, UUID,
# file): a change to one of them breaks callers whichever way the data flows.
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary", "byte"})
SCHEMA_PREFIX = "#/components/schemas/"
REQUEST, RESPONSE = "request", "response"


class Add(Protocol):
    def __call__(self, what: str, breaking: bool, why: str = "") -> None: ...


@dataclass(frozen=True)
class Change:
    """One change, at one element of the spec, and the operations it touches."""

    where: str  # the element: "schema Task: createdAt", "listTests query parameter `limit`"
    what: str  # what happened to it: "no longer always present", "maxLength lowered from none to 80"
    breaking: bool
    why: str = ""  # whom it breaks, when it does: "callers read it"
    operations: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def identifier(self) -> str:
        """The change's stable name, the element and what happened to it: the part of its line a
        CHANGELOG.md section must hold (the reason and the operations are for the reader)."""
        return f"{self.where}: {self.what}"

    def line(self) -> str:
        """The change as `make breaking` prints it: identifier (reason)  [operations]."""
        reason = f" ({self.why})" if self.why else ""
        used = f"  [{', '.join(sorted(self.operations))}]" if self.operations else ""
        return f"{self.identifier}{reason}{used}"


def _plain(text: str) -> str:
    """Text as the CHANGELOG match reads it: no backticks, any run of whitespace one space."""
    return " ".join(text.replace("`", "").split())


def named_in(text: str, change: Change) -> bool:
    """Whether `text` (a CHANGELOG.md section) names `change`: its identifier appears in it, not as
    part of a longer word, backticks aside and however the lines are wrapped."""
    pattern = rf"(?<![\w]){re.escape(_plain(change.identifier))}(?![\w])"
    return re.search(pattern, _plain(text)) is not None


class Comparison:
    """The changes from one spec to another, gathered as the two are walked side by side."""

    def __init__(self, base: Spec, head: Spec) -> None:
        self.base, self.head = base, head
        self._found: dict[tuple[str, str, bool, str], set[str]] = {}
        self._unchanged = _unchanged_components(base, head)

    def changes(self) -> list[Change]:
        self._operations()
        self._component_schemas()
        self._credentials()
        found = [
            Change(where, what, breaking, why, frozenset(operations))
            for (where, what, breaking, why), operations in self._found.items()
        ]
        return sorted(found, key=lambda change: (not change.breaking, change.where, change.what))

    def _add(self, where: str, what: str, *, breaking: bool, operation: str = "", why: str = "") -> None:
        operations = self._found.setdefault((where, what, breaking, why), set())
        if operation:
            operations.add(operation)

    # -- operations -----------------------------------------------------------------------

    def _operations(self) -> None:
        base = {_key(operation): operation for operation in self.base.operations()}
        head = {_key(operation): operation for operation in self.head.operations()}
        for key in base.keys() - head.keys():
            self._add(f"operation {base[key].operation_id} ({key})", "removed", breaking=True)
        for key in head.keys() - base.keys():
            self._add(f"operation {head[key].operation_id} ({key})", "added", breaking=False)
        for key in sorted(base.keys() & head.keys()):
            self._operation(base[key], head[key], key)

    def _operation(self, base: Operation, head: Operation, key: str) -> None:
        name = base.operation_id
        where = f"operation {name} ({key})"
        if head.operation_id != base.operation_id:
            self._add(
                where,
                f"renamed to {head.operation_id}",
                breaking=True,
                why="the client's function is renamed",
            )
        if head.tag != base.tag:
            self._add(
                where,
                f"moved from tag {base.tag} to {head.tag}",
                breaking=True,
                why="the client's module and resource",
            )
        for scheme in sorted(set(head.security_schemes) - set(base.security_schemes)):
            self._add(where, f"now needs the credential {scheme}", breaking=True)
        self._parameters(base, head)
        self._request_body(base, head)
        self._responses(base, head)

    def _parameters(self, base: Operation, head: Operation) -> None:
        name = base.operation_id

        def by_key(operation: Operation) -> dict[tuple[str, str], JSON]:
            return {
                (parameter["in"], parameter["name"]): parameter
                for parameter in (operation.spec.resolve(raw) for raw in operation.parameters)
            }

        before, after = by_key(base), by_key(head)
        for location, parameter in sorted(before.keys() - after.keys()):
            self._add(
                f"{name} {location} parameter `{parameter}`",
                "removed",
                breaking=True,
                operation=name,
                why="a caller sends it",
            )
        for location, parameter in sorted(after.keys() - before.keys()):
            required = bool(after[location, parameter].get("required"))
            self._add(
                f"{name} {location} parameter `{parameter}`",
                "added, required" if required else "added, optional",
                breaking=required,
                operation=name,
                why="a caller doesn't send it" if required else "",
            )
        for location, parameter in sorted(before.keys() & after.keys()):
            old, new = before[location, parameter], after[location, parameter]
            where = f"{name} {location} parameter `{parameter}`"
            if new.get("required") and not old.get("required"):
                self._add(where, "now required", breaking=True, operation=name)
            # style and explode shape only lists and objects on the wire.
            if _structured(base.spec.resolve(old.get("schema", {}))) and _structured(
                head.spec.resolve(new.get("schema", {}))
            ):
                sent, sends = _serialisation(old, location), _serialisation(new, location)
                if sent != sends:
                    self._add(where, f"sent differently: {sent} -> {sends}", breaking=True, operation=name)
            self._schema(old.get("schema", {}), new.get("schema", {}), where, "", REQUEST, name, ())

    def _request_body(self, base: Operation, head: Operation) -> None:
        name = base.operation_id
        where = f"{name} request body"
        old = base.spec.resolve(base.raw.get("requestBody")) if "requestBody" in base.raw else None
        new = head.spec.resolve(head.raw.get("requestBody")) if "requestBody" in head.raw else None
        if old is None and new is None:
            return
        if new is None:
            self._add(where, "removed", breaking=True, operation=name, why="a caller sends one")
            return
        if old is None:
            required = bool(new.get("required"))
            self._add(
                where, "added, required" if required else "added, optional", breaking=required, operation=name
            )
            return
        if new.get("required") and not old.get("required"):
            self._add(where, "now required", breaking=True, operation=name)
        self._contents(old.get("content", {}), new.get("content", {}), where, REQUEST, name)

    def _responses(self, base: Operation, head: Operation) -> None:
        name = base.operation_id

        def responses(operation: Operation) -> dict[str, JSON]:
            return {
                str(status): operation.spec.resolve(response)
                for status, response in operation.raw.get("responses", {}).items()
            }

        # A success status removed breaks callers; an error status removed or added doesn't (an
        # undocumented error still ends in the client's error), but an error body callers read
        # is compared like any other.
        before, after = responses(base), responses(head)
        for status in sorted(before.keys() - after.keys()):
            success = status.startswith("2")
            self._add(f"{name} {status} response", "removed", breaking=success, operation=name)
        for status in sorted(after.keys() - before.keys()):
            self._add(f"{name} {status} response", "added", breaking=False, operation=name)
        for status in sorted(before.keys() & after.keys()):
            self._contents(
                before[status].get("content", {}),
                after[status].get("content", {}),
                f"{name} {status} response",
                RESPONSE,
                name,
            )

    def _contents(self, before: JSON, after: JSON, where: str, direction: str, operation: str) -> None:
        for media in sorted(before.keys() - after.keys()):
            self._add(where, f"no longer {media}", breaking=True, operation=operation)
        for media in sorted(before.keys() & after.keys()):
            self._schema(
                before[media].get("schema", {}),
                after[media].get("schema", {}),
                where,
                "",
                direction,
                operation,
                (),
            )

    # -- schemas ----------------------------------------------------------------------------

    def _schema(
        self,
        old: JSON,
        new: JSON,
        where: str,
        path: str,
        direction: str,
        operation: str,
        seen: tuple[tuple[str, str, str], ...],
        *,
        null_compared: bool = False,
    ) -> None:
        """Compare two schemas at `where` + `path`; entering a component schema names the place
        after it ("schema Task: createdAt"), so a change shows once, however many paths reach it."""
        old_ref, new_ref = _schema_ref(old), _schema_ref(new)
        if old_ref is not None and old_ref == new_ref and old_ref in self._unchanged and old == new:
            return  # the same component, unchanged with all it refers to: nothing below changed
        if old_ref is not None and new_ref is not None:
            pair = (old_ref, new_ref, direction)
            if pair in seen:  # a recursive schema: compared already on this path
                return
            seen = (*seen, pair)
            if old_ref == new_ref:
                where, path = f"schema {old_ref}", ""
            else:
                here = f"{where}: {path}" if path else where
                self._add(here, f"now schema {new_ref} (was {old_ref})", breaking=False, operation=operation)
        old_node, new_node = old, new
        old, new = self._resolved(self.base, old), self._resolved(self.head, new)
        here = f"{where}: {path}" if path else where

        def add(what: str, breaking: bool, why: str = "") -> None:
            self._add(here, what, breaking=breaking, operation=operation, why=why)

        if not null_compared:
            self._nullability(_nullable(old), _nullable(new), direction, add)
        # `oneOf: [X, {type: 'null'}]` (a nullable reference): compare the X on either side.
        old_inner, new_inner = _without_null_variant(old), _without_null_variant(new)
        if old_inner is not old or new_inner is not new:
            inner_old = old_inner if old_inner is not old else old_node
            inner_new = new_inner if new_inner is not new else new_node
            self._schema(inner_old, inner_new, where, path, direction, operation, seen, null_compared=True)
            return

        old_variants, new_variants = _variants(old, old_node), _variants(new, new_node)
        if len(old_variants) > 1 or len(new_variants) > 1:
            self._union(old_variants, new_variants, where, path, direction, operation, seen, add)
            return

        old_types, new_types = _types(old) - {"null"}, _types(new) - {"null"}
        self._types(old_types, new_types, direction, add)
        if ("array" in old_types) != ("array" in new_types):
            return  # a value became a list (or the reverse): the type change says it all
        self._enum(old, new, direction, add)
        self._format(old, new, direction, add)
        if direction == REQUEST:
            self._bounds(old, new, add)
            if "default" in old and old.get("default") != new.get("default"):
                add(
                    f"default changed from {old['default']!r} to {new.get('default', 'none')!r}",
                    True,
                    "a caller leaving it out gets another value",
                )

        old_properties, new_properties = _properties(old), _properties(new)
        if old_properties or new_properties:
            self._object(old, new, old_properties, new_properties, where, path, direction, operation, seen)
        if "items" in old and "items" in new:
            self._schema(old["items"], new["items"], where, f"{path}[]", direction, operation, seen)

    def _resolved(self, spec: Spec, schema: JSON) -> JSON:
        schema = spec.resolve(schema)
        if isinstance(schema, dict) and "allOf" in schema:
            return _merge_all_of(spec, schema)
        return schema if isinstance(schema, dict) else {}

    def _nullability(self, old_null: bool, new_null: bool, direction: str, add: Add) -> None:
        if old_null == new_null:
            return
        if direction == RESPONSE:
            if new_null:
                add("may now be null", True, "callers read a value")
            else:
                add("no longer null", False)
        elif new_null:
            add("now accepts null", False)
        else:
            add("no longer accepts null", True, "a caller sends it")

    def _types(self, old: set[str], new: set[str], direction: str, add: Add) -> None:
        if old == new:
            return
        if not old or not new:
            # No declared type is any value: narrowing what is sent, or widening what is read, breaks.
            breaking = not new if direction == RESPONSE else not old
            add(f"type changed from {_type_names(old)} to {_type_names(new)}", breaking)
            return
        if direction == REQUEST:
            breaking = any(not _accepts(new, kind) for kind in old)
        else:
            breaking = any(not _accepts(old, kind) for kind in new)
        add(f"type changed from {_type_names(old)} to {_type_names(new)}", breaking)

    def _enum(self, old: JSON, new: JSON, direction: str, add: Add) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in new:
            # Any value is accepted now; a reader's enum becomes a plain string.
            add("no longer an enum", direction == RESPONSE)
            return
        if "enum" not in old:
            add(f"now restricted to {_values(new['enum'])}", direction == REQUEST)
            return
        before, after = [v for v in old["enum"] if v is not None], [v for v in new["enum"] if v is not None]
        for value in before:
            if value not in after:
                reason = "a caller sends it" if direction == REQUEST else "the client's enum loses the member"
                add(f"enum value {value!r} removed", True, reason)
        for value in after:
            if value not in before:
                add(f"enum value {value!r} added", False)

    def _format(self, old: JSON, new: JSON, direction: str, add: Add) -> None:
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        typed = before in TYPED_FORMATS or after in TYPED_FORMATS
        narrowed = direction == REQUEST and after is not None
        add(f"format changed from {before or 'none'} to {after or 'none'}", typed or narrowed)

    def _bounds(self, old: JSON, new: JSON, add: Add) -> None:
        for key in LOWER_BOUNDS:
            if key in new and (key not in old or _number(new[key]) > _number(old[key])):
                add(f"{key} raised from {old.get(key, 'none')} to {new[key]}", True)
            elif key in old and (key not in new or _number(new[key]) < _number(old[key])):
                add(f"{key} lowered from {old[key]} to {new.get(key, 'none')}", False)
        for key in UPPER_BOUNDS:
            if key in new and (key not in old or _number(new[key]) < _number(old[key])):
                add(f"{key} lowered from {old.get(key, 'none')} to {new[key]}", True)
            elif key in old and (key not in new or _number(new[key]) > _number(old[key])):
                add(f"{key} raised from {old[key]} to {new.get(key, 'none')}", False)
        for key in ("pattern", "multipleOf"):
            if key in new and old.get(key) != new[key]:
                add(f"{key} changed from {old.get(key, 'none')} to {new[key]}", True)
            elif key in old and key not in new:
                add(f"{key} {old[key]} dropped", False)
        if new.get("uniqueItems") and not old.get("uniqueItems"):
            add("items must now be unique", True)

    def _object(
        self,
        old: JSON,
        new: JSON,
        old_properties: dict[str, JSON],
        new_properties: dict[str, JSON],
        where: str,
        path: str,
        direction: str,
        operation: str,
        seen: tuple[tuple[str, str, str], ...],
    ) -> None:
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name in old_properties:
            here = f"{where}: {_join(path, name)}"
            if name not in new_properties:
                reason = "a caller sends it" if direction == REQUEST else "callers read it"
                self._add(here, "property removed", breaking=True, operation=operation, why=reason)
                continue
            if direction == REQUEST and name in new_required and name not in old_required:
                self._add(here, "now required", breaking=True, operation=operation)
            if direction == RESPONSE and name in old_required and name not in new_required:
                self._add(
                    here,
                    "no longer always present",
                    breaking=True,
                    operation=operation,
                    why="callers read it",
                )
            if direction == RESPONSE and name in new_required and name not in old_required:
                self._add(here, "now always present", breaking=False, operation=operation)
            self._schema(
                old_properties[name],
                new_properties[name],
                where,
                _join(path, name),
                direction,
                operation,
                seen,
            )
        for name in new_properties:
            if name not in old_properties:
                required = direction == REQUEST and name in new_required
                self._add(
                    f"{where}: {_join(path, name)}",
                    "property added, required" if required else "property added",
                    breaking=required,
                    operation=operation,
                    why="a caller doesn't send it" if required else "",
                )

    def _union(
        self,
        old: list[JSON],
        new: list[JSON],
        where: str,
        path: str,
        direction: str,
        operation: str,
        seen: tuple[tuple[str, str, str], ...],
        add: Add,
    ) -> None:
        """Variants are matched by component name or title, else by position."""
        before, after = _variant_keys(old), _variant_keys(new)
        for key in before:
            if key not in after:
                add(f"variant {key} removed", direction == REQUEST)
        for key in after:
            if key not in before:
                add(f"variant {key} added", direction == RESPONSE)
        for key in before:
            if key in after:
                self._schema(before[key], after[key], where, path, direction, operation, seen)

    # -- names of the client's own ---------------------------------------------------------

    def _component_schemas(self) -> None:
        before = self.base.document.get("components", {}).get("schemas", {})
        after = self.head.document.get("components", {}).get("schemas", {})
        for name in sorted(before.keys() - after.keys()):
            self._add(
                f"schema {name}",
                "removed",
                breaking=True,
                why="the client's model goes; code importing it fails",
            )
        for name in sorted(after.keys() - before.keys()):
            self._add(f"schema {name}", "added", breaking=False)

    def _credentials(self) -> None:
        before = {scheme.name: scheme for scheme in self.base.security_schemes()}
        after = {scheme.name: scheme for scheme in self.head.security_schemes()}
        for name in sorted(before.keys() & after.keys()):
            if before[name].header.lower() != after[name].header.lower():
                what = f"sent in header {after[name].header}, not {before[name].header}"
                self._add(f"credential {name}", what, breaking=True)


def _refs(node: JSON) -> Iterator[str]:
    """The component schemas a schema node names ($ref), at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref.removeprefix(SCHEMA_PREFIX)
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _unchanged_components(base: Spec, head: Spec) -> frozenset[str]:
    """The component schemas the same in both specs, with every schema they refer to: comparing
    them finds nothing, so the walk skips them (a large spec's walk is otherwise slow)."""
    before = base.document.get("components", {}).get("schemas", {})
    after = head.document.get("components", {}).get("schemas", {})
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    refers = {name: set(_refs(schema)) for name, schema in after.items() if name not in changed}
    grew = True
    while grew:
        grew = False
        for name, targets in refers.items():
            if name not in changed and targets & changed:
                changed.add(name)
                grew = True
    return frozenset(name for name in after if name not in changed)


def _key(operation: Operation) -> str:
    # Path parameters are matched by position: /v0/evals/{id} and /v0/evals/{evalId} are one path.
    path = re.sub(r"\{[^}]*\}", "{}", operation.path)
    return f"{operation.method.upper()} {path}"


def _serialisation(parameter: JSON, location: str) -> str:
    style = parameter.get("style", "form" if location in ("query", "cookie") else "simple")
    explode = parameter.get("explode", style == "form")
    return f"style {style}, explode {str(explode).lower()}"


def _structured(schema: JSON) -> bool:
    return isinstance(schema, dict) and bool(_types(schema) & {"array", "object"})


def _schema_ref(schema: JSON) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[-1]
    return None


def _nullable(schema: JSON) -> bool:
    variants = schema.get("oneOf", schema.get("anyOf", []))
    return (
        bool(schema.get("nullable"))
        or "null" in _types(schema)
        or any(_is_null(variant) for variant in variants if isinstance(variants, list))
    )


def _is_null(schema: JSON) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _without_null_variant(schema: JSON) -> JSON:
    """`oneOf: [X, {type: 'null'}]` (how the spec writes a nullable reference) as X; the schema
    itself when it has no null variant."""
    for keyword in ("oneOf", "anyOf"):
        variants = schema.get(keyword)
        if isinstance(variants, list):
            rest = [variant for variant in variants if not _is_null(variant)]
            if len(rest) < len(variants):
                return rest[0] if len(rest) == 1 else {**schema, keyword: rest}
    return schema


def _variants(schema: JSON, node: JSON) -> list[JSON]:
    """The union's variants; a schema that is no union is its one variant (as written, so a
    reference keeps its component name)."""
    for keyword in ("oneOf", "anyOf"):
        if isinstance(schema.get(keyword), list):
            return list(schema[keyword])
    return [node]


def _variant_keys(variants: list[JSON]) -> dict[str, JSON]:
    keys: dict[str, JSON] = {}
    for index, variant in enumerate(variants):
        name = _schema_ref(variant) or (variant.get("title") if isinstance(variant, dict) else None)
        keys[name or f"#{index + 1}"] = variant
    return keys


def _types(schema: JSON) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    if "properties" in schema:
        return {"object"}
    if "items" in schema:
        return {"array"}
    return set()


def _accepts(types: set[str], kind: str) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _type_names(types: set[str]) -> str:
    return " or ".join(sorted(types)) or "any value"


def _values(values: list[JSON]) -> str:
    return ", ".join(json.dumps(value) for value in values)


def _number(value: JSON) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _properties(schema: JSON) -> dict[str, JSON]:
    properties = schema.get("properties", {})
    return dict(properties) if isinstance(properties, dict) else {}


def _merge_all_of(spec: Spec, schema: JSON) -> JSON:
    merged: dict[str, JSON] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = spec.resolve(part)
        if "allOf" in part:
            part = _merge_all_of(spec, part)
        merged.setdefault("properties", {}).update(part.get("properties", {}))
        merged["required"] = sorted({*merged.get("required", []), *part.get("required", [])})
        for key, value in part.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
    return merged


# -- where the two specs come from ---------------------------------------------------------

# The default base of `make breaking`: the last commit, so a clean checkout reports nothing and
# an edit reports what the edit breaks. The last release is the release gate's base.
LAST_COMMIT = "HEAD"


class BaseError(Exception):
    """The base to compare with can't be read; the message says what to pass instead."""


def last_release() -> Path:
    """The spec as last released: the newest releases/openapi-<version>.yaml."""
    releases = sorted(
        RELEASES.glob("openapi-*.yaml"), key=lambda path: _version_key(path.stem.removeprefix("openapi-"))
    )
    if not releases:
        raise SystemExit(f"breaking: no released spec in {RELEASES.relative_to(ROOT)}/ to compare with")
    return releases[-1]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def _commit(ref: str) -> str | None:
    """The commit `ref` names in this repository, or None (not a ref, or not a git checkout)."""
    found = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return found.stdout.strip() if found.returncode == 0 and found.stdout.strip() else None


def describe_base(base: str) -> str:
    """How the report names the base: a file by its path, a git ref with its commit."""
    if Path(base).is_file():
        return base
    commit = _commit(base)
    short = commit[:7] if commit else "?"
    return f"{base} ({short}, the last commit)" if base == LAST_COMMIT else f"{base} ({short})"


def load_base(base: str, head: Path = SPEC) -> Spec:
    """The spec at `base`: a file, or in a git ref the spec at `head`'s place (its whole tree is
    read, for a split spec); BaseError when it is neither."""
    candidate = Path(base)
    if candidate.is_file():
        return Spec(spec_source.load(candidate))
    if _commit(base) is None:
        if base == LAST_COMMIT:
            raise BaseError(
                "there is no last commit to compare with (not a git checkout, or nothing committed yet): "
                "name a base, make breaking BASE=<git ref or file>"
            )
        raise BaseError(f"{base!r} is neither a file nor a git ref in this repository")
    # The spec at the same place in that commit; a head from outside the checkout is compared
    # with the commit's openapi.yaml.
    place = head.resolve() if head.resolve().is_relative_to(ROOT) else SPEC
    archive = subprocess.run(
        ["git", "archive", "--format=tar", base], cwd=ROOT, capture_output=True, check=True
    )
    with tempfile.TemporaryDirectory(prefix="avido-breaking-") as folder:
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
        spec = Path(folder) / place.relative_to(ROOT)
        if not spec.is_file():
            raise BaseError(
                f"{base} has no {place.relative_to(ROOT)}: name another base, BASE=<git ref or file>"
            )
        return Spec(spec_source.load(spec))


def compare(base: Spec, head: Spec) -> list[Change]:
    return Comparison(base, head).changes()


def changelog(version: str, changes: list[Change]) -> Iterator[str]:
    """A CHANGELOG.md section drafted from the changes, breaking first: each breaking line is what the
    release gate looks for (its identifier, before the reason); add sentences for callers around them."""
    yield f"## {version}"
    for title, breaking in [("Breaking", True), ("Added or relaxed", False)]:
        chosen = [change for change in changes if change.breaking == breaking]
        if chosen:
            yield ""
            yield f"{title}:"
            yield from (f"- {change.line()}" for change in chosen)


def _shown(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make breaking", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--base",
        help="a git ref or a file (default: the last commit, HEAD; with --changelog, the last release)",
    )
    parser.add_argument("--head", type=Path, default=SPEC, help="the changed spec (default: openapi.yaml)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--all", action="store_true", help="list the additive changes too")
    shown.add_argument("--changelog", action="store_true", help="print a CHANGELOG.md section draft")
    arguments = parser.parse_args(argv)

    if arguments.base:
        base_name = arguments.base
    elif arguments.changelog:
        base_name = _shown(last_release())
    else:
        base_name = LAST_COMMIT
    try:
        base, head = load_base(base_name, arguments.head), Spec(spec_source.load(arguments.head))
    except (BaseError, spec_source.SpecSourceError) as error:
        print(f"breaking: {error}", file=sys.stderr)
        return 2
    changes = compare(base, head)
    breaking = [change for change in changes if change.breaking]
    additive = len(changes) - len(breaking)
    if arguments.changelog:
        print(
            f"changelog: the changes from {describe_base(base_name)} to {_shown(arguments.head)}; "
            "the release gate wants each Breaking line in the version's section",
            file=sys.stderr,
        )
        print("\n".join(changelog(head.document["info"]["version"], changes)))
        return 0
    print(f"{_shown(arguments.head)} compared with {describe_base(base_name)}:")
    for change in breaking:
        print(f"  BREAKING  {change.line()}")
    if arguments.all:
        for change in changes:
            if not change.breaking:
                print(f"  added     {change.line()}")
    if breaking:
        print(
            f"{len(breaking)} breaking change{'s' if len(breaking) != 1 else ''} ({additive} additive). "
            "Name each in the version's CHANGELOG.md section as printed (make changelog drafts it); "
            "make release-check says whether info.version must go up."
        )
        return 1
    listed = "" if arguments.all or not additive else "; make breaking ALL=1 lists them"
    print(f"no breaking changes ({additive} additive{listed}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
