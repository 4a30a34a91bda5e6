"""`make breaking`: every kind of break is found and named, and additive changes pass.

Each case edits a copy of openapi.yaml as a maintainer would and compares it with the
original. The elements edited come from the spec itself (every operation, every parameter,
every property of every schema), so a new operation or property is covered as it lands.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import repository
from tests.support.experiments import with_experiments
from tests.support.generation import copy_sources
from tests.support.spec import SPEC
from tools.paths import REDOCLY, ROOT
from tools.paths import SPEC as SPEC_PATH
from tools.releases import breaking
from tools.releases.breaking import Change, compare
from tools.spec import Spec

JSON = Any
Edit = Callable[[JSON], None]


def document() -> JSON:
    return copy.deepcopy(SPEC.document)


def changes(edit: Edit, start: JSON | None = None) -> list[Change]:
    base = start if start is not None else document()
    head = copy.deepcopy(base)
    edit(head)
    return compare(Spec(base), Spec(head))


def breaks(edit: Edit, start: JSON | None = None) -> list[str]:
    return [change.line() for change in changes(edit, start) if change.breaking]


def component_properties() -> Iterator[tuple[str, str, bool]]:
    for name, schema in SPEC.document["components"]["schemas"].items():
        for prop in schema.get("properties", {}):
            yield name, prop, prop in schema.get("required", [])


def response_schemas() -> list[str]:
    """The component schemas a response reaches (through any depth of references): what callers read."""
    found: list[str] = []

    def visit(node: JSON) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.append(name)
                    visit(SPEC.document["components"]["schemas"][name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for operation in SPEC.operations():
        for response in operation.raw["responses"].values():
            visit(SPEC.resolve(response).get("content", {}))
    return found


def parameters() -> Iterator[tuple[str, str, JSON]]:
    """(operationId, parameter name, the parameter as written) for every parameter."""
    for operation in SPEC.operations():
        for raw in operation.parameters:
            yield operation.operation_id, SPEC.resolve(raw)["name"], raw


def operation_raw(spec: JSON, operation_id: str) -> JSON:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def resolved(spec: JSON, node: JSON) -> JSON:
    return Spec(spec).resolve(node)


def parameter_in(spec: JSON, operation_id: str, name: str) -> JSON:
    """The parameter as the spec defines it (its component when it is a reference)."""
    for raw in operation_raw(spec, operation_id)["parameters"]:
        if resolved(spec, raw)["name"] == name:
            return resolved(spec, raw)
    raise KeyError(name)


def parameter_schema(spec: JSON, operation_id: str, name: str) -> JSON:
    schema = parameter_in(spec, operation_id, name)["schema"]
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema.get("items", schema) if "enum" not in schema else schema


def ids(cases: list[Any]) -> list[str]:
    return ["-".join(str(part) for part in case[:2]) for case in cases]


def test_the_spec_compared_with_itself_has_no_changes() -> None:
    assert changes(lambda spec: None) == []


# -- breaking: what callers call ----------------------------------------------------------


@pytest.mark.parametrize("operation", SPEC.operations(), ids=lambda operation: operation.operation_id)
def test_a_removed_operation_breaks(operation: Any) -> None:
    def edit(spec: JSON) -> None:
        del spec["paths"][operation.path][operation.method]

    assert [line for line in breaks(edit) if line.startswith(f"operation {operation.operation_id} ")] == [
        f"operation {operation.operation_id} ({operation.method.upper()} "
        f"{re.sub(r'{[^}]+}', '{}', operation.path)}): removed"
    ]


def test_a_renamed_operation_or_one_moved_to_another_tag_breaks() -> None:
    operation = SPEC.operations()[0]

    def edit(spec: JSON) -> None:
        raw = spec["paths"][operation.path][operation.method]
        raw["operationId"] = "fetchEverything"
        raw["tags"] = ["other"]

    found = breaks(edit)
    assert any(
        f"{operation.operation_id} " in line and "renamed to fetchEverything" in line for line in found
    )
    assert any("moved from tag" in line and "to other" in line for line in found)


CASES_PARAMETERS = list(parameters())


@pytest.mark.parametrize(("operation_id", "name", "raw"), CASES_PARAMETERS, ids=ids(CASES_PARAMETERS))
def test_a_removed_parameter_breaks(operation_id: str, name: str, raw: JSON) -> None:
    def edit(spec: JSON) -> None:
        listed = operation_raw(spec, operation_id)["parameters"]
        listed[:] = [item for item in listed if resolved(spec, item)["name"] != name]

    assert any(f"parameter `{name}`: removed (a caller sends it)" in line for line in breaks(edit))


OPTIONAL = [case for case in CASES_PARAMETERS if not SPEC.resolve(case[2]).get("required")]


@pytest.mark.parametrize(("operation_id", "name", "raw"), OPTIONAL, ids=ids(OPTIONAL))
def test_a_parameter_made_required_breaks(operation_id: str, name: str, raw: JSON) -> None:
    def edit(spec: JSON) -> None:
        parameter_in(spec, operation_id, name)["required"] = True

    assert any(f"{operation_id} query parameter `{name}`: now required" in line for line in breaks(edit))


def test_a_new_required_parameter_breaks_and_a_new_optional_one_does_not() -> None:
    operation = SPEC.operations()[0]

    def add(required: bool) -> Edit:
        def edit(spec: JSON) -> None:
            parameter = {"name": "region", "in": "query", "required": required, "schema": {"type": "string"}}
            spec["paths"][operation.path][operation.method]["parameters"].append(parameter)

        return edit

    assert breaks(add(required=True)) == [
        f"{operation.operation_id} query parameter `region`: added, required (a caller doesn't send it)"
        f"  [{operation.operation_id}]"
    ]
    assert breaks(add(required=False)) == []


ENUMS = [case for case in CASES_PARAMETERS if "enum" in parameter_schema(SPEC.document, case[0], case[1])]


@pytest.mark.parametrize(("operation_id", "name", "raw"), ENUMS, ids=ids(ENUMS))
def test_an_enum_value_a_caller_sends_removed_breaks(operation_id: str, name: str, raw: JSON) -> None:
    removed = parameter_schema(SPEC.document, operation_id, name)["enum"][-1]

    def edit(spec: JSON) -> None:
        parameter_schema(spec, operation_id, name)["enum"].remove(removed)

    assert any(f"enum value {removed!r} removed (a caller sends it)" in line for line in breaks(edit))


BOUNDED = [
    (operation_id, name, bound)
    for operation_id, name, raw in CASES_PARAMETERS
    for bound in ("minimum", "maximum", "maxLength", "minLength")
    if bound in SPEC.resolve(SPEC.resolve(raw)["schema"])
]


@pytest.mark.parametrize(
    ("operation_id", "name", "bound"), BOUNDED, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in BOUNDED]
)
def test_a_tightened_bound_breaks_and_a_loosened_one_does_not(
    operation_id: str, name: str, bound: str
) -> None:
    def tighten(step: int) -> Edit:
        def edit(spec: JSON) -> None:
            schema = parameter_in(spec, operation_id, name)["schema"]
            schema[bound] += step if bound.startswith("min") else -step

        return edit

    before = SPEC.resolve(parameter_in(SPEC.document, operation_id, name)["schema"])[bound]
    after = before + 1 if bound.startswith("min") else before - 1
    verb = "raised" if bound.startswith("min") else "lowered"
    assert any(f"`{name}`: {bound} {verb} from {before} to {after}" in line for line in breaks(tighten(1)))
    assert breaks(tighten(-1)) == []


def test_a_narrowed_parameter_type_breaks_and_a_widened_one_does_not() -> None:
    operation_id, name, _ = next(
        case for case in CASES_PARAMETERS if "maximum" in SPEC.resolve(case[2])["schema"]
    )

    def retype(schema: JSON) -> Edit:
        def edit(spec: JSON) -> None:
            parameter_in(spec, operation_id, name)["schema"] = schema

        return edit

    assert any(
        f"`{name}`: type changed from integer to boolean" in line
        for line in breaks(retype({"type": "boolean"}))
    )
    # A number accepts every integer a caller sends: widening what is sent breaks nobody.
    original = SPEC.resolve(parameter_in(SPEC.document, operation_id, name)["schema"])
    widened = {key: value for key, value in original.items() if key != "maximum"} | {"type": "number"}
    assert breaks(retype(widened)) == []


def test_a_changed_serialisation_of_a_list_parameter_breaks() -> None:
    operation_id, name = next(
        (case[0], case[1])
        for case in CASES_PARAMETERS
        if SPEC.resolve(SPEC.resolve(case[2])["schema"]).get("type") == "array"
    )

    def edit(spec: JSON) -> None:
        parameter_in(spec, operation_id, name)["explode"] = True

    assert any(
        f"`{name}`: sent differently: style form, explode false -> style form, explode true" in line
        for line in breaks(edit)
    )


# -- breaking: what callers read ----------------------------------------------------------

PROPERTIES = list(component_properties())
READ = [name for name in response_schemas() if SPEC.document["components"]["schemas"][name].get("properties")]


@pytest.mark.parametrize("schema", READ)
def test_a_removed_response_property_breaks_even_an_optional_one(schema: str) -> None:
    """Each property of each schema a response reaches, removed: one edit a schema, each property
    named (the walk still reaches the schema; what its properties lead to is another case's)."""
    properties = list(SPEC.document["components"]["schemas"][schema]["properties"])

    def edit(spec: JSON) -> None:
        target = spec["components"]["schemas"][schema]
        target["properties"] = {}
        target.pop("required", None)

    found = breaks(edit)
    for prop in properties:
        assert any(
            line.startswith(f"schema {schema}: {prop}: property removed (callers read it)") for line in found
        ), (
            prop,
            found,
        )


REQUIRED = [name for name in READ if SPEC.document["components"]["schemas"][name].get("required")]


@pytest.mark.parametrize("schema", REQUIRED)
def test_a_response_property_no_longer_always_present_breaks(schema: str) -> None:
    required = list(SPEC.document["components"]["schemas"][schema]["required"])

    def edit(spec: JSON) -> None:
        spec["components"]["schemas"][schema]["required"] = []

    found = breaks(edit)
    for prop in required:
        assert any(
            line.startswith(f"schema {schema}: {prop}: no longer always present (callers read it)")
            for line in found
        ), (prop, found)


def test_a_response_property_that_may_be_null_or_changes_type_breaks() -> None:
    schema, prop = next(
        (s, p) for s, p, required in PROPERTIES if required and s in READ and s != "ErrorResponse"
    )

    def nullable(spec: JSON) -> None:
        target = spec["components"]["schemas"][schema]["properties"][prop]
        target["type"] = (
            [target["type"], "null"] if isinstance(target.get("type"), str) else ["object", "null"]
        )

    def retyped(spec: JSON) -> None:
        spec["components"]["schemas"][schema]["properties"][prop] = {"type": "boolean"}

    assert any(line.startswith(f"schema {schema}: {prop}: may now be null") for line in breaks(nullable))
    assert any(
        line.startswith(f"schema {schema}: {prop}: type changed from") and "to boolean" in line
        for line in breaks(retyped)
    )


def test_a_new_union_variant_in_a_response_breaks() -> None:
    union = next(name for name, schema in SPEC.document["components"]["schemas"].items() if "oneOf" in schema)

    def edit(spec: JSON) -> None:
        spec["components"]["schemas"][union]["oneOf"].append({"title": "Fresh", "type": "integer"})

    assert any(f"schema {union}" in line and "variant Fresh added" in line for line in breaks(edit))


ENUM_SCHEMAS = [name for name, schema in SPEC.document["components"]["schemas"].items() if "enum" in schema]


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_a_response_enum_value_added_is_not_breaking_and_one_removed_is(name: str) -> None:
    values = SPEC.document["components"]["schemas"][name]["enum"]

    def added(spec: JSON) -> None:
        spec["components"]["schemas"][name]["enum"].append("BRAND_NEW")

    def removed(spec: JSON) -> None:
        spec["components"]["schemas"][name]["enum"].remove(values[0])

    assert breaks(added) == []
    assert any(
        line.startswith(f"schema {name}: enum value 'BRAND_NEW' added")
        for line in (change.line() for change in changes(added))
    )
    assert any(f"enum value {values[0]!r} removed" in line for line in breaks(removed))


@pytest.mark.parametrize("name", list(SPEC.document["components"]["schemas"]))
def test_a_renamed_component_schema_breaks_code_importing_its_model(name: str) -> None:
    def edit(spec: JSON) -> None:
        schemas = spec["components"]["schemas"]
        schemas[f"{name}Renamed"] = schemas.pop(name)
        text = json.dumps(spec).replace(
            f'"#/components/schemas/{name}"', f'"#/components/schemas/{name}Renamed"'
        )
        spec.clear()
        spec.update(json.loads(text))

    assert f"schema {name}: removed (the client's model goes; code importing it fails)" in breaks(edit)


@pytest.mark.parametrize("operation", SPEC.operations(), ids=lambda operation: operation.operation_id)
def test_a_success_response_removed_or_no_longer_json_breaks(operation: Any) -> None:
    status = operation.success.status

    def removed(spec: JSON) -> None:
        del spec["paths"][operation.path][operation.method]["responses"][status]

    def not_json(spec: JSON) -> None:
        content = spec["paths"][operation.path][operation.method]["responses"][status]["content"]
        content["text/csv"] = content.pop("application/json")

    assert f"{operation.operation_id} {status} response: removed  [{operation.operation_id}]" in breaks(
        removed
    )
    if not operation.success.empty:  # a 204 has no media type to change
        assert any("no longer application/json" in line for line in breaks(not_json))


# -- breaking: credentials ----------------------------------------------------------------


def test_a_renamed_credential_header_or_a_new_credential_breaks() -> None:
    scheme = SPEC.security_schemes()[0]

    def renamed(spec: JSON) -> None:
        spec["components"]["securitySchemes"][scheme.name]["name"] = "x-renamed"

    def added(spec: JSON) -> None:
        spec["components"]["securitySchemes"]["Token"] = {"type": "apiKey", "in": "header", "name": "x-token"}
        for operation in SPEC.operations():
            spec["paths"][operation.path][operation.method]["security"][0]["Token"] = []

    assert f"credential {scheme.name}: sent in header x-renamed, not {scheme.header}" in breaks(renamed)
    assert all(
        any(
            line.startswith(f"operation {operation.operation_id} ")
            and "now needs the credential Token" in line
            for line in breaks(added)
        )
        for operation in SPEC.operations()
    )


# -- request bodies -----------------------------------------------------------------------


def with_body() -> JSON:
    return with_experiments(document())


def test_a_removed_or_newly_required_request_property_breaks() -> None:
    def removed(spec: JSON) -> None:
        del spec["components"]["schemas"]["NewExperiment"]["properties"]["description"]

    def required(spec: JSON) -> None:
        spec["components"]["schemas"]["NewExperiment"]["required"].append("description")

    def new_required(spec: JSON) -> None:
        schema = spec["components"]["schemas"]["NewExperiment"]
        schema["properties"]["owner"] = {"type": "string"}
        schema["required"].append("owner")

    assert any(
        line.startswith("schema NewExperiment: description: property removed (a caller sends it)")
        for line in breaks(removed, with_body())
    )
    assert any(
        line.startswith("schema NewExperiment: description: now required")
        for line in breaks(required, with_body())
    )
    assert any(
        line.startswith("schema NewExperiment: owner: property added, required")
        for line in breaks(new_required, with_body())
    )


def test_a_request_body_removed_or_made_required_breaks_and_a_tightened_property_too() -> None:
    def removed(spec: JSON) -> None:
        del spec["paths"]["/v0/experiments"]["post"]["requestBody"]

    def tightened(spec: JSON) -> None:
        spec["components"]["schemas"]["NewExperiment"]["properties"]["title"]["maxLength"] = 80

    assert "createExperiment request body: removed (a caller sends one)  [createExperiment]" in breaks(
        removed, with_body()
    )
    assert any(
        line.startswith("schema NewExperiment: title: maxLength lowered from none to 80")
        for line in breaks(tightened, with_body())
    )


# -- additive -----------------------------------------------------------------------------


def test_additive_changes_are_not_breaking() -> None:
    def edit(spec: JSON) -> None:
        with_experiments(spec)
        for schema in spec["components"]["schemas"].values():
            if "properties" in schema:
                schema["properties"]["addedLater"] = {"type": "string", "description": "new"}
            if "enum" in schema:
                schema["enum"].append("ADDED_LATER")
        for operation in SPEC.operations():
            raw = spec["paths"][operation.path][operation.method]
            raw.setdefault("parameters", []).append(
                {"name": "addedLater", "in": "query", "schema": {"type": "string"}}
            )
            raw["description"] = "Reworded."

    found = changes(edit)
    assert [change.line() for change in found if change.breaking] == []
    additive = [change.line() for change in found]
    assert any(
        line.startswith("operation createExperiment (POST /v0/experiments): added") for line in additive
    )
    assert any(line.startswith("operation listExperiments (GET /v0/experiments): added") for line in additive)
    assert sum("addedLater: property added" in line for line in additive) >= len(PROPERTIES) // 10


# -- the command ----------------------------------------------------------------------------


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.releases.breaking", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def write(path: Path, spec: JSON) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_the_command_lists_breaks_and_exits_1(tmp_path: Path) -> None:
    head = document()
    del head["paths"]["/v0/evals/{id}"]
    result = run("--base", str(SPEC_PATH), "--head", str(write(tmp_path / "head.yaml", head)))
    assert result.returncode == 1
    assert "  BREAKING  operation getEval (GET /v0/evals/{}): removed" in result.stdout
    assert (
        result.stdout.rstrip().endswith("breaking changes (0 additive).")
        or "breaking change" in result.stdout
    )


def test_the_command_says_no_breaking_changes_and_exits_0(tmp_path: Path) -> None:
    head = with_experiments(document())
    result = run("--base", str(SPEC_PATH), "--head", str(write(tmp_path / "head.yaml", head)), "--all")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("no breaking changes (5 additive).")
    assert "  added     operation createExperiment (POST /v0/experiments): added" in result.stdout


def test_the_command_reads_the_base_from_a_git_ref() -> None:
    result = run("--base", "HEAD")
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout.startswith("openapi.yaml compared with HEAD (")


def test_the_command_refuses_a_base_that_is_neither_file_nor_ref() -> None:
    result = run("--base", "no-such-ref-or-file")
    assert result.returncode == 2
    assert "'no-such-ref-or-file' is neither a file nor a git ref" in result.stderr


def test_the_changelog_draft_lists_breaking_and_added_under_the_version(tmp_path: Path) -> None:
    head = with_experiments(document())
    head["info"]["version"] = "9.9.9"
    head["components"]["schemas"]["Run"]["required"].remove("id")
    result = run("--base", str(SPEC_PATH), "--head", str(write(tmp_path / "h.yaml", head)), "--changelog")
    lines = result.stdout.splitlines()
    assert lines[0] == "## 9.9.9"
    assert lines.index("Breaking:") < lines.index("Added or relaxed:")
    assert "- schema Run: id: no longer always present (callers read it)  [listRuns]" in lines


def test_the_release_gates_base_is_the_newest_release_by_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for version in ("0.2.0", "0.10.0", "0.9.3"):
        (tmp_path / f"openapi-{version}.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    monkeypatch.setattr(breaking, "RELEASES", tmp_path)
    assert breaking.last_release().name == "openapi-0.10.0.yaml"  # by version, not by name


DEFAULTS = [
    (operation_id, name)
    for operation_id, name, raw in CASES_PARAMETERS
    if "default" in SPEC.resolve(SPEC.resolve(raw)["schema"])
]


@pytest.mark.parametrize(("operation_id", "name"), DEFAULTS, ids=[f"{c[0]}-{c[1]}" for c in DEFAULTS])
def test_a_changed_parameter_default_breaks_callers_who_leave_it_out(operation_id: str, name: str) -> None:
    def edit(spec: JSON) -> None:
        schema = resolved(spec, parameter_in(spec, operation_id, name)["schema"])
        schema["default"] = changed

    schema = resolved(SPEC.document, parameter_in(SPEC.document, operation_id, name)["schema"])
    default = schema["default"]
    others = [value for value in schema.get("enum", []) if value != default]
    changed = others[0] if others else (default + 1 if isinstance(default, int) else f"{default}-other")
    assert any(f"default changed from {default!r} to {changed!r}" in line for line in breaks(edit))


# -- the command in a checkout: what the maintainer's edit breaks, against the last commit ----


def run_in(work: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.releases.breaking", *arguments],
        cwd=work,
        env=repository.environment(),
        capture_output=True,
        text=True,
    )


def edit_spec(work: Path, edit: Callable[[JSON], object]) -> None:
    spec = yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))
    edit(spec)
    write(work / "openapi.yaml", spec)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git checkout of the repository's sources, committed as they are."""
    return repository.checkout(tmp_path_factory.mktemp("breaking") / "checkout")


@pytest.fixture
def work(checkout: Path) -> Iterator[Path]:
    """The checkout, its working tree put back to the last commit after the test."""
    yield checkout
    repository.git(checkout, "checkout", "--quiet", "--", ".")
    repository.git(checkout, "clean", "--quiet", "-d", "--force")


def test_a_clean_checkout_reports_nothing_and_names_the_last_commit_as_its_base(work: Path) -> None:
    commit = repository.git(work, "rev-parse", "HEAD")
    result = run_in(work)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"openapi.yaml compared with HEAD ({commit[:7]}, the last commit):"
    assert lines[1:] == ["no breaking changes (0 additive)."]


def test_an_additive_edit_exits_0_and_lists_its_additions_only_on_request(work: Path) -> None:
    edit_spec(work, with_experiments)
    quiet, listed = run_in(work), run_in(work, "--all")
    assert quiet.returncode == listed.returncode == 0, quiet.stdout + quiet.stderr
    assert quiet.stdout.splitlines()[1:] == [
        "no breaking changes (5 additive; make breaking ALL=1 lists them)."
    ]
    assert (
        "  added     operation createExperiment (POST /v0/experiments): added" in listed.stdout.splitlines()
    )
    assert "  added     schema NewExperiment: added" in listed.stdout.splitlines()


def test_a_breaking_edit_exits_1_naming_each_break_on_a_line_of_its_own(work: Path) -> None:
    def edit(spec: JSON) -> None:
        spec["components"]["schemas"]["Run"]["required"].remove("id")
        del spec["paths"]["/v0/evals/{id}"]

    edit_spec(work, edit)
    result = run_in(work)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("openapi.yaml compared with HEAD (")
    assert "  BREAKING  schema Run: id: no longer always present (callers read it)  [listRuns]" in lines
    assert "  BREAKING  operation getEval (GET /v0/evals/{}): removed" in lines
    assert lines[-1].startswith("2 breaking changes (")


def test_a_committed_edit_is_compared_with_the_commit_the_maintainer_names(work: Path) -> None:
    edit_spec(work, lambda spec: spec["components"]["schemas"]["Run"]["required"].remove("id"))
    repository.commit(work, "Run.id may be absent")
    try:
        assert run_in(work).returncode == 0  # the edit is the last commit now
        result = run_in(work, "--base", "HEAD~1")
        assert result.returncode == 1
        assert result.stdout.startswith("openapi.yaml compared with HEAD~1 (")
        assert "schema Run: id: no longer always present" in result.stdout
    finally:
        repository.git(work, "reset", "--quiet", "--hard", "HEAD~1")


def test_without_a_commit_to_compare_with_it_asks_for_a_base(tmp_path: Path) -> None:
    work = copy_sources(tmp_path / "not-a-checkout")
    result = run_in(work)
    assert result.returncode == 2
    assert "no last commit to compare with" in result.stderr
    assert "make breaking BASE=<git ref or file>" in result.stderr


@pytest.mark.skipif(
    not REDOCLY.exists(),
    reason="bundling a split spec needs Redocly CLI from package-lock.json (make node_modules/.installed; "
    "make test installs it when npm is present, and CI always has it)",
)
def test_a_split_spec_is_compared_with_the_last_commit_of_its_files(work: Path) -> None:
    subprocess.run(
        [str(REDOCLY), "split", "openapi.yaml", "--outDir", "."],
        cwd=work,
        check=True,
        capture_output=True,
        env=repository.environment(),
    )
    schema = work / "components" / "schemas" / "Run.yaml"
    assert schema.is_file()
    repository.commit(work, "The spec split into files")
    try:
        clean = run_in(work)
        assert clean.returncode == 0, clean.stdout + clean.stderr
        run_schema = yaml.safe_load(schema.read_text(encoding="utf-8"))
        run_schema["required"].remove("id")
        write(schema, run_schema)
        result = run_in(work)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "schema Run: id: no longer always present" in result.stdout
    finally:
        repository.git(work, "reset", "--quiet", "--hard", "HEAD~1")


# -- how a CHANGELOG names a change ------------------------------------------------------------


def test_a_change_is_named_by_its_element_and_what_happened_not_its_reason() -> None:
    [change] = breaks_of(lambda spec: spec["components"]["schemas"]["Run"]["required"].remove("id"))
    assert change.identifier == "schema Run: id: no longer always present"
    assert change.line() == f"{change.identifier} (callers read it)  [listRuns]"


def breaks_of(edit: Edit) -> list[Change]:
    return [change for change in changes(edit) if change.breaking]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("- schema Run: id: no longer always present (callers read it)  [listRuns]", True),
        ("- schema Run: id: no longer always present", True),
        ("Callers: `schema Run: id: no longer always\n  present` now.", True),
        ("- schema Run: id: no longer present", False),
        ("- schema Run: identifier: no longer always present", False),
        ("- schema TestRun: id: no longer always present", False),
        ("- schema Run: id: no longer always presently", False),
        ("`Run.id` is no longer always present.", False),
    ],
    ids=[
        "line",
        "identifier",
        "wrapped-and-quoted",
        "other-words",
        "other-property",
        "other-schema",
        "longer-word",
        "prose-only",
    ],
)
def test_a_changelog_names_a_change_by_its_identifier(text: str, named: bool) -> None:
    [change] = breaks_of(lambda spec: spec["components"]["schemas"]["Run"]["required"].remove("id"))
    assert breaking.named_in(text, change) is named


def test_every_breaking_change_names_its_element_and_what_happened_before_any_reason() -> None:
    def edit(spec: JSON) -> None:
        with_experiments(spec)
        del spec["components"]["schemas"]["Run"]["properties"]["orgId"]
        parameter_in(spec, "listRuns", "limit")["required"] = True
        spec["components"]["schemas"]["Status"]["enum"].remove("PENDING")

    found = breaks_of(edit)
    assert len(found) >= 3
    for change in found:
        assert change.line().startswith(change.identifier)
        assert "(" not in change.what or change.what.startswith("now restricted"), change.what
