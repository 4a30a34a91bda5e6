"""A mock of the Avido API on 127.0.0.1, driven by openapi.yaml through openapi-core.

Every request is validated against the spec (path, method, parameters, auth headers);
one the spec does not allow gets the error status the spec declares for it (404 for an
unknown path, 405 for a method the path lacks, 401 for missing credentials, 400 for a
parameter that doesn't parse, 422 for one that parses but is out of bounds) with a body in
the spec's error shape. Valid requests are answered from the spec's own examples:

- an operation that pages (tools/spec.py says which) serves the items of all its examples
  as one listing, filtered, ordered and paged as the query asks: a filter matches the
  item's key of the same name (`status`, `traceId`, `runType`...; `taskId` also matches
  `task.id`), `startDate`/`endDate` bound `createdAt`, `orderBy`/`orderDir` sort (absent,
  by their defaults in the spec: newest first); a filter no item has a key for is ignored;
- an operation with one path parameter, whose model has an `id`, answers with the object of
  that model whose `id` is that value, found in any example of the spec, or 404;
- any other answers with its first example.

Nothing here knows the operations by name: a new one in the spec is served. It runs on
tools/loopback.py, the server the tests use.

    python -m tools.mock.api     (serves on a free port of 127.0.0.1, and prints it first)
"""

from __future__ import annotations

import datetime
import json
import math
import threading
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.testing import MockRequest
from openapi_core.validation.request.exceptions import SecurityValidationError

from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.spec import JSON, Operation, Spec

HOST = "http://127.0.0.1"  # requests are matched as if served here; the port doesn't matter
PAGING = {"skip", "limit", "orderBy", "orderDir", "startDate", "endDate"}


class MockAPI:
    """A responder for the loopback server, answering from the spec's examples."""

    def __init__(self, spec: Spec | None = None) -> None:
        self.spec = spec or Spec.load()
        self.operations = {operation.operation_id: operation for operation in self.spec.operations()}
        document = dict(self.spec.document)
        # Serve the spec's paths on whatever host and port the mock listens on.
        document["servers"] = [{"url": "/"}]
        self.openapi = OpenAPI.from_dict(document)
        self.finder = APICallPathFinder(self.openapi.spec)

    def __call__(self, request: RecordedRequest) -> CannedResponse:
        path = urlsplit(request.target).path
        openapi_request = MockRequest(
            HOST,
            request.method.lower(),
            path,
            args=request.query,
            headers=request.headers,
            data=request.body or None,
            content_type=request.headers.get("content-type", "application/json"),
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
        path_values = {name: unquote(value) for name, value in found.path_result.variables.items()}
        if operation.pagination is not None:
            value = self.page(operation, request.query)
        elif len(path_values) == 1 and "id" in self.properties(operation.success.model):
            [wanted] = path_values.values()
            matching = [
                item
                for item in self.instances(str(operation.success.model), operation)
                if item.get("id") == wanted
            ]
            if not matching:
                return error(404, "Not Found", f"No {operation.success.model} has the id {wanted!r}")
            value = matching[0]
        else:
            value = next(e for e in operation.examples() if e.status == operation.success.status).value
        return CannedResponse(status=int(operation.success.status), body=json.dumps(value).encode())

    def properties(self, model: str | None) -> dict[str, JSON]:
        """The properties of the component schema `model` (none for no model)."""
        if model is None:
            return {}
        properties: dict[str, JSON] = self.spec.resolve({"$ref": f"#/components/schemas/{model}"}).get(
            "properties", {}
        )
        return properties

    def instances(self, model: str, first: Operation) -> list[dict[str, JSON]]:
        """Every object of the component schema `model` in the spec's examples, those of `first`
        (unwrapped from their envelope) first."""
        found: list[dict[str, JSON]] = []
        for operation in [
            first,
            *(o for o in self.spec.operations() if o.operation_id != first.operation_id),
        ]:
            for example in operation.examples():
                if example.status == operation.success.status:
                    self._collect(operation.success.schema, example.value, model, found)
        return found

    def _collect(self, schema: JSON, value: JSON, model: str, found: list[dict[str, JSON]]) -> None:
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

    def page(self, operation: Operation, query: dict[str, list[str]]) -> dict[str, JSON]:
        """The page the query asks for, of a listing of the items of all the operation's examples."""
        example = next(e for e in operation.examples() if e.status == operation.success.status).value
        items = [
            item
            for e in operation.examples()
            if e.status == operation.success.status
            for item in e.value["data"]
        ]
        for name, values in query.items():
            if name not in PAGING:
                wanted = {part for value in values for part in value.split(",")}
                items = [item for item in items if matches(item, name, wanted)]
        since, until = (
            _instant(query[name][0]) if name in query else None for name in ("startDate", "endDate")
        )
        items = [item for item in items if _within(item.get("createdAt"), since, until)]
        declared = {parameter["name"] for parameter in operation.parameters}
        if "orderBy" in declared:  # absent, the order is the spec's default, as the API's would be
            by = operation.parameter_schema("orderBy").get("default", "createdAt")
            key = query.get("orderBy", [by])[0]
            direction = query.get(
                "orderDir", [operation.parameter_schema("orderDir").get("default", "desc")]
            )[0]
            items.sort(key=lambda item: str(item.get(key, "")), reverse=direction == "desc")
        defaults = {name: operation.parameter_schema(name).get("default", 0) for name in ("skip", "limit")}
        skip, limit = (int(query.get(name, [defaults[name]])[0]) for name in ("skip", "limit"))
        total = len(items)
        pagination = {"skip": skip, "limit": limit, "total": total, "totalPages": math.ceil(total / limit)}
        return {**example, "data": items[skip : skip + limit], "pagination": pagination}


def matches(item: dict[str, Any], name: str, wanted: set[str]) -> bool:
    """Whether the item's value under `name` (or, for `xId`, under `x.id`) is one wanted; a filter
    the item has no key for doesn't exclude it."""
    if name in item:
        return str(item[name]) in wanted
    nested = item.get(name.removesuffix("Id")) if name.endswith("Id") else None
    if isinstance(nested, dict) and "id" in nested:
        return str(nested["id"]) in wanted
    return True


def _instant(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


def _within(created: Any, since: datetime.datetime | None, until: datetime.datetime | None) -> bool:
    if not isinstance(created, str) or (since is None and until is None):
        return True
    when = _instant(created)
    return (since is None or when >= since) and (until is None or when <= until)


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
