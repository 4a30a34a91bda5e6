"""The generator's API tools/generation/ uses, and the call surface it builds from the spec.

openapi-python-client is pinned exactly and used only through its Python API, unpatched
(tools/generation/generator.py, USED). An upgrade that renames or reshapes a part of it would
otherwise surface as a confusing error mid-generation: these tests fail first, naming what
moved. The surface's facts are checked on the repository's spec.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

from tools.generation import generate, generator, surface
from tools.paths import CONFIG, RUNTIME, SPEC
from tools.spec import Spec


@pytest.mark.parametrize(("module", "path"), generator.USED, ids=[f"{m}.{p}" for m, p in generator.USED])
def test_each_part_of_the_generator_api_used_is_there(module: str, path: str) -> None:
    found: object = importlib.import_module(module)
    for name in path.split("."):
        found = getattr(found, name)
    assert found is not None


def test_project_takes_what_generation_passes_and_has_a_jinja_environment() -> None:
    from openapi_python_client import Project

    assert list(inspect.signature(Project.__init__).parameters) == [
        "self",
        "openapi",
        "config",
        "custom_template_path",
    ]
    assert "self.env" in inspect.getsource(Project.__init__)


def test_runtime_modules_are_all_copied() -> None:
    assert generate.runtime_modules() == sorted(
        p.name for p in RUNTIME.glob("*.py") if p.name != "__init__.py"
    )
    assert "__init__.py" not in generate.runtime_modules()


def resources() -> list[surface.Resource]:
    settings = generator.config(CONFIG, SPEC, Path("generated"))
    spec = Spec.load()
    parsed = generator.parse(spec.document, settings)
    return surface.resources(spec, generator.classes(parsed, settings))


def test_the_surface_of_the_repository_spec() -> None:
    by_path = {resource.path: resource for top in resources() for resource in top.walk()}
    tests = by_path[("tests",)]
    [listing] = [method for method in tests.methods if method.name == "list"]
    assert (listing.name, listing.const, listing.returns, listing.page_item) == (
        "list",
        "_LIST_TESTS",
        "PaginatedTests",
        "Test",
    )
    arguments = {argument.python_name: argument for argument in listing.arguments}
    assert (
        arguments["status"].annotation == "Sequence[Status | StatusLiteral] | Status | StatusLiteral | None"
    )
    assert arguments["type"].annotation == "EvalType | EvalTypeLiteral | None"  # as JSON names it
    assert arguments["start_date"].annotation == "datetime.datetime | None"
    record = {parameter["name"]: parameter for parameter in listing.record["parameters"]}
    assert record["status"]["enum"] == "Status"
    assert (record["status"]["array"], record["status"]["explode"]) == (True, False)
    assert record["limit"]["maximum"] == 100
    assert listing.record["security"] == ["x-api-key", "x-application-id"]
    assert {(low, high) for low, high, _ in listing.record["responses"]} == {
        (400, 400),
        (401, 401),
        (422, 422),
        (429, 429),
        (500, 599),
    }
    get = by_path[("evals",)].methods[0]
    assert (get.name, get.record["envelope"], [a.positional for a in get.arguments]) == (
        "get",
        "eval",
        [True],
    )


def test_spec_facts_name_the_credentials_and_their_variables() -> None:
    facts = generate.spec_facts(Spec.load())
    assert [(c["argument"], c["header"], c["variable"], c["required"]) for c in facts["credentials"]] == [
        ("api_key", "x-api-key", "AVIDO_API_KEY", True),
        ("application_id", "x-application-id", "AVIDO_APPLICATION_ID", False),
    ]
    assert facts["servers"] == ["https://api.avidoai.com"]
    assert facts["path_prefix"] == "/v0"
