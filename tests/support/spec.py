"""The spec as data: operations, their documented examples and response schemas."""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
FIXTURES = ROOT / "tests" / "fixtures"

JSON = Any


@cache
def load_spec() -> dict[str, JSON]:
    """Return openapi.yaml as plain data (YAML 1.1 timestamps stay strings: they are quoted)."""
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, JSON] = yaml.safe_load(f)
    return spec


@dataclass(frozen=True)
class Example:
    """One named example of one response of one operation."""

    operation: Operation
    status: str
    name: str
    value: JSON

    @property
    def id(self) -> str:
        return f"{self.operation.operation_id}-{self.status}-{self.name}"

    @property
    def fixture_path(self) -> Path:
        return FIXTURES / f"{snake_case(self.operation.operation_id)}_{self.status}.json"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and the generated module that calls it."""

    operation_id: str
    method: str
    path: str
    tag: str

    @property
    def raw(self) -> dict[str, JSON]:
        op: dict[str, JSON] = load_spec()["paths"][self.path][self.method]
        return op

    @property
    def module(self) -> ModuleType:
        """The generated module, named as openapi-python-client names it."""
        return importlib.import_module(f"avido_client.api.{self.tag}.{snake_case(self.operation_id)}")

    @property
    def parameters(self) -> list[dict[str, JSON]]:
        return [resolve(p) for p in self.raw.get("parameters", [])]

    @property
    def security_headers(self) -> list[str]:
        """Header names the operation's security requirement asks for."""
        schemes = load_spec()["components"]["securitySchemes"]
        return [schemes[name]["name"] for req in self.raw.get("security", []) for name in req]

    def response_schema_name(self, status: str = "200") -> str:
        ref: str = self.raw["responses"][status]["content"]["application/json"]["schema"]["$ref"]
        return ref.rsplit("/", 1)[-1]

    def examples(self) -> list[Example]:
        found = []
        for status, response in self.raw["responses"].items():
            media = resolve(response).get("content", {}).get("application/json", {})
            for name, example in media.get("examples", {}).items():
                found.append(Example(self, status, name, example["value"]))
        return found


def operations() -> list[Operation]:
    """Every operation in the spec, in document order."""
    return [
        Operation(op["operationId"], method, path, op["tags"][0])
        for path, item in load_spec()["paths"].items()
        for method, op in item.items()
    ]


def documented_examples() -> list[Example]:
    return [example for op in operations() for example in op.examples()]


def resolve(node: JSON) -> JSON:
    """Follow a local $ref (one level) to the node it names."""
    if isinstance(node, dict) and "$ref" in node:
        target: JSON = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return target
    return node


def json_schema(name: str) -> dict[str, JSON]:
    """Return the component schema `name` as a self-contained JSON Schema (refs inlined).

    OpenAPI 3.1 schemas are JSON Schema 2020-12, so only the local $refs need
    resolving; `example` is an OpenAPI annotation that JSON Schema tools ignore.
    The schemas are acyclic, so inlining terminates.
    """

    def inline(node: JSON) -> JSON:
        if isinstance(node, dict):
            if "$ref" in node:
                siblings = {k: v for k, v in node.items() if k not in ("$ref", "description")}
                return {**inline(resolve(node)), **inline(siblings)}
            return {k: inline(v) for k, v in node.items() if k != "example"}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    schema: dict[str, JSON] = inline(load_spec()["components"]["schemas"][name])
    return schema


def read_fixture(path: Path) -> JSON:
    return json.loads(path.read_text(encoding="utf-8"))
