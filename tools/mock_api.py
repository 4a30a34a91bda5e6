"""A mock of the Avido API on 127.0.0.1, driven by openapi.yaml through openapi-core.

Every request is validated against the spec (path, method, parameters, auth headers);
one the spec does not allow gets the error status the spec declares for it (404 for an
unknown path, 401 for missing credentials, 400 for a parameter that doesn't parse, 422 for
one that parses but is out of bounds) with a body in the spec's error shape. Every valid
request is answered with its operation's first 200 example (the reference page's). Nothing
here knows the operations by name: a new one in the spec is served.

    python -m tools.mock_api [PORT]     (0, the default, picks a free port; printed first)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import SecurityValidationError
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"


class MockAPI:
    """A WSGI app answering from the spec's examples."""

    def __init__(self, spec_path: Path = SPEC) -> None:
        document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        # Serve the spec's paths on whatever host and port the mock listens on.
        document["servers"] = [{"url": "/"}]
        self.openapi = OpenAPI.from_dict(document)
        self.finder = APICallPathFinder(self.openapi.spec)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        return self.respond(request)(environ, start_response)

    def respond(self, request: Request) -> Response:
        openapi_request = WerkzeugOpenAPIRequest(request)
        try:
            found = self.finder.find(openapi_request.method, urljoin(openapi_request.host_url, request.path))
        except PathNotFound:
            return error(404, "Not Found", f"No operation for {request.method} {request.path}")
        except OperationNotFound:
            return error(405, "Method Not Allowed", f"{request.path} has no {request.method} operation")
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
        examples = found.operation / "responses" / "200" / "content" / "application/json" / "examples"
        with examples.open() as named:
            value = next(iter(named.values()))["value"]
        return Response(json.dumps(value), status=200, content_type="application/json")


def describe(exc: Exception) -> str:
    """One line per problem: "Invalid query parameter: limit: 500 is greater than the maximum of 100"."""
    schema_errors = getattr(exc.__cause__, "schema_errors", [])
    return ": ".join([str(exc), *(e.message for e in schema_errors)])


def error(status: int, name: str, message: str) -> Response:
    body = {"statusCode": status, "error": name, "message": message}
    return Response(json.dumps(body), status=status, content_type="application/json")


class QuietHandler(WSGIRequestHandler):
    def log(self, type: str, message: str, *args: Any) -> None:
        """No access log: the demo's output is the quickstart's."""


def serve(port: int = 0) -> BaseWSGIServer:
    """A server on 127.0.0.1 (not yet serving: call serve_forever, then shutdown)."""
    return make_server("127.0.0.1", port, MockAPI(), threaded=True, request_handler=QuietHandler)


if __name__ == "__main__":
    server = serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print(server.server_port, flush=True)
    server.serve_forever()
