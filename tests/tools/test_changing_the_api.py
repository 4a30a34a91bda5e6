"""CONTRIBUTING.md's "Changing the API" steps, followed literally on a fresh copy of the repository,
give the right answer for an additive edit and for a breaking one.

The steps are read from CONTRIBUTING.md and run in order with make, in a git checkout of the
repository in a temporary folder that uses this checkout's virtual environment and Node tools.
Each `$EDITOR` step is done as the text beside it says: the first makes the edit; the second does
what `make release-check` asked for. `lint` and `test` are left out of the make steps: they are
the rest of this suite, which runs on this checkout.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import repository
from tools.paths import ROOT, VENV

JSON = Any
STEPS = [
    "$EDITOR openapi.yaml",
    "make generate",
    "make breaking",
    "make release-check",
    "$EDITOR openapi.yaml CHANGELOG.md",
    "make generate lint test release-check",
    "git commit",
    "make release",
]
LEFT_TO_THE_SUITE = {"lint", "test"}


def steps() -> list[str]:
    """The commands of the steps' shell block, comments left out."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("\n## Changing the API\n", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.split("#", 1)[0].strip()]


def test_the_steps_are_the_ones_this_test_follows() -> None:
    assert steps() == STEPS


def required_response_property(spec: JSON) -> tuple[str, str]:
    """A property some response schema always has (one a caller reads), from the spec."""
    return next(
        (name, prop)
        for name, schema in spec["components"]["schemas"].items()
        for prop in schema.get("required", [])
        if name != "ErrorResponse"
    )


def add_optional_fields(spec: JSON) -> None:
    first = next(iter(spec["paths"].values()))["get"]
    first["parameters"].append(
        {"name": "region", "in": "query", "description": "Where.", "schema": {"type": "string"}}
    )
    name = next(name for name, schema in spec["components"]["schemas"].items() if "properties" in schema)
    spec["components"]["schemas"][name]["properties"]["addedLater"] = {
        "type": "string",
        "description": "New.",
    }


def remove_a_required_response_property(spec: JSON) -> None:
    name, prop = required_response_property(spec)
    schema = spec["components"]["schemas"][name]
    schema["required"].remove(prop)
    del schema["properties"][prop]


class Maintainer:
    """Runs the steps in a copy of the repository and keeps what each printed, and the release
    the copy started from (its version and the version the spec had)."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.results: dict[str, list[subprocess.CompletedProcess[str]]] = {}
        self.released = repository.last_release(work)
        self.started_at = str(
            yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"]
        )

    @property
    def version(self) -> str:
        """The spec's version now."""
        return str(
            yaml.safe_load((self.work / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"]
        )

    def make(self, *targets: str) -> subprocess.CompletedProcess[str]:
        # The linked virtual environment is this checkout's, current: --assume-old keeps make from
        # rebuilding it through the link because the copied pins are newer files.
        installed = f"{VENV.name}/.installed"
        result = subprocess.run(
            ["make", "--no-print-directory", f"--assume-old={installed}", *targets],
            cwd=self.work,
            env=repository.environment(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        self.results.setdefault(" ".join(targets), []).append(result)
        return result

    def last(self, targets: str) -> subprocess.CompletedProcess[str]:
        return self.results[targets][-1]


def follow(work: Path, edit: Callable[[JSON], None]) -> Maintainer:
    """Follow the steps after `edit` of the spec, answering the second `$EDITOR` with what
    `make release-check` asked for: each missing CHANGELOG.md line pasted into the version's section."""
    maintainer = Maintainer(work)
    editors = 0
    for step in steps():
        if step.startswith("$EDITOR"):
            editors += 1
            if editors == 1:
                spec = yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))
                edit(spec)
                text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
                (work / "openapi.yaml").write_text(text, encoding="utf-8")
            else:
                do_what_the_gate_asked(work, maintainer.last("release-check"))
        elif step == "git commit":
            repository.commit(work, "The change, generated, with its CHANGELOG.md lines")
        else:
            targets = [target for target in step.split()[1:] if target not in LEFT_TO_THE_SUITE]
            maintainer.make(*targets)
    return maintainer


def do_what_the_gate_asked(work: Path, gate: subprocess.CompletedProcess[str]) -> None:
    if gate.returncode == 0:
        return
    repository.answer_the_gate(work, gate.stderr)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    def make_checkout(name: str) -> Path:
        work = repository.checkout(tmp_path_factory.mktemp(name) / "checkout")
        (work / VENV.name).symlink_to(VENV, target_is_directory=True)
        with (work / ".git" / "info" / "exclude").open("a", encoding="utf-8") as exclude:
            exclude.write(f"/{VENV.name}\n")
        return work

    return make_checkout


@pytest.fixture(scope="module")
def additive(checkout: Callable[[str], Path]) -> Maintainer:
    return follow(checkout("additive"), add_optional_fields)


@pytest.fixture(scope="module")
def breaking(checkout: Callable[[str], Path]) -> Maintainer:
    return follow(checkout("breaking"), remove_a_required_response_property)


def test_an_additive_edit_breaks_nothing_and_the_gate_asks_only_what_the_release_state_needs(
    additive: Maintainer,
) -> None:
    assert additive.last("generate").returncode == 0, additive.last("generate").stderr
    found = additive.last("breaking")
    assert found.returncode == 0, found.stdout + found.stderr
    assert found.stdout.startswith("openapi.yaml compared with HEAD (")
    assert (
        found.stdout.splitlines()[-1] == "no breaking changes (2 additive; make breaking ALL=1 lists them)."
    )
    [gate] = additive.results["release-check"]
    if additive.started_at == additive.released:  # the spec was the release: a new version, no break to name
        assert gate.returncode != 0
        assert "no breaking changes" in gate.stderr
        assert "  - " not in gate.stderr
    else:  # an unreleased version already: additions need nothing more
        assert gate.returncode == 0, gate.stderr
        assert (
            f"{additive.started_at} fits the changes since releases/openapi-{additive.released}.yaml"
            in gate.stdout
        )


def test_an_additive_edit_ends_in_a_clean_generation_a_passing_gate_and_a_recorded_release(
    additive: Maintainer,
) -> None:
    final = additive.last("generate release-check")
    assert final.returncode == 0, final.stdout + final.stderr
    released = additive.last("release")
    assert released.returncode == 0, released.stderr
    assert (additive.work / "releases" / f"openapi-{additive.version}.yaml").is_file()


def test_a_breaking_edit_is_named_by_make_breaking_and_the_gate_asks_for_its_changelog_line(
    breaking: Maintainer,
) -> None:
    spec = yaml.safe_load(repository.git(breaking.work, "show", "HEAD~1:openapi.yaml"))
    name, prop = required_response_property(spec)
    line = f"schema {name}: {prop}: property removed (callers read it)"
    found = breaking.last("breaking")
    assert found.returncode != 0
    assert found.stdout.startswith("openapi.yaml compared with HEAD (")
    [named] = [text for text in found.stdout.splitlines() if "BREAKING" in text]
    assert named.startswith(f"  BREAKING  {line}")
    [gate] = breaking.results["release-check"]
    assert gate.returncode != 0
    assert (
        f"section does not name 1 breaking change since releases/openapi-{breaking.released}.yaml"
        in gate.stderr
    )
    assert f"  - {line}" in gate.stderr
    final = breaking.last("generate release-check")
    assert final.returncode == 0, final.stdout + final.stderr


def test_a_breaking_edit_ends_named_in_the_changelog_and_released(breaking: Maintainer) -> None:
    version = breaking.version
    section = (breaking.work / "CHANGELOG.md").read_text(encoding="utf-8").split(f"\n## {version}\n", 1)[1]
    assert "property removed (callers read it)" in section.split("\n## ", 1)[0]
    assert breaking.last("release").returncode == 0, breaking.last("release").stderr
    after = breaking.make("breaking")
    assert after.returncode == 0, after.stdout  # committed: the last commit is the base now
