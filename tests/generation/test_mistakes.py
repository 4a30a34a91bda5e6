"""A maintainer's ordinary mistakes in the spec, as make generate and make lint meet them: each is
named in a few lines with where it is and what to change, and generated/ is left exactly as it
was (make generate is all or nothing)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.generation.test_drift import tree
from tests.support.generation import copy_sources, generate
from tools.generation import checks
from tools.paths import GENERATED, SPEC
from tools.spec import Spec

TYPO = "#/components/schemas/PaginatedTest"  # PaginatedTests, one letter short


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """The generation sources and the committed generated/ in a temporary folder."""
    work = copy_sources(tmp_path / "checkout")
    shutil.copytree(GENERATED, work / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    return work


def misspell(work: Path) -> int:
    """Misspell the listTests success schema's $ref as a maintainer's typo would; its line."""
    text = (work / "openapi.yaml").read_text(encoding="utf-8")
    original = "$ref: '#/components/schemas/PaginatedTests'"
    assert text.count(original) == 1
    (work / "openapi.yaml").write_text(text.replace(original, f"$ref: '{TYPO}'"), encoding="utf-8")
    return text[: text.index(original)].count("\n") + 1


def lint(work: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.generation.checks", "openapi.yaml"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_misspelled_reference_leaves_generated_as_it_was_and_is_named(checkout: Path) -> None:
    line = misspell(checkout)
    before = tree(checkout / "generated")

    result = generate(Path("generated"), cwd=checkout)

    assert result.returncode == 1
    assert tree(checkout / "generated") == before  # byte for byte
    assert not list(checkout.glob(".generate-*"))  # its work folder cleaned up
    message = result.stderr.strip().splitlines()
    assert len(message) <= 5
    assert (
        f"openapi.yaml:{line}: paths./v0/tests.get.responses.200.content.application/json.schema"
        in result.stderr
    )
    assert (
        f"$ref '{TYPO}' points nowhere; did you mean '#/components/schemas/PaginatedTests'?" in result.stderr
    )
    assert "generated is as it was" in result.stderr


def test_make_lint_names_the_same_reference_in_one_line(checkout: Path) -> None:
    line = misspell(checkout)
    result = lint(checkout)
    assert result.returncode == 1
    [heading, problem] = result.stderr.strip().splitlines()
    assert heading == "lint: 1 problem in openapi.yaml:"
    assert problem.startswith(f"openapi.yaml:{line}: ")
    assert TYPO in problem
    assert len(problem) < 300


def edited(work: Path, change: Any) -> None:
    document = yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))
    change(document)
    (work / "openapi.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["paths"]["/v0/runs"]["get"].pop("operationId"), "no operationId; add one"),
        (lambda d: d["paths"]["/v0/runs"]["get"].pop("tags"), "no tag; add one"),
        (
            lambda d: d["paths"]["/v0/tests"]["get"].update(operationId="listRuns"),
            "operationId listRuns is also paths./v0/runs.get's",
        ),
        (
            lambda d: d["components"]["schemas"]["Run"]["properties"].update(bad={"type": "strng"}),
            "the generator says",
        ),
    ],
    ids=["no-operation-id", "no-tag", "same-operation-id", "bad-type"],
)
def test_other_mistakes_are_named_before_anything_is_written(
    change: Any, expected: str, checkout: Path
) -> None:
    edited(checkout, change)
    before = tree(checkout / "generated")
    result = generate(Path("generated"), cwd=checkout)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert tree(checkout / "generated") == before
    assert expected in lint(checkout).stderr


def test_a_body_the_tests_cant_make_is_named_with_what_to_add() -> None:
    """Where the spec gives neither an example nor enough to make one (a string with a pattern),
    make lint names the operation and what to add, in one line; the tests say the same."""
    document = Spec.load().document
    with_post = {
        **document,
        "paths": {
            **document["paths"],
            "/v0/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["things"],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}
                    },
                    "responses": document["paths"]["/v0/runs"]["get"]["responses"],
                }
            },
        },
        "components": {
            **document["components"],
            "schemas": {
                **document["components"]["schemas"],
                "NewThing": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {"code": {"type": "string", "pattern": "^[A-Z]{3}$"}},
                },
            },
        },
    }
    [problem] = checks.call_problems(Spec(with_post))
    assert problem.message == (
        "createThing: request body.code: a string with a pattern; add an `example` that matches it"
    )


def test_the_repository_spec_has_no_problem() -> None:
    assert checks.problems(Spec.load().document) == []
    assert lint(SPEC.parent).returncode == 0
