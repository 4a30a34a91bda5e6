"""The spec as data: the one place that reads what openapi.yaml says.

Generation (tools/generation/generate.py hands these facts to the templates), the tests (their cases
come from here), the mock API and the SDK checks all read the spec through this module,
so a fact such as "this operation's body may come wrapped in an `eval` key" is derived
once. Everything works on a document passed in; `Spec.load()` reads the repository's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from tools import spec_source
from tools.paths import FIXTURES, SPEC

JSON = Any
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


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
    schema: JSON  # the response's schema as written
    model: str | None  # the component schema name of the model returned, if it is one
    envelope: str | None


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
        status = min(code for code in self.raw["responses"] if code.startswith("2"))
        schema = self.spec.resolve(self.raw["responses"][status])["content"]["application/json"]["schema"]
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
        GET, HEAD, PUT, DELETE and OPTIONS are by definition; a POST or PATCH only when the spec
        marks it (`x-idempotent: true`) or it takes an idempotency key header."""
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

    def request_examples(self) -> list[Example]:
        """The named examples of the request body (the body sent by the tests)."""
        body = self.spec.resolve(self.raw.get("requestBody", {}))
        examples = body.get("content", {}).get("application/json", {}).get("examples", {})
        return [Example(self, "request", name, example["value"]) for name, example in examples.items()]

    @property
    def resource_method(self) -> str:
        """The operation's method on its tag's resource: the operationId less the tag's noun, in
        snake case (listRuns on `runs` is `list`, getEval on `evals` is `get`)."""
        noun = self.tag[:1].upper() + self.tag[1:]
        for candidate in (noun, noun.removesuffix("s")):
            if candidate and self.operation_id.endswith(candidate) and self.operation_id != candidate:
                return snake_case(self.operation_id.removesuffix(candidate))
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


def snake_case(value: str) -> str:
    """listRuns -> list_runs, as openapi-python-client names modules."""
    from openapi_python_client.strings import snake_case as generator_snake_case

    return generator_snake_case(value)


def read_fixture(path: Path) -> JSON:
    return json.loads(path.read_text(encoding="utf-8"))
