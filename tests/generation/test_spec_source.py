"""A spec split into files is bundled before generation, or refused clearly: never an empty client."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.generation.test_drift import tree
from tests.support.generation import copy_sources, generate
from tools import spec_source
from tools.paths import GENERATED, REDOCLY, SPEC

needs_redocly = pytest.mark.skipif(
    not REDOCLY.exists(),
    reason="needs Redocly CLI from package-lock.json (make node_modules/.installed; make test installs it "
    "when npm is present, and CI always has it)",
)


def write_yaml(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_external_refs_are_the_refs_into_other_files() -> None:
    document = {
        "a": {"$ref": "#/components/schemas/Run"},
        "b": [{"$ref": "schemas/Run.yaml"}, {"c": {"$ref": "common.yaml#/Error"}}],
        "d": {"$ref": "schemas/Run.yaml"},
    }
    assert spec_source.external_refs(document) == ["common.yaml#/Error", "schemas/Run.yaml"]
    assert spec_source.external_refs(yaml.safe_load(SPEC.read_text(encoding="utf-8"))) == []


def test_a_single_file_spec_is_read_as_it_is() -> None:
    assert spec_source.bundled(SPEC) == SPEC.resolve()


@needs_redocly
def test_a_spec_split_by_redocly_generates_the_same_client(tmp_path: Path) -> None:
    split = tmp_path / "split"
    subprocess.run(
        [str(REDOCLY), "split", str(SPEC), "--outDir", str(split)],
        check=True,
        capture_output=True,
    )
    assert spec_source.external_refs(yaml.safe_load((split / "openapi.yaml").read_text(encoding="utf-8")))
    result = generate(tmp_path / "generated", spec=split / "openapi.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree(tmp_path / "generated") == tree(GENERATED)


def test_a_split_spec_without_redocly_is_refused_with_the_command_to_run(tmp_path: Path) -> None:
    work = copy_sources(tmp_path / "checkout")
    spec = yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))
    write_yaml(work / "schemas" / "Run.yaml", spec["components"]["schemas"]["Run"])
    spec["components"]["schemas"]["Run"] = {"$ref": "schemas/Run.yaml"}
    write_yaml(work / "openapi.yaml", spec)

    result = generate(work / "generated", cwd=work, spec=work / "openapi.yaml")

    assert result.returncode != 0
    assert "refers to other files (schemas/Run.yaml)" in result.stderr
    assert "make node_modules/.installed" in result.stderr
    assert not (work / "generated").exists()


@pytest.mark.parametrize("paths", [{}, {"/v0/runs": {}}], ids=["no-paths", "no-operations"])
def test_a_spec_without_operations_is_refused_not_generated_empty(
    tmp_path: Path, paths: dict[str, Any]
) -> None:
    work = copy_sources(tmp_path / "checkout")
    spec = yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))
    spec["paths"] = paths
    write_yaml(work / "openapi.yaml", spec)

    result = generate(work / "generated", cwd=work)

    assert result.returncode != 0
    assert "no operations; refusing to write an empty client" in result.stderr
    assert not (work / "generated").exists()
