"""The release gate: a breaking change needs a major bump (a minor one while 0.x), any change a
new version, and every version its CHANGELOG.md section."""

from __future__ import annotations

import copy
import subprocess
import sys
from typing import Any

import pytest

from tests.support.spec import SPEC
from tests.support.tasks import with_tasks
from tools.paths import ROOT
from tools.releases.release import ReleaseError, check, is_major_bump, parse_version
from tools.spec import Spec

JSON = Any


def released(version: str) -> Spec:
    document = copy.deepcopy(SPEC.document)
    document["info"]["version"] = version
    return Spec(document)


def head(version: str, *, breaking: bool = False, additive: bool = False) -> Spec:
    document = copy.deepcopy(SPEC.document)
    document["info"]["version"] = version
    if breaking:
        document["components"]["schemas"]["Run"]["required"].remove("id")
    if additive:
        with_tasks(document)
    return Spec(document)


def changelog(*versions: str) -> str:
    return "# Changelog\n\n" + "".join(f"## {version}\n\nWhat changed.\n\n" for version in versions)


def gate(current: Spec, release: Spec, log: str) -> str:
    verdict, _ = check(current, release, "releases/openapi-x.yaml", log)
    return verdict


@pytest.mark.parametrize(
    ("released_version", "version", "major"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.3", "0.2.0", True),
        ("0.1.0", "0.1.1", False),
        ("0.9.0", "1.0.0", True),
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("1.4.2", "1.4.3", False),
    ],
)
def test_what_counts_as_a_major_bump(released_version: str, version: str, major: bool) -> None:
    assert is_major_bump(parse_version(released_version, "r"), parse_version(version, "h")) is major


def test_a_version_that_is_not_semver_is_refused() -> None:
    with pytest.raises(ReleaseError, match=r"version '1\.2' is not MAJOR\.MINOR\.PATCH"):
        parse_version("1.2", "openapi.yaml info.version")


def test_an_unchanged_spec_passes_at_the_released_version() -> None:
    assert "is the release in" in gate(released("1.4.2"), released("1.4.2"), changelog())


def test_a_breaking_change_with_a_major_bump_and_a_changelog_section_passes() -> None:
    assert "1 breaking" in gate(head("2.0.0", breaking=True), released("1.4.2"), changelog("2.0.0", "1.4.2"))
    assert "1 breaking" in gate(head("0.3.0", breaking=True), released("0.2.5"), changelog("0.3.0"))


@pytest.mark.parametrize("version", ["1.5.0", "1.4.3"])
def test_a_breaking_change_without_a_major_bump_fails_and_lists_the_breaks(version: str) -> None:
    with pytest.raises(ReleaseError) as failure:
        gate(head(version, breaking=True), released("1.4.2"), changelog(version))
    assert f"need info.version 2.0.0 or later, not {version}" in str(failure.value)
    assert "schema Run: id: no longer always present (callers read it)" in str(failure.value)


def test_a_breaking_change_on_0x_needs_the_next_minor() -> None:
    with pytest.raises(ReleaseError, match=r"need info.version 0\.3\.0 or later, not 0\.2\.1"):
        gate(head("0.2.1", breaking=True), released("0.2.0"), changelog("0.2.1"))


def test_an_additive_change_needs_a_new_version_but_not_a_major_one() -> None:
    with pytest.raises(
        ReleaseError, match=r"changed since the release .* but info\.version is still 1\.4\.2"
    ):
        gate(head("1.4.2", additive=True), released("1.4.2"), changelog("1.4.2"))
    assert "0 breaking, 4 additive" in gate(
        head("1.5.0", additive=True), released("1.4.2"), changelog("1.5.0")
    )


def test_a_version_below_the_release_fails() -> None:
    with pytest.raises(ReleaseError, match="lower than the last release"):
        gate(head("1.4.1", additive=True), released("1.4.2"), changelog("1.4.1"))


def test_a_changed_version_needs_its_changelog_section() -> None:
    with pytest.raises(ReleaseError, match=r"CHANGELOG\.md has no '## 1\.5\.0' section"):
        gate(head("1.5.0", additive=True), released("1.4.2"), changelog("1.4.2", "1.5.0-draft"))


def test_the_repository_passes_its_own_gate() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.releases.release", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("release check: ")
