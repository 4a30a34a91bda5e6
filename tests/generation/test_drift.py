"""generated/ is exactly what `make generate` writes: regenerate and compare.

The generator runs as the Makefile runs it (tests/support/generation.py), into a
temporary folder, with the pinned openapi-python-client and ruff from the virtual
environment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.generation import generate
from tools.paths import GENERATED

CACHE_NAMES = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", ".pdm-build"}


def tree(root: Path) -> dict[str, bytes]:
    """Every file below root by relative path; Python's own bytecode caches are not output."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation into a temporary folder."""
    output = tmp_path_factory.mktemp("regenerated") / "generated"
    result = generate(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_fresh_generation_equals_committed_generated(fresh: Path) -> None:
    committed, regenerated = tree(GENERATED), tree(fresh)
    differing = sorted(
        [f"only in generated/: {p}" for p in committed.keys() - regenerated.keys()]
        + [f"missing from generated/: {p}" for p in regenerated.keys() - committed.keys()]
        + [f"differs: {p}" for p in committed.keys() & regenerated.keys() if committed[p] != regenerated[p]]
    )
    assert differing == [], "generated/ has drifted; run `make generate` and commit:\n" + "\n".join(differing)


def test_generation_leaves_no_caches(fresh: Path) -> None:
    left = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.name in CACHE_NAMES)
    assert left == []


def test_generated_package_is_typed(fresh: Path) -> None:
    assert (fresh / "avido_client" / "py.typed").is_file()
