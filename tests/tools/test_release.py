"""The release gate: a breaking change needs a major bump (a minor one while 0.x), any change a
new version, every version its CHANGELOG.md section, and that section names every break."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import repository
from tests.support.experiments import with_experiments
from tests.support.spec import SPEC
from tools.paths import ROOT
from tools.releases.release import ReleaseError, changelog_section, check, is_major_bump, parse_version
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
        with_experiments(document)
    return Spec(document)


RUN_ID_BREAK = "- schema Run: id: no longer always present (callers read it)  [listRuns]"


def changelog(*versions: str, naming: str = RUN_ID_BREAK) -> str:
    """A CHANGELOG.md with a section per version, each naming the break `head(breaking=True)` makes."""
    return "# Changelog\n\n" + "".join(f"## {version}\n\nWhat changed.\n{naming}\n\n" for version in versions)


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
    # with_experiments adds two operations and the three schemas they name.
    assert "0 breaking, 5 additive" in gate(
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


def test_a_break_the_versions_section_does_not_name_fails_listing_the_line_to_add() -> None:
    log = changelog("0.3.0", naming="Run ids may be absent now.") + changelog("0.2.0").split("\n", 2)[2]
    with pytest.raises(ReleaseError) as failure:
        gate(head("0.3.0", breaking=True), released("0.2.0"), log)
    message = str(failure.value)
    assert "CHANGELOG.md's '## 0.3.0' section does not name 1 breaking change since" in message
    assert message.endswith(f"\n  {RUN_ID_BREAK}")


def test_a_break_named_only_in_another_versions_section_fails() -> None:
    log = changelog("0.3.0", naming="Nothing breaks.") + changelog("0.2.0").split("\n", 2)[2]
    with pytest.raises(ReleaseError, match="does not name 1 breaking change"):
        gate(head("0.3.0", breaking=True), released("0.2.0"), log)


def test_a_break_named_by_its_identifier_in_the_maintainers_own_words_passes() -> None:
    naming = "Run ids may be absent (`schema Run: id: no longer always\n  present`): check before use."
    assert "CHANGELOG.md's section names each break" in gate(
        head("0.3.0", breaking=True), released("0.2.0"), changelog("0.3.0", naming=naming)
    )


def test_additive_changes_need_not_be_named() -> None:
    verdict = gate(head("1.5.0", additive=True), released("1.4.2"), changelog("1.5.0", naming=""))
    assert "0 breaking" in verdict


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("## 1.0.0\nA\n## 0.9.0\nB\n", "A\n"),
        ("## 1.0.0 (2026-01-05)\nA\n\n### Breaking\nC\n## 0.9.0\nB\n", "A\n\n### Breaking\nC\n"),
        ("## 1.0.0\nA", "A"),
        ("## 1.0.0-rc.1\nA\n", None),
        ("## 0.9.0\nB\n", None),
    ],
    ids=["between-headings", "dated-with-subsections", "last", "prerelease-is-another-version", "absent"],
)
def test_the_versions_section_runs_to_the_next_version_heading(text: str, section: str | None) -> None:
    assert changelog_section(text, "1.0.0") == section


def test_a_new_break_in_the_repository_fails_its_own_gate_until_the_changelog_names_it(
    tmp_path: Path,
) -> None:
    """The gate as CI runs it (make release-check) on a checkout of this repository: a required
    response property removed, not in CHANGELOG.md, fails it naming the break; named, it passes."""
    work = repository.checkout(tmp_path / "checkout")
    spec_path = work / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    removed = next(
        (name, prop)
        for name, schema in spec["components"]["schemas"].items()
        for prop in schema.get("required", [])
        if name not in {"ErrorResponse"}
    )
    schema = spec["components"]["schemas"][removed[0]]
    schema["required"].remove(removed[1])
    del schema["properties"][removed[1]]
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    def release_check() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tools.releases.release", "check"],
            cwd=work,
            env=repository.environment(),
            capture_output=True,
            text=True,
        )

    failed = release_check()
    assert failed.returncode == 1
    wanted = f"schema {removed[0]}: {removed[1]}: property removed (callers read it)"
    assert [line for line in failed.stderr.splitlines() if wanted in line]
    repository.answer_the_gate(work, failed.stderr)  # whatever the release state, one answer does
    passed = release_check()
    assert passed.returncode == 0, passed.stderr
