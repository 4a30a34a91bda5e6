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
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jsonschema import Draft202012Validator
from openapi_core import OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.exceptions import RequestBodyValidationError, SecurityValidationError

from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.mock.routes import Router
from tools.mock.sandbox import NotFound, Sandbox
from tools.mock.store import BUDGET, LIMIT
from tools.spec import JSON, Operation, Spec

HOST = "http://127.0.0.1"  # requests are validated as if served here; the port doesn't matter
RESET = "/_mock/reset"  # outside the spec's paths: the one request that isn't the API's
# A request body's bounds, far beyond any the API's operations take (an ingest of a thousand
# events is some 30,000 values): past them the mock refuses rather than spend seconds.
MAX_DEPTH, MAX_VALUES = 64, 100_000
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NOT_PARSED = {"integer": "an integer", "number": "a number", "boolean": "a boolean"}


class MockAPI:
    """A responder for the loopback server, answering from the spec's examples.

    `credentials` maps a security scheme's name (`ApiKey`) to the one value accepted for it;
    without it any non-empty value is (tests that send their own)."""

    def __init__(
        self,
        spec: Spec | None = None,
        *,
        credentials: Mapping[str, str] | None = None,
        limit: int = LIMIT,
        budget: int = BUDGET,
    ) -> None:
        self.spec = spec or Spec.load()
        self.sandbox = Sandbox(self.spec, limit=limit, budget=budget)
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
            if target.path == RESET:
                return self.control(request)
            return self.not_found(request, target.path)
        method = request.method.upper()
        operation = found.route.operations.get("GET" if method == "HEAD" else method)
        if operation is None:
            return error(
                405,
                f"{target.path} has no {method} operation; it has {found.route.allow}",
                {"Allow": found.route.allow},
            )
        openapi_request = MockRequest(
            HOST,
            operation.method,
            target.path,
            args=query,
            headers=request.headers,
            data=request.body or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
        response = self.respond(operation, openapi_request, request, query, found.variables)
        broken = self.broken(operation, openapi_request, response)
        if broken:
            # A bug in the mock, never the caller's: said so, in the error shape.
            return error(
                500,
                f"The mock's answer to {method} {target.path} breaks the spec (a bug in the mock): "
                + "; ".join(broken),
            )
        return response

    def respond(
        self,
        operation: Operation,
        openapi_request: MockRequest,
        request: RecordedRequest,
        query: dict[str, list[str]],
        variables: dict[str, str],
    ) -> CannedResponse:
        """The answer to a request of `operation`: a refusal, or the sandbox's answer."""
        refused = self.refuse_credentials(operation, request) or self.refuse_empty_values(operation, query)
        if refused is None and operation.request_body is not None and request.body:
            refused = refuse_body(request.body)
        if refused is not None:
            return refused
        # Validated, not unmarshalled: unmarshalling a body costs about 0.4 ms a value (formats
        # looked up per item), a list of 60,000 ids 24 s; validating it, a fifteenth of that.
        errors = list(self.openapi.iter_request_errors(openapi_request))
        if errors:
            if any(isinstance(e, SecurityValidationError) for e in errors):
                return error(401, "Missing or invalid credentials")
            message = "; ".join(describe(e) for e in errors)
            # As the spec's responses say: a value that parses but breaks the schema (a limit
            # above 100, an unknown enum value) is 422; one that doesn't parse is 400.
            if all(getattr(e.__cause__, "schema_errors", None) for e in errors):
                return error(422, message)
            return error(400, message)
        body = request.body if operation.request_body is not None else b""
        return self.answer(operation, query, variables, body)

    def broken(
        self, operation: Operation, openapi_request: MockRequest, response: CannedResponse
    ) -> list[str]:
        """How an answer to a request of `operation` breaks the spec (nothing when it doesn't): its
        status not documented (an error status may be, answered in the shape of the operation's
        other errors), its content type or body not the documented response's."""
        content_type = response.headers.get("Content-Type", "")
        answer = MockResponse(response.body, status_code=response.status, content_type=content_type)
        try:
            self.openapi.validate_response(openapi_request, answer)
        except ResponseNotFound:
            if response.status < 400:
                return [f"the status {response.status} is not documented"]
            shape = next((e.schema for e in operation.errors if e.schema is not None), None)
            return self.sandbox.shapes.problems(json.loads(response.body), shape) if shape else []
        except OpenAPIError as problem:
            causes: list[Any] = list(getattr(problem.__cause__, "schema_errors", None) or ())
            return [str(problem).split(":", 1)[0], *(cause.message for cause in causes)]
        return []

    def control(self, request: RecordedRequest) -> CannedResponse:
        """`POST /_mock/reset`: forget every change, 204; outside the spec's paths, no credentials."""
        if request.method.upper() != "POST":
            return error(405, f"{RESET} takes POST (it resets the mock's state)", {"Allow": "POST"})
        self.reset()
        return CannedResponse(status=204, headers={})

    def answer(
        self, operation: Operation, query: dict[str, list[str]], variables: dict[str, str], body: bytes
    ) -> CannedResponse:
        """The success answer to a valid request, from the sandbox's state."""
        try:
            answer = self.sandbox.answer(operation, variables, query, json.loads(body) if body else None)
        except NotFound as missing:
            return error(404, str(missing))
        if answer.body is None:
            return CannedResponse(status=answer.status, headers={})
        return CannedResponse(status=answer.status, body=json.dumps(answer.body).encode())

    def reset(self) -> None:
        """Forget every change the requests made: back to the spec's examples."""
        self.sandbox.reset()

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


def refuse_body(body: bytes) -> CannedResponse | None:
    """400 for a body that is not JSON (NaN and Infinity are not JSON either) or nests deeper than
    MAX_DEPTH; 413 for one of more than MAX_VALUES values. Both bound the time the checks after
    this one take (schema validation recurses, and costs about 20 us a value)."""

    def constant(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    try:
        value = json.loads(body, parse_constant=constant)
    except RecursionError:
        return error(400, f"The body nests deeper than {MAX_DEPTH} levels")
    except (ValueError, UnicodeDecodeError) as problem:
        return error(400, f"The body is not JSON: {problem}")
    count, pending = 0, [(value, 1)]
    while pending:  # iterative: a deep body mustn't recurse here either
        value, depth = pending.pop()
        count += 1
        if depth > MAX_DEPTH:
            return error(400, f"The body nests deeper than {MAX_DEPTH} levels")
        if count > MAX_VALUES:
            return error(413, f"The body has more than {MAX_VALUES} values")
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        pending.extend((child, depth + 1) for child in children)
    return None


def describe(exc: Exception) -> str:
    """One line per problem: "Invalid query parameter: limit: 500 is greater than the maximum of
    100", "Invalid request body: title: 5 is not of type 'string'"."""
    schema_errors = getattr(exc.__cause__, "schema_errors", [])
    if isinstance(exc, RequestBodyValidationError) and schema_errors:
        # openapi-core's own line repeats the whole body (up to 8 MiB): name the fields instead,
        # each message cut short, as it may quote a value.
        fields = [
            f"{'/'.join(str(p) for p in e.absolute_path) or '(the body)'}: {_short(e.message)}"
            for e in schema_errors
        ]
        return "Invalid request body: " + "; ".join(fields)
    return ": ".join([str(exc), *(e.message for e in schema_errors)])


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
