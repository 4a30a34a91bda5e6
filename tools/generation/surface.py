"""The public call surface, as the templates render it: the resources (nested where a tag has a
dot), one record per operation, and each method's parameters with their Python types.

Every fact comes from tools/spec.py, the one reader of the spec; the one thing taken from the
generator is how it names the model classes and their modules (`Classes`), so that the
resources import exactly what it writes. Problems a maintainer can fix in the spec raise
SurfaceError naming the operation and what to change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tools.spec import JSON, Operation, Spec, python_name, schema_name

# Names a method's own keywords take; a spec parameter of the same name gets a `_` added.
OPTION_NAMES = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})
# What the `_all` walkers add to the operation's filters (skip and limit are the walk's own).
WALK_NAMES = frozenset({"concurrency", "strict"})


class SurfaceError(ValueError):
    """The spec asks for something the call surface can't express; the message says what to change."""


@dataclass(frozen=True)
class ClassInfo:
    name: str
    module: str
    enum: bool


# Component schema name -> the class the generator writes for it (None: it writes none).
Classes = Callable[[str], ClassInfo | None]


@dataclass
class Argument:
    """One keyword (or positional) argument of a method."""

    python_name: str
    annotation: str
    default: str | None  # None: required
    description: str
    positional: bool = False


@dataclass
class Method:
    """One operation as its resource's methods render it."""

    operation: Operation
    name: str  # the method, such as "list"
    const: str  # the module-level record, such as "_LIST_RUNS"
    summary: str
    description: str
    returns: str  # the success model's class, or "None"
    arguments: list[Argument]
    record: dict[str, Any]  # what the Operation(...) record holds, rendered by the template
    page_item: str | None
    max_limit: int | None
    has_body: bool
    imports: set[tuple[str, str]]  # (module, name)

    @property
    def walk_arguments(self) -> list[Argument]:
        """The arguments of the `_all` walkers: the filters, without skip and limit."""
        return [argument for argument in self.arguments if argument.python_name not in ("skip", "limit")]


@dataclass
class Resource:
    """`client.<path>`: a class with a method per operation of its tag, and its sub-resources."""

    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)

    @property
    def attribute(self) -> str:
        return python_name(self.path[-1])

    @property
    def class_name(self) -> str:
        return "".join(_pascal(python_name(segment)) for segment in self.path) + "Resource"

    @property
    def module(self) -> str:
        return "_".join(python_name(segment) for segment in self.path)

    @property
    def dotted(self) -> str:
        return ".".join(python_name(segment) for segment in self.path)

    @property
    def imports(self) -> list[str]:
        found = {pair for method in self.methods for pair in method.imports}
        by_module: dict[str, set[str]] = {}
        for module, name in found:
            by_module.setdefault(module, set()).add(name)
        return [
            f"from ..models.{module} import {', '.join(sorted(names))}"
            for module, names in sorted(by_module.items())
        ]

    def walk(self) -> list[Resource]:
        """This resource and every one below it."""
        return [self, *(resource for child in self.children for resource in child.walk())]


def _pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def _constant(operation_id: str) -> str:
    return "_" + python_name(operation_id).rstrip("_").upper()


class _Types:
    """Python annotations for schemas, naming the generator's classes, collecting their imports."""

    def __init__(self, spec: Spec, classes: Classes, where: str) -> None:
        self.spec = spec
        self.classes = classes
        self.where = where
        self.imports: set[tuple[str, str]] = set()

    def component(self, name: str) -> ClassInfo:
        info = self.classes(name)
        if info is None:
            raise SurfaceError(
                f"{self.where}: the schema {name} has no class (the generator wrote none for it)"
            )
        self.imports.add((info.module, info.name))
        if info.enum:
            self.imports.add((info.module, f"{info.name}Literal"))
        return info

    def annotation(self, schema: JSON, *, accepts_mapping: bool = True) -> str:
        """What a caller may pass for a value of `schema`: a model or a mapping of its JSON keys,
        an enum's member or its plain string, a datetime for a date-time..."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        if "$ref" in schema:
            info = self.classes(schema_name(schema))
            if info is None:  # a schema the generator inlines (a union, a plain string)
                return self.annotation(self.spec.resolve(schema), accepts_mapping=accepts_mapping)
            self.component(schema_name(schema))
            if info.enum:
                return f"{info.name} | {info.name}Literal"
            return f"{info.name} | Mapping[str, Any]" if accepts_mapping else info.name
        for key in ("oneOf", "anyOf"):
            if key in schema:
                members: list[str] = []
                for branch in schema[key]:
                    for member in self.annotation(branch).split(" | "):
                        if member not in members:
                            members.append(member)
                return " | ".join(members)
        kinds = schema.get("type")
        kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
        nullable = "null" in kinds
        kinds = [kind for kind in kinds if kind != "null"]
        if schema.get("const") is not None or (schema.get("enum") and kinds == ["string"]):
            values = schema.get("enum") or [schema["const"]]
            text = "Literal[" + ", ".join(_literal(value) for value in values) + "]"
        elif len(kinds) != 1:
            text = "Any"
        else:
            text = self._one(kinds[0], schema)
        return f"{text} | None" if nullable else text

    def _one(self, kind: str, schema: JSON) -> str:
        if kind == "string":
            return {"date-time": "datetime.datetime", "date": "datetime.date"}.get(
                schema.get("format", ""), "str"
            )
        if kind == "array":
            return f"Sequence[{self.annotation(schema.get('items', {}))}]"
        if kind == "object":
            return "Mapping[str, Any]"
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(kind, "Any")


def _literal(value: Any) -> str:
    return repr(value)


def _description(node: JSON) -> str:
    text = node.get("description", "") if isinstance(node, dict) else ""
    return " ".join(str(text).split())


def _parameter_record(parameter: JSON, types: _Types, name: str) -> dict[str, Any]:
    """What the runtime's Parameter holds for one parameter (see runtime/_operation.py)."""
    written = parameter.get("schema", {})
    schema = types.spec.resolve(written)
    array = schema.get("type") == "array"
    value = types.spec.resolve(schema.get("items", {})) if array else schema
    reference = (schema.get("items", {}) if array else written).get("$ref")
    enum = None
    info = types.classes(schema_name({"$ref": reference})) if reference else None
    if info is not None and info.enum:
        enum = types.component(schema_name({"$ref": reference})).name
    elif value.get("enum") is not None:
        raise SurfaceError(
            f"{types.where}: parameter {parameter['name']} has an inline enum; make it a component "
            "schema ($ref) so every client names it the same"
        )
    kind = value.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind in ("object", "array"):
        raise SurfaceError(
            f"{types.where}: parameter {parameter['name']} takes {kind} values; only strings, numbers, "
            "booleans and arrays of them go in a path, query or header"
        )
    style = parameter.get("style", "form" if parameter["in"] == "query" else "simple")
    record: dict[str, Any] = {
        "python_name": name,
        "name": parameter["name"],
        "location": parameter["in"],
        "required": bool(parameter.get("required", False)),
        "json_type": kind,
        "enum": enum,
        "array": array,
        "explode": bool(parameter.get("explode", style == "form")),
        "date_time": value.get("format") == "date-time",
        "min_length": value.get("minLength"),
        "max_length": value.get("maxLength"),
        "minimum": value.get("minimum"),
        "maximum": value.get("maximum"),
        "min_items": schema.get("minItems") if array else None,
        "max_items": schema.get("maxItems") if array else None,
        "pattern": value.get("pattern"),
    }
    if parameter["in"] not in ("path", "query", "header"):
        raise SurfaceError(
            f"{types.where}: parameter {parameter['name']} is in {parameter['in']}; not supported"
        )
    return record


def method_of(operation: Operation, spec: Spec, classes: Classes) -> Method:
    """One operation's method: its arguments, typed, and its record."""
    where = operation.operation_id
    types = _Types(spec, classes, where)
    arguments: list[Argument] = []
    parameters: list[dict[str, Any]] = []
    taken = set(OPTION_NAMES | (WALK_NAMES if operation.pagination else frozenset()))
    ordered = sorted(operation.parameters, key=lambda p: (p["in"] != "path", not p.get("required", False)))
    # As in Stainless SDKs: the path's last parameter is positional (`retrieve(version_number,
    # id=...)`), any other keyword-only, so code ported from the SDK reads the same.
    in_path = re.findall(r"\{([^}]+)\}", operation.path)
    last = in_path[-1] if in_path else None
    for parameter in ordered:
        schema = spec.resolve(parameter.get("schema", {}))
        name = python_name(parameter["name"], frozenset(taken))
        if name in taken:
            raise SurfaceError(f"{where}: two parameters are both named {name!r} in Python; rename one")
        taken.add(name)
        parameters.append(_parameter_record(parameter, types, name))
        annotation = types.annotation(parameter.get("schema", {}))
        if schema.get("type") == "array":
            annotation = f"{annotation} | {types.annotation(schema.get('items', {}))}"  # one value welcome
        required = bool(parameter.get("required", False))
        arguments.append(
            Argument(
                name,
                annotation if required else f"{annotation} | None",
                None if required else "None",
                _description(parameter) or _description(schema),
                positional=parameter["in"] == "path" and parameter["name"] == last,
            )
        )
    body_record: dict[str, Any] | None = None
    request_body = operation.request_body
    if request_body is not None:
        model = types.component(request_body.model)
        flattened = operation.body_fields
        if flattened is None:
            arguments.append(
                Argument(
                    "body",
                    f"{model.name} | Mapping[str, Any]" + ("" if request_body.required else " | NotGiven"),
                    None if request_body.required else "NOT_GIVEN",
                    f"The {model.name} to send, or a mapping of its JSON keys.",
                )
            )
            body_record = {"model": model.name, "fields": None, "required": request_body.required}
        else:
            properties, required_keys = flattened
            fields: list[tuple[str, str]] = []
            body_arguments: list[Argument] = []
            for key, node in properties.items():
                name = python_name(key, frozenset(taken))
                if name in taken:
                    raise SurfaceError(
                        f"{where}: the body property {key} and a parameter are both {name!r} in Python; "
                        "rename one in the spec"
                    )
                taken.add(name)
                fields.append((name, key))
                required = key in required_keys
                annotation = types.annotation(node)
                body_arguments.append(
                    Argument(
                        name,
                        annotation if required else f"{annotation} | NotGiven",
                        None if required else "NOT_GIVEN",
                        _description(node) or _description(spec.resolve(node)),
                    )
                )
            body_arguments.sort(key=lambda argument: argument.default is not None)
            positional = [a for a in arguments if a.positional]
            rest = [a for a in arguments if not a.positional]
            arguments = [*positional, *body_arguments, *rest]
            body_record = {"model": model.name, "fields": fields, "required": request_body.required}
    success = operation.success
    if not success.empty and success.model is None:
        raise SurfaceError(
            f"{where}: the {success.status} response's schema is inline; make it a component schema "
            "($ref, or a oneOf of one and its envelope) so the client has a model to decode it into"
        )
    returns = types.component(success.model).name if success.model else "None"
    statuses = success.status
    success_statuses = (
        (int(statuses), int(statuses))
        if statuses.isdigit()
        else (int(statuses[0]) * 100, int(statuses[0]) * 100 + 99)
    )
    responses = []
    for status, response in operation.raw["responses"].items():
        if status == success.status:
            continue
        text = str(status)
        low, high = (
            (int(text), int(text)) if text.isdigit() else (int(text[0]) * 100, int(text[0]) * 100 + 99)
        )
        schema = spec.resolve(response).get("content", {}).get("application/json", {}).get("schema", {})
        info = types.classes(schema_name(schema)) if isinstance(schema, dict) and "$ref" in schema else None
        error_model = (
            types.component(schema_name(schema)).name if info is not None and not info.enum else None
        )
        responses.append((low, high, error_model))
    page = operation.pagination
    page_item = types.component(page.item).name if page else None
    record = {
        "operation_id": operation.operation_id,
        "method": operation.method.upper(),
        "path": operation.path,
        "security": operation.security_headers,
        "parameters": parameters,
        "success": returns if success.model else None,
        "success_statuses": success_statuses,
        "envelope": success.envelope,
        "responses": responses,
        "page": {"item": page_item, "max_limit": page.max_limit} if page else None,
        "body": body_record,
        "idempotent": operation.idempotent,
    }
    return Method(
        operation=operation,
        name=operation.resource_method,
        const=_constant(operation.operation_id),
        summary=" ".join(str(operation.raw.get("summary", "")).split()),
        description=_description(operation.raw),
        returns=returns,
        arguments=arguments,
        record=record,
        page_item=page_item,
        max_limit=page.max_limit if page else None,
        has_body=body_record is not None,
        imports=types.imports,
    )


def resources(spec: Spec, classes: Classes) -> list[Resource]:
    """The top-level resources, each with its methods and sub-resources, in the spec's order."""
    by_path: dict[tuple[str, ...], Resource] = {}
    top: list[Resource] = []

    def resource(path: tuple[str, ...]) -> Resource:
        if path not in by_path:
            made = by_path[path] = Resource(path)
            if len(path) == 1:
                top.append(made)
            else:
                resource(path[:-1]).children.append(made)
        return by_path[path]

    names: dict[tuple[tuple[str, ...], str], str] = {}
    for operation in spec.operations():
        method = method_of(operation, spec, classes)
        owner = resource(operation.resource_path)
        key = (owner.path, method.name)
        if key in names:
            raise SurfaceError(
                f"{operation.operation_id} and {names[key]} are both client.{owner.dotted}.{method.name}; "
                "rename one operationId"
            )
        names[key] = operation.operation_id
        owner.methods.append(method)
    for made in by_path.values():
        clashes = {child.attribute for child in made.children} & {m.name for m in made.methods}
        if clashes:
            raise SurfaceError(
                f"client.{made.dotted}: {', '.join(sorted(clashes))} is both a method and a resource"
            )
    return top
