"""A maintainer adds operations to the spec, runs make generate and make test, and nothing else:
no test edits, no hand-written code.

A copy of the repository in a temporary folder gets `GET /v0/experiments` (paginated),
`POST /v0/experiments` (a JSON body, answered 201), and a resource nested in experiments,
`client.experiments.variants` (`GET` and `PUT /v0/experiments/{id}/variants`, the PUT's body with
no example of its own), in its spec, with their example payloads as fixtures; the client is
regenerated there, and the spec-derived tests run against that client and must pass, with cases
for each new operation (only theirs run there: the spec's own run in this suite).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.experiments import with_experiment_variants
from tests.support.generation import copy_sources, generate

# The tests that take their cases from the spec, and that a new operation must pass.
SPEC_DERIVED = [
    "tests/behaviour/test_every_operation.py",
    "tests/behaviour/test_resources.py",
    "tests/contract/test_examples.py",
    "tests/contract/test_requests.py",
    "tests/contract/test_enums.py",
    "tests/tools/test_mock_api.py",
]


@pytest.fixture(scope="module")
def copy_with_experiments(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sources in a temporary folder, its spec with the experiments operations, and
    its client regenerated from that spec as make generate would."""
    work = copy_sources(tmp_path_factory.mktemp("maintainer"), "pyproject.toml", "tests", "examples")
    spec = with_experiment_variants(yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8")))
    (work / "openapi.yaml").write_text(
        yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    for operation, status, value in [
        ("list_experiments", "200", spec["paths"]["/v0/experiments"]["get"]),
        ("create_experiment", "201", spec["paths"]["/v0/experiments"]["post"]),
        ("list_experiment_variants", "200", spec["paths"]["/v0/experiments/{id}/variants"]["get"]),
        ("update_experiment_variants", "200", spec["paths"]["/v0/experiments/{id}/variants"]["put"]),
    ]:
        fixture = work / "tests" / "fixtures" / operation / f"{status}-documented.json"
        fixture.parent.mkdir(parents=True)
        body = value["responses"][status]["content"]["application/json"]["examples"]["documented"]["value"]
        fixture.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
        # A named request body example is a source's body too, kept as a fixture beside it.
        examples = (
            value.get("requestBody", {}).get("content", {}).get("application/json", {}).get("examples", {})
        )
        for name, example in examples.items():
            request = fixture.parent / f"request-{name}.json"
            request.write_text(json.dumps(example["value"], indent=2) + "\n", encoding="utf-8")

    generated = generate(Path("generated"), cwd=work)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    return work


def test_the_new_operations_are_generated(copy_with_experiments: Path) -> None:
    package = copy_with_experiments / "generated" / "avido_client"
    assert not (package / "api").exists()  # one way to call an operation: the resources
    experiments = (package / "resources" / "experiments.py").read_text(encoding="utf-8")
    assert "class ExperimentsResource(APIResource):" in experiments
    assert "def list_all(" in experiments
    assert "title: str," in experiments  # the body's properties are keyword arguments
    assert "description: str | NotGiven = NOT_GIVEN," in experiments
    assert "def variants(self) -> ExperimentsVariantsResource:" in experiments
    variants = (package / "resources" / "experiments_variants.py").read_text(encoding="utf-8")
    assert "def update(" in variants
    assert "type: str | NotGiven = NOT_GIVEN," in variants  # named as JSON names it


def test_the_spec_derived_tests_pass_on_the_regenerated_client_and_cover_the_new_operations(
    copy_with_experiments: Path,
) -> None:
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(copy_with_experiments / "generated"), str(copy_with_experiments)]),
    }
    # The new operations' cases (each case's id names its operation); the spec's own run here.
    new_cases = ["-k", "Experiment"]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-v",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            *new_cases,
            *SPEC_DERIVED,
        ],
        cwd=copy_with_experiments,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    imported = subprocess.run(
        [sys.executable, "-c", "import avido_client; print(avido_client.__file__)"],
        cwd=copy_with_experiments,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(imported.stdout.strip()).is_relative_to(copy_with_experiments)  # the regenerated client ran
    for operation in [
        "listExperiments",
        "createExperiment",
        "listExperimentVariants",
        "updateExperimentVariants",
    ]:
        ran = [line for line in result.stdout.splitlines() if operation in line and "PASSED" in line]
        assert len(ran) >= 8, f"{operation}: {len(ran)} tests"
    walked = [line for line in result.stdout.splitlines() if "test_walks_every_page" in line]
    assert any("listExperiments" in line for line in walked)
