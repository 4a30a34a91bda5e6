"""The spec as data: the one place that reads what openapi.yaml says.

Generation (tools/generation/generate.py hands these facts to the templates), the tests (their cases
come from here), the mock API and the SDK checks all read the spec through this module,
so a fact such as "this operation's body may come wrapped in an `eval` key" is derived
once. Everything works on a document passed in; `Spec.load()` reads the repository's.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from tools import spec_source
from tools.paths import FIXTURES, SPEC

JSON = Any
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Methods whose calls are safe to repeat once sent, whatever the operation. PUT is not among
# them: HTTP calls it idempotent, but Avido's PUTs update a record in part (only the fields
# given) or switch which version is active, and no source says a repeat is harmless; a PUT
# that is says so in the spec (x-idempotent), as a POST does (docs/spec-decisions.md).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class Example:
    """One named example of one response of one operation; its fixture is the same payload."""

    operation: Operation
    status: str
    name: str
    value: JSON

    @property
    def id(self) -> str:
        return f"{self.operation.operation_id}-{self.status}-{self.name}"

    @property
    def fixture_path(self) -> Path:
        return FIXTURES / snake_case(self.operation.operation_id) / f"{self.status}-{self.name}.json"


@dataclass(frozen=True)
class SuccessBody:
    """The schema a success body decodes into, and the key wrapping it where the spec also
    accepts it wrapped (`oneOf: [Model, {required: [key], properties: {key: Model}}]`)."""

    status: str
    schema: JSON  # the response's schema as written (None: the response has no body)
    model: str | None  # the component schema name of the model returned, if it is one
    envelope: str | None

    @property
    def empty(self) -> bool:
        """Whether the success response has no body at all (a 204, say)."""
        return self.schema is None


@dataclass(frozen=True)
class Pagination:
    """How an operation pages: `skip`/`limit` query parameters, the items in `data`."""

    item: str  # the component schema name of an item
    max_limit: int  # the largest `limit` the spec allows (its default if it sets no maximum)


@dataclass(frozen=True)
class ErrorStatus:
    """A documented error response of an operation: its status (`404`, `5XX`), what it means, the
    component schema of its JSON body, and the headers it carries (name, description)."""

    status: str
    description: str
    schema: str | None
    headers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RequestBody:
    """The JSON body an operation takes."""

    model: str  # the component schema name
    required: bool


@dataclass(frozen=True)
class SecurityScheme:
    """An apiKey scheme sent in a header: a credential of the client."""

    name: str  # the scheme's name in components.securitySchemes, such as "ApiKey"
    header: str
    description: str
    everywhere: bool  # every operation requires it


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of the spec."""

    spec: Spec = field(repr=False)
    operation_id: str
    method: str
    path: str
    tag: str

    @property
    def raw(self) -> dict[str, JSON]:
        operation: dict[str, JSON] = self.spec.document["paths"][self.path][self.method]
        return operation

    @property
    def parameters(self) -> list[dict[str, JSON]]:
        return [self.spec.resolve(p) for p in self.raw.get("parameters", [])]

    def parameter_schema(self, name: str) -> dict[str, JSON]:
        schema: dict[str, JSON] = self.spec.resolve(
            next(p for p in self.parameters if p["name"] == name)["schema"]
        )
        return schema

    @property
    def security_schemes(self) -> list[str]:
        """Scheme names the operation's security requirement names (its first alternative)."""
        # An operation's own `security` (even an empty one: no auth) wins over the document's.
        raw = self.raw
        requirements: JSON = raw["security"] if "security" in raw else self.spec.document.get("security", [])
        return [str(name) for requirement in requirements[:1] for name in requirement]

    @property
    def security_headers(self) -> list[str]:
        """Header names the operation's security requirement asks for."""
        schemes = self.spec.document.get("components", {}).get("securitySchemes", {})
        return [schemes[name]["name"] for name in self.security_schemes]

    @property
    def comma_separated(self) -> list[str]:
        """Query parameters sent as one comma-separated value (style form, explode false)."""
        return [
            p["name"]
            for p in self.parameters
            if p["in"] == "query" and p.get("style", "form") == "form" and p.get("explode") is False
        ]

    @cached_property
    def success(self) -> SuccessBody:
        """The first 2xx JSON response: what its body decodes into."""
        status = min(code for code in self.raw["responses"] if str(code).startswith("2"))
        content = self.spec.resolve(self.raw["responses"][status]).get("content")
        if not content:
            return SuccessBody(status, None, None, None)
        schema = content.get("application/json", {}).get("schema")
        if not isinstance(schema, dict):
            return SuccessBody(status, schema, None, None)
        if "$ref" in schema:
            return SuccessBody(status, schema, schema_name(schema), None)
        branches = [b for b in schema.get("oneOf", []) if "$ref" in b]
        if len(branches) == 2 == len(schema["oneOf"]):
            for inner, outer in (branches, branches[::-1]):
                wrapper = self.spec.resolve(outer)
                required = wrapper.get("required", [])
                key = required[0] if len(required) == 1 else None
                if (
                    key is not None
                    and wrapper.get("properties", {}).get(key, {}).get("$ref") == inner["$ref"]
                ):
                    if key in self.spec.resolve(inner).get("properties", {}):
                        raise ValueError(f"{self.operation_id}: the envelope key {key!r} is also a property")
                    return SuccessBody(status, schema, schema_name(inner), key)
        return SuccessBody(status, schema, None, None)

    @property
    def idempotent(self) -> bool:
        """Whether repeating the call is safe, so a failed attempt may be retried once it was sent:
        GET, HEAD, DELETE and OPTIONS are; a POST, PUT or PATCH only when the spec marks it
        (`x-idempotent: true`) or it takes an idempotency key header."""
        if self.method.upper() in IDEMPOTENT_METHODS or self.raw.get("x-idempotent") is True:
            return True
        return any(p["in"] == "header" and p["name"].lower() == "idempotency-key" for p in self.parameters)

    @property
    def request_body(self) -> RequestBody | None:
        """The JSON body the operation takes: a component model, required or not."""
        body = self.spec.resolve(self.raw.get("requestBody"))
        if not body:
            return None
        media = body.get("content", {})
        if list(media) != ["application/json"] or "$ref" not in media["application/json"].get("schema", {}):
            raise ValueError(
                f"{self.operation_id}: a request body must be one application/json component model"
            )
        return RequestBody(
            schema_name(media["application/json"]["schema"]), bool(body.get("required", False))
        )

    @property
    def body_fields(self) -> tuple[dict[str, JSON], list[str]] | None:
        """The request body's top-level properties and the required ones, when it is an object
        with properties (a client takes each as a keyword argument); None when there is no body
        or it is some other shape (taken whole, as `body`)."""
        request_body = self.request_body
        if request_body is None:
            return None
        schema = self.spec.resolve({"$ref": f"#/components/schemas/{request_body.model}"})
        if schema.get("type") not in ("object", None) or "properties" not in schema:
            return None
        if any(key in schema for key in ("oneOf", "anyOf", "allOf")):
            return None
        return schema["properties"], list(schema.get("required", []))

    def request_examples(self) -> list[Example]:
        """The named examples of the request body (the body sent by the tests)."""
        body = self.spec.resolve(self.raw.get("requestBody", {}))
        examples = body.get("content", {}).get("application/json", {}).get("examples", {})
        return [Example(self, "request", name, example["value"]) for name, example in examples.items()]

    def example_call(self) -> tuple[dict[str, JSON], JSON]:
        """A valid call's path parameter values (by name) and request body (None without one):
        each parameter's example, else one built from its schema; the body's first named
        example, else its `example`, else one built from its schema (`example_value`).
        Raises NoExample naming the operation and what to add to the spec."""
        values: dict[str, JSON] = {}
        for parameter in self.parameters:
            if parameter["in"] != "path":
                continue
            where = f"{self.operation_id}: path parameter {parameter['name']}"
            if "example" in parameter:
                values[parameter["name"]] = parameter["example"]
            elif parameter.get("examples"):
                values[parameter["name"]] = next(iter(parameter["examples"].values()))["value"]
            else:
                values[parameter["name"]] = self.spec.example_value(parameter.get("schema", {}), where)
        body: JSON = None
        raw = self.spec.resolve(self.raw.get("requestBody"))
        if raw:
            media = raw.get("content", {}).get("application/json", {})
            named = self.request_examples()
            if named:
                body = named[0].value
            elif "example" in media:
                body = media["example"]
            else:
                body = self.spec.example_value(media.get("schema", {}), f"{self.operation_id}: request body")
        return values, body

    @property
    def resource_path(self) -> tuple[str, ...]:
        """Where the operation is on the client: its tag, a dot for each level of nesting
        (`runs` is `client.runs`, `tasks.tags` is `client.tasks.tags`)."""
        return tuple(self.tag.split("."))

    @property
    def resource_method(self) -> str:
        """The operation's method on its resource: the operationId less the resource's noun, in
        snake case. The noun is the resource path's words, each plural or singular, found as
        whole words anywhere in the operationId: listRuns on `runs` is `list`, getEval on
        `evals` is `get`, updateTaskTags on `tasks.tags` is `update`, retrieveTraceByTest on
        `traces` is `retrieve_by_test`, validateWebhook on `validateWebhook` is `validate` (the
        resource's last word standing for it). Without the noun, the whole operationId."""
        words = split_words(self.operation_id)
        lowered = [word.lower() for word in words]
        for noun in _nouns(self.resource_path):
            for start in range(1, len(words) - len(noun) + 1):
                if lowered[start : start + len(noun)] == noun:
                    rest = words[:start] + words[start + len(noun) :]
                    return "_".join(word.lower() for word in rest)
        return snake_case(self.operation_id)

    @cached_property
    def pagination(self) -> Pagination | None:
        """Offset pagination, where the operation has integer `skip` and `limit` query parameters
        and its success body is an object with a `data` array and a `pagination` block."""
        query = {p["name"]: self.spec.resolve(p["schema"]) for p in self.parameters if p["in"] == "query"}
        if any(query.get(name, {}).get("type") != "integer" for name in ("skip", "limit")):
            return None
        if self.success.model is None or self.success.envelope is not None:
            return None
        properties = self.spec.resolve({"$ref": f"#/components/schemas/{self.success.model}"}).get(
            "properties", {}
        )
        data = self.spec.resolve(properties.get("data", {}))
        if (
            data.get("type") != "array"
            or "$ref" not in data.get("items", {})
            or "pagination" not in properties
        ):
            return None
        limit = query["limit"]
        return Pagination(schema_name(data["items"]), int(limit.get("maximum", limit.get("default", 100))))

    @property
    def errors(self) -> list[ErrorStatus]:
        """The documented error responses (4xx, 5xx, `default`), in the spec's order."""
        found = []
        for status, raw in self.raw["responses"].items():
            if str(status)[:1] in ("1", "2", "3"):
                continue
            response = self.spec.resolve(raw)
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            headers = tuple(
                (name, str(self.spec.resolve(header).get("description", "")))
                for name, header in response.get("headers", {}).items()
            )
            name = schema_name(schema) if "$ref" in schema else None
            found.append(ErrorStatus(str(status), str(response.get("description", "")), name, headers))
        return found

    def examples(self) -> list[Example]:
        found = []
        for status, response in self.raw["responses"].items():
            media = self.spec.resolve(response).get("content", {}).get("application/json", {})
            for name, example in media.get("examples", {}).items():
                found.append(Example(self, status, name, example["value"]))
        return found


class NoExample(ValueError):
    """No value can be made for a schema from what the spec says; the message names where and
    what to add (an `example`)."""


# Values for the string formats a made-up string would not pass.
_FORMAT_EXAMPLES = {
    "date-time": "2024-01-05T12:34:56Z",
    "date": "2024-01-05",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "email": "someone@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
}


class Spec:
    """An OpenAPI document (already bundled: local $refs only)."""

    def __init__(self, document: dict[str, JSON]) -> None:
        self.document = document

    @staticmethod
    @cache
    def load(path: Path = SPEC) -> Spec:
        """The spec at `path`, parsed once (bundled first if it is split into files)."""
        return Spec(spec_source.load(path))

    @property
    def servers(self) -> list[str]:
        return [server["url"] for server in self.document.get("servers", [])]

    def security_schemes(self) -> list[SecurityScheme]:
        """The credentials: every security scheme, each an apiKey sent in a header (this client
        knows no other kind, so another fails here, at generation, not at run time)."""
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        required = [set(operation.security_schemes) for operation in self.operations()]
        found = []
        for name, scheme in schemes.items():
            if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
                raise ValueError(f"security scheme {name}: only apiKey schemes in a header are supported")
            everywhere = bool(required) and all(name in names for names in required)
            found.append(SecurityScheme(name, scheme["name"], scheme.get("description", ""), everywhere))
        return found

    def operations(self) -> list[Operation]:
        """Every operation in the spec, in document order."""
        return [
            Operation(self, op["operationId"], method, path, op["tags"][0])
            for path, item in self.document["paths"].items()
            for method, op in item.items()
            if method in METHODS
        ]

    def resolve(self, node: JSON) -> JSON:
        """Follow local $refs to the node they name."""
        while isinstance(node, dict) and "$ref" in node:
            target: JSON = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def example_value(self, schema: JSON, where: str) -> JSON:
        """A value valid against `schema`: its `example` (or `examples[0]`, `default`, `const`,
        first `enum` value), else one built from its type and bounds (an object from its
        properties' values, required ones at least). Raises NoExample naming `where` and what
        to add when nothing valid can be made (a string with a `pattern` and no example)."""
        if not isinstance(schema, dict):
            raise NoExample(f"{where}: not a schema")
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        for key in ("default", "const"):
            if key in schema:
                return schema[key]
        if schema.get("enum"):
            return schema["enum"][0]
        if "$ref" in schema:
            return self.example_value(self.resolve(schema), where)
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                problems = []
                for branch in schema[key]:
                    try:
                        return self.example_value(branch, where)
                    except NoExample as problem:
                        problems.append(str(problem))
                raise NoExample(problems[0])
        if schema.get("allOf"):
            merged: dict[str, JSON] = {}
            for branch in schema["allOf"]:
                part = self.example_value(branch, where)
                if not isinstance(part, dict):
                    return part
                merged.update(part)
            return merged
        kinds = schema.get("type", "object" if "properties" in schema else None)
        kinds = [kinds] if isinstance(kinds, str) or kinds is None else list(kinds)
        kind = next((k for k in kinds if k != "null"), "null" if "null" in kinds else None)
        if kind == "object":
            required = set(schema.get("required", []))
            value: dict[str, JSON] = {}
            for key, node in schema.get("properties", {}).items():
                try:
                    value[key] = self.example_value(node, f"{where}.{key}")
                except NoExample:
                    if key in required:
                        raise
            missing = sorted(required - set(value))
            if missing:
                raise NoExample(
                    f"{where}: the required {', '.join(missing)} has no schema; add it to `properties`"
                )
            return value
        if kind == "array":
            item = self.example_value(schema.get("items", {}), f"{where}[]")
            return [item] * max(int(schema.get("minItems", 1)), 1)
        if kind == "string":
            if schema.get("format") in _FORMAT_EXAMPLES:
                return _FORMAT_EXAMPLES[schema["format"]]
            if "pattern" in schema:
                raise NoExample(f"{where}: a string with a pattern; add an `example` that matches it")
            length = max(int(schema.get("minLength", 1)), min(7, int(schema.get("maxLength", 7))))
            return ("example-" * (length // 8 + 1))[:length]
        if kind in ("integer", "number"):
            number = schema.get("minimum", 1)
            if "exclusiveMinimum" in schema:
                number = max(number, schema["exclusiveMinimum"] + 1)
            if "maximum" in schema:
                number = min(number, schema["maximum"])
            return int(number) if kind == "integer" else number
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        raise NoExample(f"{where}: the schema has no type, example or default; add an `example`")

    def json_schema(self, schema: JSON) -> dict[str, JSON]:
        """`schema` (a component name or a schema node) as a self-contained JSON Schema, refs inlined.

        OpenAPI 3.1 schemas are JSON Schema 2020-12, so only the local $refs need
        resolving; `example` is an OpenAPI annotation that JSON Schema tools ignore.
        The schemas are acyclic, so inlining terminates.
        """

        def inline(node: JSON) -> JSON:
            if isinstance(node, dict):
                if "$ref" in node:
                    siblings = {k: v for k, v in node.items() if k not in ("$ref", "description")}
                    return {**inline(self.resolve(node)), **inline(siblings)}
                return {k: inline(v) for k, v in node.items() if k != "example"}
            if isinstance(node, list):
                return [inline(item) for item in node]
            return node

        node = self.document["components"]["schemas"][schema] if isinstance(schema, str) else schema
        inlined: dict[str, JSON] = inline(node)
        return inlined


def schema_name(reference: JSON) -> str:
    """The component name a {"$ref": "#/components/schemas/Name"} points at."""
    name: str = reference["$ref"].rsplit("/", 1)[-1]
    return name


def split_words(value: str) -> list[str]:
    """A camelCase or snake_case name's words: listTaskTags -> list, Task, Tags."""
    return [word for word in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", value) if word]


def _nouns(path: tuple[str, ...]) -> list[list[str]]:
    """The ways the resource path's noun may stand in an operationId, longest first: each
    segment's words, plural (as written) or singular; then the last segment alone."""

    def forms(segment: str) -> list[list[str]]:
        words = [word.lower() for word in split_words(segment)]
        singular = [*words[:-1], words[-1].removesuffix("s")] if words and words[-1].endswith("s") else None
        return [words, *([singular] if singular and singular != words else [])]

    combined: list[list[str]] = [[]]
    for segment in path:
        combined = [done + form for done in combined for form in forms(segment)]
    found = sorted(combined, key=len, reverse=True)
    if len(path) > 1:
        found += forms(path[-1])
    last_word = split_words(path[-1])[-1:] if path[-1] else []
    if last_word and forms(path[-1])[0] != [word.lower() for word in last_word]:
        found += forms(last_word[0])  # the last word alone: validateWebhook on `validateWebhook`
    return [noun for noun in found if noun]


def python_name(name: str, taken: frozenset[str] = frozenset()) -> str:
    """A JSON name as a Python argument or attribute: snake case, kept as JSON has it wherever
    Python allows (`type`, `id`, `format`); a `_` added to a keyword or a name in `taken`."""
    text = snake_case(name)
    if not text.isidentifier() or text[0].isdigit():
        text = f"field_{text}"
    return f"{text}_" if keyword.iskeyword(text) or text in taken else text


def snake_case(value: str) -> str:
    """listRuns -> list_runs, as openapi-python-client names modules."""
    from openapi_python_client.strings import snake_case as generator_snake_case

    return generator_snake_case(value)


def read_fixture(path: Path) -> JSON:
    return json.loads(path.read_text(encoding="utf-8"))
