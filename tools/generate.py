"""Run the pinned openapi-python-client with one addition: the spec's security schemes.

openapi-python-client 0.29.1 reduces an operation's `security` to a boolean
(`endpoint.requires_security`) and drops `components.securitySchemes`, so no
template can tell which auth headers an operation needs (`listTests` needs two).
This entry point gives the templates two Jinja globals read from the same
document the generator parses:

- `security_schemes`: every apiKey scheme as {"name", "python_name", "header"};
- `security_headers(endpoint)`: the header names the endpoint's requirement names
  (its first alternative, where a requirement lists several);
- `default_server_url`: the first server's URL;
- `parameter_schema(endpoint, name)`: the schema of one of the endpoint's parameters
  (the generator keeps no bounds such as a `limit`'s maximum);
- `comma_separated(endpoint)`: the query parameters sent as one comma-separated value
  (`style: form`, `explode: false`; the generator reads `explode` but its templates
  always repeat the key);
- `success_body(endpoint)`: the model class a success body decodes into, and the key
  that wraps it when the spec accepts it bare or wrapped (a `oneOf` of a model and an
  object whose one required property is that model), else None.

Everything else is the unchanged CLI: `python tools/generate.py generate ...`
takes the same arguments as `openapi-python-client generate ...`. The generator is
pinned exactly (pyproject.toml), so the two functions wrapped here cannot move
under us without a deliberate upgrade; tests/generation covers the output.
"""

from __future__ import annotations

from typing import Any

import openapi_python_client
from openapi_python_client.cli import app
from openapi_python_client.strings import ClassName, PythonIdentifier

from tools.spec import Spec

_document: dict[str, Any] = {}
_get_document = openapi_python_client._get_document
_project_init = openapi_python_client.Project.__init__


def _capture_document(**kwargs: Any) -> Any:
    data = _get_document(**kwargs)
    if isinstance(data, dict):
        _document.clear()
        _document.update(data)
    return data


def _schemes() -> list[dict[str, Any]]:
    """apiKey header schemes; `everywhere` marks those every operation needs (required at construction)."""
    schemes = _document.get("components", {}).get("securitySchemes", {})
    used = [set(names) for names in _requirements().values()]
    return [
        {
            "name": name,
            "python_name": PythonIdentifier(name, prefix=""),
            "header": scheme["name"],
            "description": scheme.get("description", ""),
            "everywhere": bool(used) and all(name in names for names in used),
        }
        for name, scheme in schemes.items()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    ]


def _requirements() -> dict[str, list[str]]:
    """Scheme names each operation requires, by operationId."""
    table: dict[str, list[str]] = {}
    for item in _document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                requirements = operation.get("security", _document.get("security", []))
                table[operation["operationId"]] = [
                    name for requirement in requirements[:1] for name in requirement
                ]
    return table


def _headers_by_operation(prefix: str) -> dict[str, list[str]]:
    headers = {scheme["name"]: scheme["header"] for scheme in _schemes()}
    return {
        PythonIdentifier(operation_id, prefix): [headers[name] for name in names]
        for operation_id, names in _requirements().items()
    }


def _resolve(node: Any) -> Any:
    """Follow local $refs to the node they name."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _parameter_schemas(prefix: str) -> dict[str, dict[str, Any]]:
    """Parameter schemas by operation (python name), then by parameter name."""
    table: dict[str, dict[str, Any]] = {}
    for item in _document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                parameters = [_resolve(p) for p in operation.get("parameters", [])]
                table[PythonIdentifier(operation["operationId"], prefix)] = {
                    p["name"]: _resolve(p.get("schema", {})) for p in parameters
                }
    return table


def _project_init_with_security(self: Any, **kwargs: Any) -> None:
    _project_init(self, **kwargs)
    table = _headers_by_operation(self.config.field_prefix)
    parameters = _parameter_schemas(self.config.field_prefix)
    prefix = self.config.field_prefix
    operations = {PythonIdentifier(op.operation_id, prefix): op for op in Spec(_document).operations()}

    def success_body(endpoint: Any) -> dict[str, Any]:
        success = operations[endpoint.name].success
        if success.model is None:
            raise ValueError(f"{endpoint.name}: a success body must be a model, or a model or its envelope")
        return {"model": ClassName(success.model, prefix), "envelope": success.envelope}

    self.env.globals.update(
        comma_separated=lambda endpoint: operations[endpoint.name].comma_separated,
        success_body=success_body,
        parameter_schema=lambda endpoint, name: parameters[endpoint.name][name],
        security_schemes=_schemes(),
        security_headers=lambda endpoint: table[endpoint.name],
        default_server_url=(_document.get("servers") or [{"url": ""}])[0]["url"],
    )


openapi_python_client._get_document = _capture_document
openapi_python_client.Project.__init__ = _project_init_with_security  # type: ignore[method-assign]

if __name__ == "__main__":
    app()
