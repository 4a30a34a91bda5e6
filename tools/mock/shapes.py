"""Values made to fit the spec's schemas, for the sandbox: a stored record shown as the schema an
answer names, a request's defaults filled in, the records inside an example found.

The record a client created holds what it sent; the answer that shows it may name another
schema (the listing's item, the envelope's model) with other required fields. `conform` keeps
what the schema declares, builds what it requires and the record lacks (`Spec.example_value`:
the schema's example, default or a value of its type) and leaves alone what already fits.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from tools.spec import JSON, NoExample, Spec, schema_name

_ABSENT: Any = object()


class Shapes:
    """Validators and value makers for one spec's schemas (validators built once per node)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._validators: dict[int | str, Draft202012Validator] = {}

    def validator(self, node: JSON) -> Draft202012Validator:
        """A validator of `node` (a schema node of the spec, or a component's name), formats checked."""
        key = node if isinstance(node, str) else id(node)
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(
                self.spec.json_schema(node), format_checker=Draft202012Validator.FORMAT_CHECKER
            )
        return self._validators[key]

    def problems(self, value: JSON, node: JSON) -> list[str]:
        """What keeps `value` from fitting `node`, one line each with where (empty when it fits)."""
        return [
            f"{'/'.join(str(p) for p in error.absolute_path) or '(the body)'}: {error.message}"
            for error in self.validator(node).iter_errors(value)
        ]

    def fits(self, value: JSON, node: JSON) -> bool:
        return bool(self.validator(node).is_valid(value))

    def model(self, name: str) -> dict[str, JSON]:
        """The component schema `name`, resolved."""
        schema: dict[str, JSON] = self.spec.resolve({"$ref": f"#/components/schemas/{name}"})
        return schema

    def conform(self, value: JSON, node: JSON, where: str, *, whole: bool = True) -> JSON:
        """`value` shown as `node` says: an object keeps the properties the schema declares
        (`whole`: always; inside it, only where the value doesn't fit as it is), gains the required
        ones it lacks, built from the schema; a value that can't be made to fit is replaced by one
        built from the schema. Raises NoExample when the schema gives nothing to build from."""
        if not whole and self.fits(value, node):
            return value
        schema = self.spec.resolve(node)
        if not isinstance(schema, dict):
            return value
        for union in ("oneOf", "anyOf"):
            if union in schema:
                for branch in schema[union]:
                    candidate = self.conform(value, branch, where, whole=whole)
                    if self.fits(candidate, branch):
                        return candidate
                return self.build(schema, where)
        properties = schema.get("properties")
        if isinstance(value, dict) and isinstance(properties, dict):
            shown = {
                key: self.conform(item, properties[key], f"{where}.{key}", whole=False)
                for key, item in value.items()
                if key in properties
            }
            for key in schema.get("required", []):
                if key not in shown:
                    shown[key] = self.missing(properties.get(key, {}), f"{where}.{key}")
            return shown
        if isinstance(value, list) and "items" in schema:
            return [self.conform(item, schema["items"], f"{where}[]", whole=False) for item in value]
        return value if self.fits(value, schema) else self.build(schema, where)

    def missing(self, node: JSON, where: str) -> JSON:
        """A required field a record lacks: an empty list where the schema takes one (a new task
        has no eval definitions yet), else one built from the schema."""
        schema = self.spec.resolve(node)
        kinds = schema.get("type") if isinstance(schema, dict) else None
        if (kinds == "array" or (isinstance(kinds, list) and "array" in kinds)) and self.fits([], node):
            return []
        return self.build(node, where)

    def build(self, node: JSON, where: str) -> JSON:
        """A value of the schema (`Spec.example_value`); null for a schema that allows anything
        and gives no example (`metadata: {}`). Raises NoExample otherwise."""
        try:
            return self.spec.example_value(node, where)
        except NoExample:
            if self.fits(None, node):
                return None
            raise

    def with_defaults(self, value: JSON, node: JSON) -> JSON:
        """`value` with the schema's defaults for the properties it lacks, at every depth (what a
        server does with a request it accepts)."""
        schema = self.spec.resolve(node)
        if not isinstance(schema, dict):
            return value
        if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
            filled = dict(value)
            for key, child in schema["properties"].items():
                if key in filled:
                    filled[key] = self.with_defaults(filled[key], child)
                else:
                    default = self.default(child)
                    if default is not _ABSENT:
                        filled[key] = copy.deepcopy(default)
            return filled
        if isinstance(value, list) and "items" in schema:
            return [self.with_defaults(item, schema["items"]) for item in value]
        return value

    def default(self, node: JSON) -> JSON:
        """A property's default: beside its $ref, or in the schema it names; _ABSENT without one."""
        if isinstance(node, dict) and "default" in node:
            return node["default"]
        resolved = self.spec.resolve(node)
        return resolved.get("default", _ABSENT) if isinstance(resolved, dict) else _ABSENT

    def records_in(self, node: JSON, value: JSON, models: set[str]) -> Iterator[tuple[str, dict[str, JSON]]]:
        """Every object inside `value` (read as `node`) that is one of `models` and fits it, with
        its model: the records an example shows, nested ones included."""
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            name = schema_name(node)
            if name in models and isinstance(value, dict) and self.fits(value, name):
                yield name, value
        schema = self.spec.resolve(node)
        if not isinstance(schema, dict):
            return
        for union in ("oneOf", "anyOf", "allOf"):
            for branch in schema.get(union, []):
                yield from self.records_in(branch, value, models)
        if isinstance(value, dict):
            for key, child in schema.get("properties", {}).items():
                if key in value:
                    yield from self.records_in(child, value[key], models)
        elif isinstance(value, list):
            for item in value:
                yield from self.records_in(schema.get("items"), item, models)
