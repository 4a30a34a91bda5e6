"""A mock of the Avido API on 127.0.0.1, driven by openapi.yaml (through tools/spec.py and
openapi-core).

Every request gets an answer, in the spec's error shape (`ErrorResponse`) when it is one the
spec does not allow:

- 400 for what can't be read: a bad request line or `Content-Length` (tools/loopback.py), bad
  percent-encoding, a parameter that doesn't parse (`limit=many`, an empty `limit`), a body
  that isn't JSON where the operation takes JSON;
- 404 for a path the spec lacks, saying so when it is one of the spec's under an extra
  prefix (`/v0/v0/runs`, from a base URL ending in `/v0`); 404 for an id no example has;
- 405 for a method the path lacks, with `Allow`; HEAD is answered as GET, without the body;
- 401 when a credential the operation's `security` names is missing or, given `credentials`,
  is not the one accepted;
- 422 for a value that parses but breaks the schema: out of bounds (`limit=500`), not in the
  enum, or empty where the spec says `minLength`/`minItems` (`docs/spec-decisions.md`, rows
  31 and 33).

Valid requests are answered from the spec's own examples:

- an operation that pages (tools/spec.py says which) serves a listing (tools/mock/listing.py);
- an operation with one path parameter, whose model has an `id`, answers with the object of
  that model whose `id` is that value, found in any example of the spec (404 otherwise),
  wrapped in the operation's envelope when the example it came from is (`{"eval": ...}`, as
  SDK 1.13.2 reads it);
- an operation whose success has no body answers with its status alone;
- any other answers with its first example.

Nothing here knows the operations by name: a new one in the spec is served. It runs on
tools/loopback.py, the server the tests use; `make mock` (tools/mock/server.py) runs it for
people.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Callable, Mapping
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from jsonschema import Draft202012Validator
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest
from openapi_core.validation.request.exceptions import SecurityValidationError

from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.mock.listing import page
from tools.mock.routes import Router
from tools.spec import JSON, Operation, Spec

HOST = "http://127.0.0.1"  # requests are validated as if served here; the port doesn't matter
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NOT_PARSED = {"integer": "an integer", "number": "a number", "boolean": "a boolean"}


class MockAPI:
    """A responder for the loopback server, answering from the spec's examples.

    `credentials` maps a security scheme's name (`ApiKey`) to the one value accepted for it;
    without it any non-empty value is (tests that send their own)."""

    def __init__(self, spec: Spec | None = None, *, credentials: Mapping[str, str] | None = None) -> None:
        self.spec = spec or Spec.load()
        self.credentials = dict(credentials) if credentials is not None else None
        self.router = Router(self.spec)
        schemes = self.spec.document.get("components", {}).get("securitySchemes", {})
        self.headers = {name: str(scheme["name"]).lower() for name, scheme in schemes.items()}
        document = dict(self.spec.document)
        # Serve the spec's paths on whatever host and port the mock listens on.
        document["servers"] = [{"url": "/"}]
        self.openapi = OpenAPI.from_dict(document)

    def __call__(self, request: RecordedRequest) -> CannedResponse:
        target = urlsplit(request.target)
        if _BAD_ESCAPE.search(request.target):
            return error(400, f"Bad percent-encoding in {request.target!r}: '%' must start %XX")
        try:
            query = parse_qs(target.query, keep_blank_values=True, errors="strict")
            found = self.router.match(target.path)
        except UnicodeDecodeError:
            return error(400, f"{request.target!r} is percent-encoded, but not as UTF-8")
        if found is None:
            return self.not_found(request, target.path)
        method = request.method.upper()
        operation = found.route.operations.get("GET" if method == "HEAD" else method)
        if operation is None:
            return error(
                405,
                f"{target.path} has no {method} operation; it has {found.route.allow}",
                {"Allow": found.route.allow},
            )
        refused = self.refuse_credentials(operation, request) or self.refuse_empty_values(operation, query)
        if refused is None and operation.request_body is not None and request.body:
            refused = refuse_non_json(request.body)
        if refused is not None:
            return refused
        openapi_request = MockRequest(
            HOST,
            operation.method,
            target.path,
            args=query,
            headers=request.headers,
            data=request.body or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
        result = self.openapi.unmarshal_request(openapi_request)
        if result.errors:
            if any(isinstance(e, SecurityValidationError) for e in result.errors):
                return error(401, "Missing or invalid credentials")
            message = "; ".join(describe(e) for e in result.errors)
            # As the spec's responses say: a value that parses but breaks the schema (a limit
            # above 100, an unknown enum value) is 422; one that doesn't parse is 400.
            if all(getattr(e.__cause__, "schema_errors", None) for e in result.errors):
                return error(422, message)
            return error(400, message)
        return self.answer(operation, query, found.variables)

    def answer(
        self, operation: Operation, query: dict[str, list[str]], variables: dict[str, str]
    ) -> CannedResponse:
        """The success answer to a valid request, from the spec's examples."""
        status = int(operation.success.status)
        if operation.success.empty:  # a success with no body (a 204): nothing to take from examples
            return CannedResponse(status=status, headers={})
        if operation.pagination is not None:
            return CannedResponse(status=status, body=json.dumps(page(operation, query)).encode())
        if len(variables) == 1 and "id" in self.properties(operation.success.model):
            [wanted] = variables.values()
            value = self.find(operation, wanted)
            if value is None:
                return error(404, f"No {operation.success.model} has the id {wanted!r}")
            return CannedResponse(status=status, body=json.dumps(value).encode())
        value = next(e for e in operation.examples() if e.status == operation.success.status).value
        return CannedResponse(status=status, body=json.dumps(value).encode())

    def properties(self, model: str | None) -> dict[str, JSON]:
        """The properties of the component schema `model` (none for no model)."""
        if model is None:
            return {}
        properties: dict[str, JSON] = self.spec.resolve({"$ref": f"#/components/schemas/{model}"}).get(
            "properties", {}
        )
        return properties

    def not_found(self, request: RecordedRequest, path: str) -> CannedResponse:
        """404, saying which path was meant when it is one of the spec's under an extra prefix."""
        hidden = self.router.under_prefix(path)
        if hidden is None:
            return error(404, f"No operation for {request.method} {path}")
        prefix, route = hidden
        root = f"http://{request.headers.get('host', '127.0.0.1')}"
        return error(
            404,
            f"No operation for {request.method} {path}: the spec's paths start at the server's root "
            f"({route.template} is one), so {prefix} is one prefix too many. Use the base URL {root}, "
            f"not {root}{prefix}.",
        )

    def refuse_credentials(self, operation: Operation, request: RecordedRequest) -> CannedResponse | None:
        """401 when a credential the operation's security requirement names is missing or wrong."""
        for scheme in operation.security_schemes:
            header = self.headers[scheme]
            sent = request.headers.get(header, "")
            accepted = self.credentials.get(scheme) if self.credentials is not None else None
            if not sent or (accepted is not None and not hmac.compare_digest(sent, accepted)):
                return error(401, f"Missing or invalid credentials: {header}")
        return None

    def refuse_empty_values(self, operation: Operation, query: dict[str, list[str]]) -> CannedResponse | None:
        """The answer to an empty query value, the same for every parameter of a kind: 400 where the
        value must be a number (it doesn't parse), 422 where the schema refuses "" (or, for an
        array, no items) by minLength, minItems or enum; None where it allows it."""
        for parameter in operation.parameters:
            if parameter["in"] != "query" or "" not in query.get(parameter["name"], []):
                continue
            schema = self.spec.json_schema(parameter["schema"])
            kind = schema.get("type")
            if kind in _NOT_PARSED:
                return error(
                    400, f"Query parameter {parameter['name']}: an empty value is not {_NOT_PARSED[kind]}"
                )
            empty: JSON = [] if kind == "array" else ""
            problems = [problem.message for problem in Draft202012Validator(schema).iter_errors(empty)]
            if problems:
                return error(
                    422,
                    f"Invalid query parameter: {parameter['name']}: an empty value is not allowed: "
                    + "; ".join(problems),
                )
        return None

    def find(self, operation: Operation, wanted: str) -> JSON | None:
        """The object of the operation's model whose `id` is `wanted`, from the spec's examples
        (the operation's own first): the whole example where it is the operation's and wrapped in
        its envelope, so it is served as that example shows it."""
        model = operation.success.model
        others = [o for o in self.spec.operations() if o.operation_id != operation.operation_id]
        for owner in [operation, *others]:
            for example in owner.examples():
                if example.status != owner.success.status:
                    continue
                found: list[dict[str, JSON]] = []
                self._collect(owner.success.schema, example.value, model, found)
                for item in found:
                    if item.get("id") != wanted:
                        continue
                    envelope = operation.success.envelope
                    wrapped = isinstance(example.value, dict) and envelope is not None
                    if owner is operation and wrapped and example.value.get(envelope) is item:
                        return example.value
                    return item
        return None

    def _collect(self, schema: JSON, value: JSON, model: str | None, found: list[dict[str, JSON]]) -> None:
        if not isinstance(schema, dict):
            return
        if schema.get("$ref", "").rsplit("/", 1)[-1] == model and isinstance(value, dict):
            found.append(value)
        schema = self.spec.resolve(schema)
        for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
            self._collect(branch, value, model, found)
        if isinstance(value, dict):
            for key, sub in schema.get("properties", {}).items():
                if key in value:
                    self._collect(sub, value[key], model, found)
        elif isinstance(value, list):
            for item in value:
                self._collect(schema.get("items"), item, model, found)


def refuse_non_json(body: bytes) -> CannedResponse | None:
    """400 for a body that is not JSON (NaN and Infinity are not JSON either)."""

    def constant(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    try:
        json.loads(body, parse_constant=constant)
    except (ValueError, UnicodeDecodeError) as problem:
        return error(400, f"The body is not JSON: {problem}")
    return None


def describe(exc: Exception) -> str:
    """One line per problem: "Invalid query parameter: limit: 500 is greater than the maximum of 100"."""
    schema_errors = getattr(exc.__cause__, "schema_errors", [])
    return ": ".join([str(exc), *(e.message for e in schema_errors)])


def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> CannedResponse:
    """An answer in the spec's error shape: `{"statusCode", "error", "message"}`."""
    body = {"statusCode": status, "error": HTTPStatus(status).phrase, "message": message}
    return CannedResponse(
        status=status,
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def serve(
    *,
    credentials: Mapping[str, str] | None = None,
    port: int = 0,
    log: Callable[[str], None] | None = None,
) -> LoopbackServer:
    """The mock on 127.0.0.1 (a free port unless one is given), not yet serving: `start()` or
    `running()`. It accepts only `credentials` where given, and logs a line per answer to `log`."""
    return LoopbackServer(
        MockAPI(credentials=credentials),
        keep_alive=True,
        record=False,
        port=port,
        on_malformed=error,
        log=log,
    )
