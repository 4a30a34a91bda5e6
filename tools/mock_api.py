"""A mock of the Avido API on 127.0.0.1, driven by openapi.yaml through openapi-core.

Every request is validated against the spec (path, method, parameters, auth headers);
one the spec does not allow gets the error status the spec declares for it (404 for an
unknown path, 405 for a method the path lacks, 401 for missing credentials, 400 for a
parameter that doesn't parse, 422 for one that parses but is out of bounds) with a body in
the spec's error shape. Every valid request is answered with its operation's first 200
example (the reference page's); an operation that pages (tools/spec.py says which) serves
that example's items as a whole listing, honouring `skip` and `limit`. Nothing here knows
the operations by name: a new one in the spec is served. It runs on tools/loopback.py, the
server the tests use.

    python -m tools.mock_api     (serves on a free port of 127.0.0.1, and prints it first)
"""

from __future__ import annotations

import json
import math
import threading
from typing import Any
from urllib.parse import urljoin, urlsplit

from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.testing import MockRequest
from openapi_core.validation.request.exceptions import SecurityValidationError

from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.spec import Operation, Spec

HOST = "http://127.0.0.1"  # requests are matched as if served here; the port doesn't matter


class MockAPI:
    """A responder for the loopback server, answering from the spec's examples."""

    def __init__(self, spec: Spec | None = None) -> None:
        spec = spec or Spec.load()
        self.operations = {operation.operation_id: operation for operation in spec.operations()}
        document = dict(spec.document)
        # Serve the spec's paths on whatever host and port the mock listens on.
        document["servers"] = [{"url": "/"}]
        self.openapi = OpenAPI.from_dict(document)
        self.finder = APICallPathFinder(self.openapi.spec)

    def __call__(self, request: RecordedRequest) -> CannedResponse:
        path = urlsplit(request.target).path
        openapi_request = MockRequest(
            HOST, request.method.lower(), path, args=request.query, headers=request.headers
        )
        try:
            found = self.finder.find(request.method.lower(), urljoin(HOST, path))
        except PathNotFound:
            return error(404, "Not Found", f"No operation for {request.method} {path}")
        except OperationNotFound:
            return error(405, "Method Not Allowed", f"{path} has no {request.method} operation")
        result = self.openapi.unmarshal_request(openapi_request)
        if result.errors:
            if any(isinstance(e, SecurityValidationError) for e in result.errors):
                return error(401, "Unauthorized", "Missing or invalid credentials")
            message = "; ".join(describe(e) for e in result.errors)
            # As the spec's responses say: a value that parses but breaks the schema (a limit
            # above 100, an unknown enum value) is 422; one that doesn't parse is 400.
            if all(getattr(e.__cause__, "schema_errors", None) for e in result.errors):
                return error(422, "Unprocessable Entity", message)
            return error(400, "Bad Request", message)
        operation = self.operations[(found.operation / "operationId").read_str()]
        value = operation.examples()[0].value
        if operation.pagination is not None:
            value = page_of(operation, value, request.query)
        return CannedResponse(body=json.dumps(value).encode())


def page_of(operation: Operation, example: dict[str, Any], query: dict[str, list[str]]) -> dict[str, Any]:
    """The page `skip` and `limit` ask for, of a listing holding the example's items."""
    defaults = {name: operation.parameter_schema(name).get("default", 0) for name in ("skip", "limit")}
    skip, limit = (int(query.get(name, [defaults[name]])[0]) for name in ("skip", "limit"))
    items = example["data"]
    total = len(items)
    pagination = {"skip": skip, "limit": limit, "total": total, "totalPages": math.ceil(total / limit)}
    return {**example, "data": items[skip : skip + limit], "pagination": pagination}


def describe(exc: Exception) -> str:
    """One line per problem: "Invalid query parameter: limit: 500 is greater than the maximum of 100"."""
    schema_errors = getattr(exc.__cause__, "schema_errors", [])
    return ": ".join([str(exc), *(e.message for e in schema_errors)])


def error(status: int, name: str, message: str) -> CannedResponse:
    body = {"statusCode": status, "error": name, "message": message}
    return CannedResponse(status=status, body=json.dumps(body).encode())


def serve() -> LoopbackServer:
    """The mock on a free port of 127.0.0.1 (not yet serving: `start()` or `running()`)."""
    return LoopbackServer(MockAPI(), keep_alive=True, record=False)


if __name__ == "__main__":
    server = serve()
    print(server.port, flush=True)
    server.start()
    threading.Event().wait()
