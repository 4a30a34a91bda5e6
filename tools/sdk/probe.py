"""Runs inside a throwaway environment holding one release of the official SDK (`avido` on
PyPI), never in the project's own: tools/sdk/releases.py starts it there. Standard library
and that release only.

    python sdk_probe.py validate RESOURCE METHOD FIXTURE
        FIXTURE (a JSON response body) is valid against the release's own pydantic models
        for RESOURCE.METHOD (the list item model and the pagination block for a list, the
        `cast_to` model otherwise), and uses no key those models don't declare.
    python sdk_probe.py call RESOURCE METHOD BASE_URL KWARGS_JSON
        Calls RESOURCE.METHOD(**KWARGS) with the release's client against BASE_URL, so the
        caller can record what it sends. {"$datetime": "..."} in KWARGS becomes a datetime.
    python sdk_probe.py schema RESOURCE METHOD
        Prints the JSON Schema of the response model, the method's keyword parameters and the
        JSON Schema of its body, with the wire's names (for a survey).
    python sdk_probe.py surface
        Prints every method of every resource (`tasks.tags.update`) with its HTTP method and path.
    python sdk_probe.py call-body RESOURCE METHOD BASE_URL ARGS_JSON FIXTURE
        FIXTURE (a JSON request body, the wire's names) is valid against the release's params
        type for RESOURCE.METHOD and uses no key it doesn't declare; then calls the method with
        it (as the SDK takes it: Python names) and ARGS (its path parameters) against BASE_URL,
        so the caller can compare what it sends with FIXTURE.

RESOURCE is the resource's path on the client, dots for nesting (`tasks.tags`).

Some releases fail to import as published (1.10.0 and 1.22.0: a circular import in
`avido.types`); for those the packages are registered bare, so their submodules, and the
models, still load on their own.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any


def load_avido() -> None:
    try:
        importlib.import_module("avido")
        importlib.import_module("avido.types")
    except Exception:  # a broken __init__ in this release: load its submodules without it
        for name in [m for m in sys.modules if m == "avido" or m.startswith("avido.")]:
            del sys.modules[name]
        spec = importlib.util.find_spec("avido")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("avido is not installed here") from None
        root = Path(next(iter(spec.submodule_search_locations)))
        # The root and the packages of models and resources, whose __init__ files import each
        # other; helper packages (_utils and the like) import normally.
        packages = [root, *(p.parent for p in root.glob("[rt]*/**/__init__.py"))]
        for package in packages:
            name = ".".join(("avido", *package.relative_to(root).parts))
            module = types.ModuleType(name)
            module.__path__ = [str(package)]
            sys.modules[name] = module


ABSENT = 3  # exit status: this release has no such resource or method


def method_of(resource: str, method: str) -> tuple[Any, types.ModuleType]:
    try:
        module = importlib.import_module(f"avido.resources.{resource}")
        if hasattr(module, "__path__"):  # a resource with sub-resources: a package, its class inside
            module = importlib.import_module(f"{module.__name__}.{resource.rsplit('.', 1)[-1]}")
    except ModuleNotFoundError:
        sys.exit(ABSENT)
    classes = [
        obj
        for name, obj in vars(module).items()
        if inspect.isclass(obj)
        and name.endswith("Resource")
        and not name.startswith("Async")
        and obj.__module__ == module.__name__
        and hasattr(obj, method)
    ]
    if not classes:
        sys.exit(ABSENT)
    return getattr(classes[0], method), module


def response_model(resource: str, method: str) -> tuple[Any, bool]:
    """The model the method decodes into, and whether it is the item of a paginated list."""
    function, module = method_of(resource, method)
    source = inspect.getsource(function)
    found = re.search(r"\bmodel=(\w+)", source)
    paginated = found is not None
    found = found or re.search(r"\bcast_to=(\w+)", source)
    assert found, f"no model in {resource}.{method}"
    return vars(module)[found.group(1)], paginated


def unknown_keys(value: Any, path: str = "") -> list[str]:
    """Keys a validated model kept as extras: keys the release's models don't declare."""
    from pydantic import BaseModel

    found: list[str] = []
    if isinstance(value, BaseModel):
        found += [f"{path}.{key}".lstrip(".") for key in (value.__pydantic_extra__ or {})]
        for name in type(value).model_fields:
            found += unknown_keys(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += unknown_keys(item, f"{path}[{index}]")
    return found


def validate(resource: str, method: str, fixture: str) -> int:
    from pydantic import TypeAdapter, ValidationError

    body = json.loads(Path(fixture).read_text(encoding="utf-8"))
    model, paginated = response_model(resource, method)
    try:
        if paginated:
            pagination = importlib.import_module("avido.pagination").OffsetPaginationPagination
            parsed: list[Any] = [TypeAdapter(model).validate_python(item) for item in body["data"]]
            parsed.append(pagination.model_validate(body["pagination"]))
            extra = sorted(set(body) - {"data", "pagination"})
        else:
            parsed, extra = [TypeAdapter(model).validate_python(body)], []
    except ValidationError as exc:
        print(f"{fixture}: not valid against avido {version()} {model.__name__}:\n{exc}")
        return 1
    extra += unknown_keys(parsed)
    if extra:
        print(f"{fixture}: keys this release does not declare: {extra}")
        return 1
    print(f"{fixture}: valid against avido {version()} {model.__name__}")
    return 0


def decode_kwargs(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$datetime"}:
            return datetime.datetime.fromisoformat(value["$datetime"])
        return {key: decode_kwargs(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decode_kwargs(item) for item in value]
    return value


def call(resource: str, method: str, base_url: str, kwargs: str) -> int:
    from avido import Avido

    client = Avido(api_key="probe-key", application_id="probe-application", base_url=base_url, max_retries=0)
    result = getattr(getattr(client, resource), method)(**decode_kwargs(json.loads(kwargs)))
    if hasattr(result, "_get_page_items"):  # a page: its items are enough, don't walk on
        result._get_page_items()
    return 0


def schema(resource: str, method: str) -> int:
    from pydantic import TypeAdapter

    model, paginated = response_model(resource, method)
    function, _ = method_of(resource, method)
    parameters = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if (
            parameter.kind is inspect.Parameter.KEYWORD_ONLY
            and not name.startswith("extra_")
            and name != "timeout"
        ):
            parameters[name] = repr(typing.get_type_hints(function).get(name))
    params = params_type(resource, method)
    document = {
        "version": version(),
        "paginated": paginated,
        "schema": TypeAdapter(model).json_schema(by_alias=True),
        "parameters": parameters,
        "body": wire_schema(params) if params is not None and sends_body(resource, method) else None,
    }
    print(json.dumps(document))
    return 0


# --- request bodies ----------------------------------------------------------------------------

_HTTP = re.compile(r'self\._(get|post|put|patch|delete|get_api_list)\(\s*(?:path_template\(\s*)?f?"(/[^"]*)"')
_PARAMS = re.compile(r"(\w+_params)\.(\w+Params)\b")


def http_of(function: Any) -> tuple[str, str]:
    """The HTTP method and path template a resource method calls (as its source spells them)."""
    found = _HTTP.search(inspect.getsource(function))
    assert found, f"no request in {function.__qualname__}"
    verb = "get" if found.group(1) == "get_api_list" else found.group(1)
    return verb.upper(), re.sub(r"\{(\w+)\}", lambda m: "{" + camel(m.group(1)) + "}", found.group(2))


def camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


def params_type(resource: str, method: str) -> Any:
    """The TypedDict of the method's query or body parameters, or None if it takes none."""
    function, module = method_of(resource, method)
    found = _PARAMS.search(inspect.getsource(function))
    if found is None:
        return None
    return getattr(vars(module)[found.group(1)], found.group(2))


def sends_body(resource: str, method: str) -> bool:
    function, _ = method_of(resource, method)
    return "body=maybe_transform(" in inspect.getsource(function)


def _unwrap(hint: Any) -> tuple[Any, str | None, bool]:
    """A TypedDict field's type without Annotated/Required, its wire alias, and whether required."""
    alias, required = None, False
    while True:
        origin = typing.get_origin(hint)
        if origin is typing.Annotated:
            for meta in typing.get_args(hint)[1:]:
                alias = getattr(meta, "alias", None) or alias
            hint = typing.get_args(hint)[0]
        elif origin is not None and getattr(origin, "_name", str(origin)).endswith(
            ("Required", "NotRequired")
        ):
            required = required or "NotRequired" not in str(origin)
            hint = typing.get_args(hint)[0]
        else:
            return hint, alias, required


def _fields(typed_dict: Any) -> dict[str, tuple[str, Any, bool]]:
    """wire name -> (Python name, type, required) of a TypedDict's fields."""
    hints = typing.get_type_hints(typed_dict, include_extras=True)
    found = {}
    for name, hint in hints.items():
        inner, alias, required = _unwrap(hint)
        found[alias or name] = (name, inner, required)
    return found


def _is_typed_dict(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, dict) and hasattr(hint, "__annotations__")


def _sequence_item(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    name = getattr(origin, "__name__", "") or getattr(hint, "__name__", "")
    if origin in (list, tuple) or name in ("Iterable", "Sequence", "SequenceNotStr", "List"):
        args = typing.get_args(hint)
        return args[0] if args else Any
    return None


def to_python(value: Any, hint: Any, where: str, given: frozenset[str] = frozenset()) -> Any:
    """A wire value as the SDK takes it (Python names in TypedDicts); ValueError naming where it
    doesn't fit the release's type. `given`: fields passed apart (path parameters), not missing."""
    hint, _, _ = _unwrap(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        problems = []
        for member in typing.get_args(hint):
            try:
                return to_python(value, member, where)
            except ValueError as problem:
                problems.append(str(problem))
        raise ValueError(f"{where}: fits no member of {hint}: {'; '.join(problems)}")
    if origin is typing.Literal:
        if value not in typing.get_args(hint):
            raise ValueError(f"{where}: {value!r} is not one of {typing.get_args(hint)}")
        return value
    if hint is type(None):
        if value is not None:
            raise ValueError(f"{where}: not null")
        return None
    if _is_typed_dict(hint):
        if not isinstance(value, dict):
            raise ValueError(f"{where}: not an object")
        fields = _fields(hint)
        unknown = sorted(set(value) - set(fields))
        if unknown:
            raise ValueError(f"{where}: keys {hint.__name__} does not declare: {unknown}")
        missing = sorted(
            key
            for key, (name, _, required) in fields.items()
            if required and key not in value and name not in given
        )
        if missing:
            raise ValueError(f"{where}: {hint.__name__} requires {missing}")
        return {
            fields[key][0]: to_python(item, fields[key][1], f"{where}.{key}") for key, item in value.items()
        }
    item = _sequence_item(hint)
    if item is not None:
        if not isinstance(value, list):
            raise ValueError(f"{where}: not a list")
        return [to_python(element, item, f"{where}[{index}]") for index, element in enumerate(value)]
    if origin is dict or hint in (dict, object) or hint is Any:
        if (hint is dict or origin is dict) and not isinstance(value, dict):
            raise ValueError(f"{where}: not an object")
        return value
    scalars: dict[Any, type | tuple[type, ...]] = {
        str: str,
        int: int,
        float: (int, float),
        bool: bool,
        datetime.datetime: str,
    }
    expected = scalars.get(hint)
    if expected is None:
        raise ValueError(f"{where}: a type this probe does not know: {hint!r}")
    if not isinstance(value, expected) or (hint in (int, float) and isinstance(value, bool)):
        raise ValueError(f"{where}: {value!r} is not a {getattr(hint, '__name__', hint)}")
    return value


def wire_schema(hint: Any) -> Any:
    """A JSON Schema of a params type, with the wire's names (for a survey)."""
    hint, _, _ = _unwrap(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [wire_schema(member) for member in typing.get_args(hint)]}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(hint))}
    if hint is type(None):
        return {"type": "null"}
    if _is_typed_dict(hint):
        fields = _fields(hint)
        return {
            "type": "object",
            "properties": {key: wire_schema(field) for key, (_, field, _) in fields.items()},
            "required": [key for key, (_, _, required) in fields.items() if required],
        }
    item = _sequence_item(hint)
    if item is not None:
        return {"type": "array", "items": wire_schema(item)}
    if origin is dict or hint in (dict, object) or hint is Any:
        return {}
    if hint is datetime.datetime:
        return {"type": "string", "format": "date-time"}
    return {"type": {str: "string", int: "integer", float: "number", bool: "boolean"}[hint]}


def call_body(resource: str, method: str, base_url: str, arguments: str, fixture: str) -> int:
    """Check the fixture against the release's params type, then send it through the SDK."""
    from avido import Avido
    from pydantic import TypeAdapter

    params = params_type(resource, method)
    body = json.loads(Path(fixture).read_text(encoding="utf-8"))
    path_arguments = json.loads(arguments)
    try:
        kwargs = to_python(body, params, "body", frozenset(path_arguments))
        TypeAdapter(params).validate_python({**path_arguments, **kwargs})
    except Exception as exc:  # the fixture breaks the release's types: say where
        print(f"{fixture}: not valid against avido {version()} {params.__name__}: {exc}")
        return 1
    client = Avido(api_key="probe-key", application_id="probe-application", base_url=base_url, max_retries=0)
    target: Any = client
    for name in resource.split("."):
        target = getattr(target, name)
    getattr(target, method)(**path_arguments, **kwargs)
    print(f"{fixture}: valid against avido {version()} {params.__name__}")
    return 0


def surface() -> int:
    """Every method of every resource the client has, with its HTTP method and path."""
    from avido import Avido
    from avido._resource import SyncAPIResource

    client = Avido(api_key="probe-key", application_id="probe-application", base_url="http://127.0.0.1:9")
    found: dict[str, dict[str, str]] = {}

    def walk(owner: Any, prefix: str) -> None:
        for name in sorted(dir(type(owner))):
            if name.startswith(("_", "with_")):
                continue
            attribute = inspect.getattr_static(type(owner), name)
            if hasattr(attribute, "func") or isinstance(attribute, property):  # a (cached) property
                value = getattr(owner, name)
                if isinstance(value, SyncAPIResource):
                    walk(value, f"{prefix}{name}.")
            elif (
                prefix
                and inspect.isfunction(attribute)
                and attribute.__qualname__.split(".")[0] == type(owner).__name__
            ):
                verb, path = http_of(attribute)
                found[f"{prefix}{name}"] = {"method": verb, "path": path}

    walk(client, "")
    print(json.dumps(found, indent=2, sort_keys=True))
    return 0


def version() -> str:
    from importlib.metadata import version as installed

    return installed("avido")


if __name__ == "__main__":
    load_avido()
    command, *arguments = sys.argv[1:]
    commands: dict[str, Callable[..., int]] = {
        "validate": validate,
        "call": call,
        "schema": schema,
        "surface": surface,
        "call-body": call_body,
    }
    sys.exit(commands[command](*arguments))
