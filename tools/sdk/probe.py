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
        Prints the JSON Schema of the response model and the list parameters (for a survey).

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
    document = {
        "version": version(),
        "paginated": paginated,
        "schema": TypeAdapter(model).json_schema(by_alias=True),
        "parameters": parameters,
    }
    print(json.dumps(document))
    return 0


def version() -> str:
    from importlib.metadata import version as installed

    return installed("avido")


if __name__ == "__main__":
    load_avido()
    command, *arguments = sys.argv[1:]
    commands: dict[str, Callable[..., int]] = {"validate": validate, "call": call, "schema": schema}
    sys.exit(commands[command](*arguments))
