"""The generator internals tools/generation/generate.py wraps, and the facts it hands the templates.

openapi-python-client is pinned exactly, but an upgrade that renames or reshapes one of
the functions wrapped would otherwise surface as a confusing template error (or silently
as a client without auth headers): these tests fail first, naming what moved.
"""

from __future__ import annotations

import inspect

import openapi_python_client
import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from tools.generation import generate
from tools.paths import CONFIG, RUNTIME, SPEC
from tools.spec import Spec

# What each wrapped internal must still take (the wrappers pass these on).
EXPECTED_PARAMETERS = {
    "read the document": ["source", "timeout"],
    "set the templates' globals": ["self", "openapi", "config", "custom_template_path"],
    "write the package": ["self"],
}


@pytest.mark.parametrize("hook", list(generate.HOOKS))
def test_each_wrapped_internal_is_still_there_with_its_parameters(hook: str) -> None:
    owner, attribute = generate.HOOKS[hook]
    function = getattr(owner, attribute)
    assert callable(function)
    assert list(inspect.signature(function).parameters) == EXPECTED_PARAMETERS[hook]


def test_the_stock_build_still_calls_the_wrapped_steps() -> None:
    """Project.build runs _build_api (where the runtime is copied in) before the post hooks."""
    source = inspect.getsource(openapi_python_client.Project.build)
    assert source.index("self._build_api()") < source.index("self._run_post_hooks()")


def test_runtime_modules_are_all_copied() -> None:
    assert generate.runtime_modules() == sorted(
        p.name for p in RUNTIME.glob("*.py") if p.name != "__init__.py"
    )
    assert "__init__.py" not in generate.runtime_modules()


def parsed() -> GeneratorData:
    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.PDM, SPEC, "utf-8", True, None)
    data = GeneratorData.from_dict(Spec.load().document, config=config)
    assert isinstance(data, GeneratorData)
    return data


def test_operation_facts_for_the_repository_spec() -> None:
    data = parsed()
    modules = {str(m.class_info.name): str(m.class_info.module_name) for m in [*data.models, *data.enums]}
    [collection] = [c for tag, c in data.endpoint_collections_by_tag.items() if tag == "tests"]
    endpoint = next(e for e in collection.endpoints if e.name == "list_tests")
    operation = next(o for o in Spec.load().operations() if o.operation_id == "listTests")

    facts = generate.operation_facts(endpoint, operation, modules, "field_")

    by_name = {p["name"]: p for p in facts["parameters"]}
    assert by_name["status"] == {
        "python_name": "status",
        "name": "status",
        "location": "query",
        "required": False,
        "enum": "Status",
        "array": True,
        "explode": False,
        "date_time": False,
        "type": "Sequence[Status | StatusLiteral] | Status | StatusLiteral",
        "description": "Filter by test status; several statuses are sent comma-separated.",
    }
    assert facts["resource_method"] == "list"
    assert by_name["type"]["python_name"] == "type_"
    assert by_name["startDate"]["date_time"]
    assert facts["success"] == {"model": "PaginatedTests", "statuses": (200, 200), "envelope": None}
    assert facts["page"] == {"item": "Test", "max_limit": 100}
    assert {(r["low"], r["high"]) for r in facts["responses"]} == {
        (400, 400),
        (401, 401),
        (422, 422),
        (429, 429),
        (500, 599),
    }
    assert "from ...models.test import Test" in facts["imports"]


def test_spec_facts_name_the_credentials_and_their_variables() -> None:
    facts = generate.spec_facts(Spec.load(), "field_")
    assert [(c["argument"], c["header"], c["variable"], c["required"]) for c in facts["credentials"]] == [
        ("api_key", "x-api-key", "AVIDO_API_KEY", True),
        ("application_id", "x-application-id", "AVIDO_APPLICATION_ID", False),
    ]
    assert facts["servers"] == ["https://api.avidoai.com"]
