"""The bundle's guide (tools/releases/guide.py) says what the spec says: the servers, which headers each
operation needs, how listings page, the error body and statuses, and the generator settings CI
proves, all read when it is written, so an edit of the spec shows in the next guide."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support.experiments import with_experiments
from tests.support.spec import SPEC
from tools.languages.share_check import GENERATORS
from tools.paths import PYPROJECT
from tools.releases import guide
from tools.spec import Spec

JSON = Any
FILES = [("README.md", "this guide"), ("openapi.yaml", "the spec"), ("x-1.0.0-py3-none-any.whl", "a wheel")]


def render(spec: Spec) -> str:
    return guide.render(spec, "9.9.9.dev3+gabcdef0", "A development build.", FILES, guide.pinned_generators())


def section(text: str, title: str) -> str:
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0].strip()


@pytest.fixture(scope="module")
def edited() -> Spec:
    """The spec as a maintainer might change it: two more operations (one paged, one creating), a
    second server, a credential only the new POST needs, an error status only it documents."""
    document = with_experiments(copy.deepcopy(SPEC.document))
    document["servers"].append({"url": "https://eu.api.avidoai.com", "description": "EU region"})
    document["components"]["securitySchemes"]["Token"] = {
        "type": "apiKey",
        "in": "header",
        "name": "x-token",
        "description": "A token for writes.",
    }
    create = document["paths"]["/v0/experiments"]["post"]
    create["security"] = [{"ApiKey": [], "Token": []}]
    create["responses"]["409"] = {
        "description": "An experiment with that title exists.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }
    return Spec(document)


@pytest.mark.parametrize("spec", [SPEC, "edited"], ids=["the-spec", "an-edited-spec"])
def test_the_guide_names_every_server_and_each_operations_headers(spec: Spec | str, edited: Spec) -> None:
    spec = edited if spec == "edited" else spec
    assert isinstance(spec, Spec)
    text = render(spec)
    for server in spec.servers:
        assert f"`{server}`" in section(text, "Base URL")
    auth = section(text, "Authentication")
    for scheme in spec.security_schemes():
        assert f"| `{scheme.header}` | `{scheme.name}` |" in auth
    for operation in spec.operations():
        headers = ", ".join(f"`{header}`" for header in operation.security_headers)
        request = f"`{operation.method.upper()} {operation.path}`"
        assert f"| `{operation.operation_id}` | {request} | {headers} |" in auth


def test_a_credential_some_operations_need_names_them_and_one_all_need_says_so(edited: Spec) -> None:
    auth = section(render(edited), "Authentication")
    assert "- `x-api-key`: with every request." in auth
    needing = [o.operation_id for o in edited.operations() if "x-application-id" in o.security_headers]
    assert 0 < len(needing) < len(edited.operations())
    assert f"- `x-application-id`: with {', '.join(f'`{name}`' for name in needing)} only." in auth
    assert "- `x-token`: with `createExperiment` only." in auth


def test_the_guide_names_the_operations_that_page_and_the_bounds_of_their_parameters(edited: Spec) -> None:
    paging = section(render(edited), "Paging")
    paged = [operation for operation in edited.operations() if operation.pagination is not None]
    assert paging.startswith(
        ", ".join(f"`{operation.operation_id}`" for operation in paged) + " page by offset"
    )
    assert "`listExperiments`" in paging
    assert "`createExperiment`" not in paging
    limit = edited.resolve(edited.document["components"]["parameters"]["Limit"])["schema"]
    assert f"(default {limit['default']}, {limit['minimum']} to {limit['maximum']})" in paging
    for key in edited.resolve(edited.document["components"]["schemas"]["Pagination"])["properties"]:
        assert f"| `{key}` |" in paging


def test_the_guide_gives_the_error_body_and_each_status_with_who_documents_it(edited: Spec) -> None:
    errors = section(render(edited), "Errors")
    assert "the `ErrorResponse` schema" in errors
    for key in edited.document["components"]["schemas"]["ErrorResponse"]["properties"]:
        assert f"| `{key}` |" in errors
    assert "| 409 | An experiment with that title exists. |  | `createExperiment` |" in errors
    assert re.search(r"^\| 404 \| .* \| `getEval`(, `\w+`)* \|$", errors, flags=re.M)
    assert "`Retry-After`: " in errors
    statuses = re.findall(r"^\| (\w+) \|", errors, flags=re.M)
    assert statuses[statuses.index("status") + 1 :] == sorted(
        {error.status for operation in edited.operations() for error in operation.errors}
    )


def test_the_guide_gives_the_generator_settings_ci_proves_at_their_pinned_versions() -> None:
    generators = section(render(SPEC), "Generating a client in another language")
    pinned = guide.pinned_generators()
    assert f"openapi-generator-cli=={pinned.openapi_generator}" in PYPROJECT.read_text(encoding="utf-8")
    assert f"OpenAPI Generator {pinned.openapi_generator}" in generators
    for generator, settings in GENERATORS.items():
        assert f"-g {generator}" in generators
        assert all(setting in generators for setting in settings)
    assert f"npx openapi-typescript@{pinned.openapi_typescript} openapi.yaml" in generators


def test_the_guide_points_at_the_changelog_and_lists_the_files() -> None:
    text = render(SPEC)
    assert "`CHANGELOG.md` says what each version changed" in section(text, "Changes")
    assert all(f"| `{name}` | {what} |" in text for name, what in FILES)
    assert "`pip install x-1.0.0-py3-none-any.whl`" in section(text, "The Python client")


def test_the_guide_names_no_operation_header_or_schema_of_its_own() -> None:
    """Every fact comes from the spec: the module's source names none of the spec's own names."""
    text = Path(guide.__file__).read_text(encoding="utf-8")
    names = {operation.operation_id for operation in SPEC.operations()}
    names |= {scheme.header for scheme in SPEC.security_schemes()} | {
        scheme.name for scheme in SPEC.security_schemes()
    }
    names |= set(SPEC.document["components"]["schemas"]) | set(SPEC.servers)
    assert sorted(name for name in names if name in text) == []


def test_operations_that_page_differently_are_described_apart(edited: Spec) -> None:
    document = copy.deepcopy(edited.document)
    listing = document["paths"]["/v0/experiments"]["get"]
    listing["parameters"] = [
        {"$ref": "#/components/parameters/Skip"},
        {
            "name": "limit",
            "in": "query",
            "description": "Experiments per page.",
            "schema": {"type": "integer", "maximum": 50},
        },
    ]
    paging = section(render(Spec(document)), "Paging")
    others = [
        o.operation_id for o in edited.operations() if o.pagination and o.operation_id != "listExperiments"
    ]
    assert f"{', '.join(f'`{name}`' for name in others)} page by offset." in paging
    assert "`listExperiments` page by offset." in paging
    assert "- `limit`: Experiments per page (at most 50)." in paging
