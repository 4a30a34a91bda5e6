"""`make generate`: the pinned openapi-python-client, told what it can't tell its templates.

    python -m tools.generation.generate generate --path SPEC --config CONFIG \
        --custom-template-path templates ...

takes the same arguments as `openapi-python-client generate`. The generator parses the
spec into its own objects, which keep no security schemes, no parameter `style`/`explode`,
no pagination and no bodies that come wrapped; those facts come from tools/spec.py, read
from the same document, and reach the templates as Jinja globals:

- `spec_facts`: the servers, the credentials (apiKey header schemes) and, per operation,
  its method, path, auth headers and page item (rendered into `_spec.py`);
- `operation(endpoint)`: one operation's parameters (how each goes on the wire), its
  success body, its other documented bodies, its paging, and the models it imports.

The runtime (runtime/*.py) is then copied verbatim into the package, over the stock
`types.py` and `errors.py`. The generator internals wrapped for this are in HOOKS, in one
place; tests/generation/test_generator_hooks.py fails loudly when an upgrade moves them.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import attrs
import openapi_python_client
from openapi_python_client.cli import app
from openapi_python_client.strings import ClassName, PythonIdentifier

from runtime._base_client import Credential
from runtime._constants import BASE_URL_VARIABLE
from tools import spec_source
from tools.paths import RUNTIME
from tools.spec import Operation, Spec

_document: dict[str, Any] = {}

# The generator internals wrapped below, by name: (owner, attribute).
HOOKS = {
    "read the document": (openapi_python_client, "_get_document"),
    "set the templates' globals": (openapi_python_client.Project, "__init__"),
    "write the package": (openapi_python_client.Project, "_build_api"),
}
_get_document = openapi_python_client._get_document
_project_init_stock = openapi_python_client.Project.__init__
_build_api = openapi_python_client.Project._build_api

# Templates of this project's own (not overrides of stock ones), rendered by _build_package,
# and the macro libraries the templates share.
OWN_TEMPLATES = {"spec_module.py.jinja": "_spec.py", "resources_init.py.jinja": "resources/__init__.py"}
# Rendered once per tag, with `tag` and `collection` (its operations), into resources/<tag>.py.
RESOURCE_TEMPLATE = "resource_module.py.jinja"
MACRO_LIBRARIES = ("property_templates/json_types.jinja", "operation_macros.jinja")

# What the runtime's parameter descriptions need from a generator template name.
_DATE_TIME_TEMPLATE = "datetime_property.py.jinja"
_ENUM_TEMPLATE = "enum_property.py.jinja"
_LIST_TEMPLATE = "list_property.py.jinja"


def _capture_document(*, source: Any, **kwargs: Any) -> Any:
    # A file is read as every other tool reads it (tools/spec_source.py: bundled first if it
    # is split, refused clearly if it can't be; libyaml, where the generator's own reader
    # takes a third of the run); a URL as the generator reads one.
    if isinstance(source, Path):
        try:
            data = spec_source.load(source)
        except spec_source.SpecSourceError as error:
            raise SystemExit(f"generate: {error}") from None
    else:
        data = _get_document(source=source, **kwargs)
    if isinstance(data, dict):
        _document.clear()
        _document.update(data)
    return data


def runtime_modules() -> list[str]:
    """The runtime's modules copied into the package (its own __init__ stays behind)."""
    return sorted(path.name for path in RUNTIME.glob("*.py") if path.name != "__init__.py")


def resource_class(tag: str, prefix: str) -> str:
    """The class of `client.<tag>`, such as RunsResource."""
    return f"{ClassName(tag, prefix)}Resource"


def resources(spec: Spec, prefix: str) -> list[dict[str, Any]]:
    """One resource per tag, `client.<tag>`, with a method per operation (and `_all` where it pages)."""
    by_tag: dict[str, list[Operation]] = {}
    for operation in spec.operations():
        by_tag.setdefault(operation.tag, []).append(operation)
    return [
        {
            "attribute": str(PythonIdentifier(tag, prefix)),
            "class": resource_class(tag, prefix),
            "methods": [
                name
                for operation in operations
                for name in (
                    operation.resource_method,
                    *(["_".join((operation.resource_method, "all"))] if operation.pagination else []),
                )
            ],
            "summaries": [operation.raw.get("summary", "") for operation in operations],
        }
        for tag, operations in by_tag.items()
    ]


def spec_facts(spec: Spec, prefix: str) -> dict[str, Any]:
    """Servers, credentials, the operations' index and the resources, for `_spec.py`, the client
    and the package's docstring."""
    return {
        "resources": resources(spec, prefix),
        "title": spec.document["info"]["title"],
        "version": spec.document["info"]["version"],
        "license": spec.document["info"].get("license", {}).get("name"),
        "servers": spec.servers,
        "base_url_variable": BASE_URL_VARIABLE,
        "credentials": [
            {
                "argument": credential.argument,
                "variable": credential.variable,
                "header": credential.header,
                "description": scheme.description,
                "required": credential.required,
            }
            for scheme in spec.security_schemes()
            for credential in [
                Credential(PythonIdentifier(scheme.name, prefix=""), scheme.header, scheme.everywhere)
            ]
        ],
        "operations": [
            {
                "name": PythonIdentifier(operation.operation_id, prefix),
                "operation_id": operation.operation_id,
                "tag": operation.tag,
                "method": operation.method.upper(),
                "path": operation.path,
                "security": operation.security_headers,
                "page_item": ClassName(operation.pagination.item, prefix) if operation.pagination else None,
                "idempotent": operation.idempotent,
            }
            for operation in spec.operations()
        ],
    }


def _value_type(prop: Any) -> str:
    """The Python type a caller may pass for one value: an enum's member or its plain string."""
    if prop.template == _ENUM_TEMPLATE:
        return f"{prop.class_info.name} | {prop.class_info.name}Literal"  # see str_enum.py.jinja
    return str(required(prop).get_type_string().as_unembedded_code())


def _parameter_facts(prop: Any, location: str, raw: dict[str, Any]) -> dict[str, Any]:
    array = prop.template == _LIST_TEMPLATE
    inner = prop.inner_property if array else prop
    one = _value_type(inner)
    return {
        "python_name": str(prop.python_name),
        "name": raw["name"],
        "location": location,
        "required": bool(prop.required),
        "enum": inner.class_info.name if inner.template == _ENUM_TEMPLATE else None,
        "array": array,
        "explode": raw.get("explode", raw.get("style", "form") == "form"),
        "date_time": inner.template == _DATE_TIME_TEMPLATE,
        # What the signature says: one value where the spec takes several is welcome too.
        "type": f"Sequence[{one}] | {one}" if array else one,
        "description": raw.get("description", ""),
    }


def operation_facts(
    endpoint: Any, operation: Operation, modules: dict[str, str], prefix: str
) -> dict[str, Any]:
    """One operation as the endpoint template renders it (see the module docstring)."""
    raw_parameters = {(p["in"], p["name"]): p for p in operation.parameters}
    parameters = [
        _parameter_facts(prop, location, raw_parameters[(location, prop.name)])
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        )
        for prop in props
    ]
    if endpoint.cookie_parameters:
        raise NotImplementedError(f"{operation.operation_id}: cookie parameters")
    request_body = operation.request_body  # a JSON model, or a ValueError saying why not
    body = (
        {"model": ClassName(request_body.model, prefix), "required": request_body.required}
        if request_body
        else None
    )
    if operation.success.model is None:
        raise ValueError(
            f"{operation.operation_id}: a success body must be a model, or a model or its envelope"
        )
    success = ClassName(operation.success.model, prefix)
    status = operation.success.status
    statuses = (
        (int(status), int(status)) if status.isdigit() else (int(status[0]) * 100, int(status[0]) * 100 + 99)
    )
    responses = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if (low, high) != statuses:
            model = getattr(getattr(response.prop, "class_info", None), "name", None)
            responses.append({"low": low, "high": high, "model": model})
    page = operation.pagination
    item = ClassName(page.item, prefix) if page else None
    classes = {success, *(r["model"] for r in responses if r["model"]), *([body["model"]] if body else [])}
    enums = {p["enum"] for p in parameters if p["enum"]}
    if item:
        classes.add(item)
    return {
        "name": endpoint.name,
        "operation_id": operation.operation_id,
        "tag": operation.tag,
        "method": operation.method.upper(),
        "path": operation.path,
        "resource_method": operation.resource_method,
        "summary": operation.raw.get("summary", ""),
        "success": {"model": success, "statuses": statuses, "envelope": operation.success.envelope},
        "parameters": parameters,
        "responses": responses,
        "response_types": sorted({success, *(r["model"] for r in responses if r["model"])}),
        "page": {"item": item, "max_limit": page.max_limit} if page else None,
        "body": body,
        "imports": sorted(
            [f"from ...models.{modules[name]} import {name}" for name in classes - enums]
            + [f"from ...models.{modules[name]} import {name}, {name}Literal" for name in enums]
        ),
        "uses_datetime": any(p["date_time"] for p in parameters),
        "uses_sequence": any(p["array"] for p in parameters),
    }


def required(prop: Any) -> Any:
    """The property as if required: its templates then decode and encode a value, never an absence."""
    return attrs.evolve(prop, required=True)


def _union_members(prop: Any) -> list[str]:
    return str(required(prop).get_type_string().as_unembedded_code()).split(" | ")


def accepts_null(prop: Any) -> bool:
    """Whether JSON null is a value the property takes (a nullable type, or any value)."""
    return _union_members(prop) in (["Any"],) or "None" in _union_members(prop)


def reader_type(prop: Any) -> str:
    """An optional property's type as readers see it: its value, or None when absent."""
    members = [member for member in _union_members(prop) if member != "None"]
    return " | ".join([*members, "None"])


def _project_init(self: Any, **kwargs: Any) -> None:
    _project_init_stock(self, **kwargs)
    prefix = self.config.field_prefix
    spec = Spec(_document)
    by_name: dict[str, Operation] = {
        PythonIdentifier(operation.operation_id, prefix): operation for operation in spec.operations()
    }
    _check_every_operation(self, by_name)
    facts = spec_facts(spec, prefix)
    modules = {
        item.class_info.name: item.class_info.module_name
        for item in [*self.openapi.models, *self.openapi.enums]
    }
    self.env.globals.update(
        spec_facts=facts,
        base_url_variable=facts["base_url_variable"],
        operation=lambda endpoint: operation_facts(endpoint, by_name[endpoint.name], modules, prefix),
        required=required,
        resource_class=lambda tag: resource_class(tag, prefix),
        accepts_null=accepts_null,
        reader_type=reader_type,
    )


def _build_package(self: Any) -> None:
    _build_api(self)
    encoding = self.config.file_encoding
    (self.package_dir / "resources").mkdir()
    for template, module in OWN_TEMPLATES.items():
        text = self.env.get_template(template).render()
        (self.package_dir / module).write_text(text, encoding=encoding)
    for tag, collection in self.openapi.endpoint_collections_by_tag.items():
        text = self.env.get_template(RESOURCE_TEMPLATE).render(tag=tag, collection=collection)
        (self.package_dir / "resources" / f"{tag}.py").write_text(text, encoding=encoding)
    for name in runtime_modules():
        shutil.copyfile(RUNTIME / name, self.package_dir / name)


def _check_every_operation(self: Any, by_name: dict[str, Operation]) -> None:
    """Never write a client short of an operation: the generator drops one it can't parse
    (a warning --fail-on-warning may not see), and a spec without paths gives an empty client.
    `by_name`: the spec's operations by the name the generator gives their endpoints."""
    if not by_name:
        raise SystemExit("generate: the spec declares no operations; refusing to write an empty client")
    parsed = {
        endpoint.name
        for collection in self.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    missing = sorted(by_name[name].operation_id for name in by_name.keys() - parsed)
    if missing:
        raise SystemExit(f"generate: the generator parsed no operation for {', '.join(missing)}")


def install_hooks() -> None:
    """Put the wrappers in place of the HOOKS (for this process only)."""
    replacements = {
        "read the document": _capture_document,
        "set the templates' globals": _project_init,
        "write the package": _build_package,
    }
    for name, (owner, attribute) in HOOKS.items():
        setattr(owner, attribute, replacements[name])


if __name__ == "__main__":
    install_hooks()
    app()
