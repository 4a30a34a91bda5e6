"""`make dist`: the bundle other teams download is labelled for what it is, never built from a stale
generated/, complete, self-contained (no link leads out of it), checksummed and reproducible.

Every bundle is built by `python -m tools.releases.dist`, as make dist runs it, in a git checkout
of the repository's sources in a temporary folder (tests/support/repository.py), taken through
the states a maintainer's checkout goes through: a commit whose version is not released yet; the
spec edited without regenerating; edited and regenerated, not committed; the version recorded as
a release; the spec changed again after that.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import repository
from tests.support.generation import generate
from tools import spec_source
from tools.paths import REDOC, REDOCLY, ROOT
from tools.releases import links

pytestmark = pytest.mark.skipif(
    not (REDOCLY.exists() and REDOC.exists()),
    reason="the reference in the bundle needs Redocly CLI and Redoc from package-lock.json "
    "(make node_modules/.installed; make test installs them when npm is present, and CI always has them)",
)
JSON = Any


def dist(work: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.releases.dist", "--output", str(output)],
        cwd=work,
        env=repository.environment(),
        capture_output=True,
        text=True,
    )


def built(work: Path, output: Path) -> Path:
    """The one bundle make dist writes into `output` (an empty folder before)."""
    result = dist(work, output)
    assert result.returncode == 0, result.stdout + result.stderr
    [folder] = [path for path in output.iterdir() if not path.name.startswith(".")]
    assert sorted(path.name for path in output.iterdir()) == [folder.name]  # no temporary left
    return folder


def edit_spec(work: Path, summary: str) -> None:
    """A maintainer's edit: the first operation's summary (a docstring of the client changes)."""
    path = work / "openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = next(iter(spec["paths"].values()))
    next(value for value in first.values() if isinstance(value, dict))["summary"] = summary
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def regenerate(work: Path, scratch: Path) -> None:
    result = generate(scratch, cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    repository.replace_generated(work, scratch)


@dataclass(frozen=True)
class States:
    version: str  # the copy's version, not released (the repository's, or the next if it is released)
    since_release: int  # commits since the one releases/ was last changed in, at `unreleased`
    unreleased: Path  # the copy's commit: its version not recorded as released
    unreleased_again: Path  # the same commit built again, later
    unreleased_commit: str
    stale: subprocess.CompletedProcess[str]  # the spec edited, generated/ not regenerated
    stale_output_before: dict[str, bytes]
    stale_output_after: dict[str, bytes]
    generated_before: dict[str, bytes]
    generated_after: dict[str, bytes]
    dirty: Path  # edited and regenerated, not committed
    released: Path  # the version recorded as released (make release), committed
    released_spec: JSON
    edited_after_release: Path  # the spec changed again, committed, version unchanged
    edited_commit: str


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> States:
    root = tmp_path_factory.mktemp("dist")
    work = repository.checkout(root / "checkout")
    version = repository.unreleased(work)
    if repository.git(work, "status", "--porcelain"):  # a new version: its client, committed
        regenerate(work, root / "generated-unreleased")
        repository.commit(work, f"Version {version}, not released yet")
    since_release = repository.commits_since_first(work)
    commit = repository.git(work, "rev-parse", "HEAD")

    unreleased = built(work, root / "unreleased")
    time.sleep(1.1)  # a second apart: a build time stamped anywhere would differ
    unreleased_again = built(work, root / "unreleased-again")

    edit_spec(work, "List the runs")
    stale_output = root / "stale"
    stale_output.mkdir()
    (stale_output / f"avido-client-{version}").mkdir()
    (stale_output / f"avido-client-{version}" / "kept.txt").write_text(
        "an earlier bundle\n", encoding="utf-8"
    )
    stale_output_before, generated_before = repository.tree(stale_output), repository.tree(work / "generated")
    stale = dist(work, stale_output)
    stale_output_after, generated_after = repository.tree(stale_output), repository.tree(work / "generated")

    regenerate(work, root / "generated-edited")
    dirty = built(work, root / "dirty")

    repository.commit(work, "listRuns: a shorter summary")
    recorded = subprocess.run(
        [sys.executable, "-m", "tools.releases.release", "record"],
        cwd=work,
        env=repository.environment(),
        capture_output=True,
        text=True,
    )
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    repository.commit(work, f"Release {version}")
    released = built(work, root / "released")
    released_spec = yaml.safe_load(
        (work / "releases" / f"openapi-{version}.yaml").read_text(encoding="utf-8")
    )

    edit_spec(work, "List runs, newest first")
    regenerate(work, root / "generated-after-release")
    edited_commit = repository.commit(work, "listRuns: the order in the summary")
    edited_after_release = built(work, root / "edited-after-release")

    return States(
        version,
        since_release,
        unreleased,
        unreleased_again,
        commit,
        stale,
        stale_output_before,
        stale_output_after,
        generated_before,
        generated_after,
        dirty,
        released,
        released_spec,
        edited_after_release,
        edited_commit,
    )


def files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in links.files(folder)}


def package_versions(folder: Path) -> dict[str, str]:
    """The version each archive of the bundle declares, by archive name."""
    versions = {}
    for archive in folder.iterdir():
        if archive.name.endswith((".whl", ".tar.gz")):
            text = links.package_description(archive)
            versions[archive.name] = next(
                line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("Version: ")
            )
    return versions


def labelled(folder: Path) -> str:
    return folder.name.removeprefix("avido-client-")


# -- the label ---------------------------------------------------------------------------------


def test_two_builds_of_a_commit_are_byte_for_byte_the_same(states: States) -> None:
    assert states.unreleased.name == states.unreleased_again.name
    assert files(states.unreleased) == files(states.unreleased_again)


def test_an_unreleased_version_is_labelled_a_development_build_of_its_commit(states: States) -> None:
    # The copy's first commit holds releases/, so it is the commit the last release was recorded in.
    label = f"{states.version}.dev{states.since_release}+g{states.unreleased_commit[:7]}"
    assert labelled(states.unreleased) == label
    assert package_versions(states.unreleased) == {
        f"avido_client-{label}-py3-none-any.whl": label,
        f"avido_client-{label}.tar.gz": label,
    }
    guide = (states.unreleased / "README.md").read_text(encoding="utf-8")
    assert guide.startswith(f"# Avido API {label}: the spec bundle\n")
    assert (
        f"A development build, not a release: version {states.version} is not recorded as released." in guide
    )


def test_a_stale_generated_folder_is_refused_with_the_command_to_run_and_nothing_written(
    states: States,
) -> None:
    assert states.stale.returncode == 1
    assert "generated/ is not what `make generate` writes" in states.stale.stderr
    assert "run `make generate`" in states.stale.stderr
    assert "differs: avido_client/" in states.stale.stderr  # names the files
    assert states.stale.stdout == ""
    assert states.stale_output_after == states.stale_output_before  # an earlier bundle is kept
    assert states.generated_after == states.generated_before


def test_uncommitted_changes_are_labelled_dirty_in_the_folder_and_the_packages(states: States) -> None:
    label = labelled(states.dirty)
    assert label == f"{states.version}.dev{states.since_release}+g{states.unreleased_commit[:7]}.dirty"
    assert set(package_versions(states.dirty).values()) == {label}
    assert "the checkout has uncommitted changes" in (states.dirty / "README.md").read_text(encoding="utf-8")
    spec = yaml.safe_load((states.dirty / "openapi.yaml").read_text(encoding="utf-8"))
    assert spec["paths"]["/v0/runs"]["get"]["summary"] == "List the runs"  # the working tree's spec


def test_the_spec_recorded_as_a_release_gets_the_plain_version_and_is_that_spec(states: States) -> None:
    assert labelled(states.released) == states.version
    assert set(package_versions(states.released).values()) == {states.version}
    for name in ("openapi.yaml", "openapi.json"):
        assert spec_source.read_yaml(states.released / name) == states.released_spec
    assert f"The spec recorded as release {states.version}" in (states.released / "README.md").read_text(
        encoding="utf-8"
    )


def test_a_spec_changed_after_its_release_never_gets_that_plain_version(states: States) -> None:
    label = labelled(states.edited_after_release)
    assert label == f"{states.version}.dev1+g{states.edited_commit[:7]}"
    bundled = yaml.safe_load((states.edited_after_release / "openapi.yaml").read_text(encoding="utf-8"))
    assert bundled != states.released_spec
    assert f"the spec differs from the one recorded as release {states.version}" in (
        states.edited_after_release / "README.md"
    ).read_text(encoding="utf-8")


# -- what the bundle holds ---------------------------------------------------------------------


def test_the_bundle_holds_the_guide_the_spec_the_reference_the_documents_and_the_client(
    states: States,
) -> None:
    folder = states.released
    assert sorted(files(folder)) == sorted(
        [
            "README.md",
            "openapi.yaml",
            "openapi.json",
            "avido-api.html",
            "CHANGELOG.md",
            "docs/spec-decisions.md",
            "docs/breaking-changes.md",
            "LICENSE",
            f"avido_client-{states.version}-py3-none-any.whl",
            f"avido_client-{states.version}.tar.gz",
            "SHA256SUMS",
        ]
    )
    assert f"## {states.version}" in (folder / "CHANGELOG.md").read_text(encoding="utf-8")


def test_every_file_of_the_bundle_is_listed_in_its_guide(states: States) -> None:
    for folder in (states.unreleased, states.released):
        guide = (folder / "README.md").read_text(encoding="utf-8")
        assert all(f"| `{name}` |" in guide for name in files(folder))


def test_the_spec_is_one_self_contained_document_in_yaml_and_json(states: States) -> None:
    folder = states.unreleased
    as_yaml = yaml.safe_load((folder / "openapi.yaml").read_text(encoding="utf-8"))
    as_json = json.loads((folder / "openapi.json").read_text(encoding="utf-8"))
    assert as_yaml == as_json
    assert spec_source.external_refs(as_json) == []


def test_the_checksums_are_those_of_the_files(states: States) -> None:
    folder = states.unreleased
    listed = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    actual = {
        name: hashlib.sha256(data).hexdigest() for name, data in files(folder).items() if name != "SHA256SUMS"
    }
    assert listed == actual


def test_the_wheel_is_the_client_of_this_bundle(states: States) -> None:
    folder = states.released
    [wheel] = folder.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "avido_client/py.typed" in names
    assert "avido_client/_spec.py" in names
    assert f"avido_client-{states.version}.dist-info/METADATA" in names
    [sdist] = folder.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        assert f"avido_client-{states.version}/pyproject.toml" in archive.getnames()


def test_the_reference_opens_offline(states: States) -> None:
    page = (states.unreleased / "avido-api.html").read_text(encoding="utf-8")
    assert "connect-src 'none'" in page  # it fetches nothing (make docs checks it in Chromium)
    assert yaml.safe_load((states.unreleased / "openapi.yaml").read_text())["info"]["title"] in page


# -- no link leads out -------------------------------------------------------------------------


def test_no_link_in_any_file_of_the_bundle_points_outside_it(states: States) -> None:
    for folder in (states.unreleased, states.released):
        assert links.outside(folder) == []


def test_what_the_spec_points_at_is_in_the_bundle(states: States) -> None:
    folder = states.released
    spec = yaml.safe_load((folder / "openapi.yaml").read_text(encoding="utf-8"))
    assert "`docs/spec-decisions.md`" in spec["info"]["description"]
    assert (folder / "docs" / "spec-decisions.md").is_file()


def test_no_bundled_document_names_a_repository_file_it_lacks_without_saying_so(states: States) -> None:
    """Independent of the link finder: every code span in a bundled Markdown file that is the path
    of a file or folder tracked in the repository is in the bundle, or marked as the repository's."""
    tracked = set(
        subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    )
    folders = {"/".join(name.split("/")[:depth]) + "/" for name in tracked for depth in (1, 2, 3)}
    folder = states.released
    checked = 0
    for name in files(folder):
        if not name.endswith(".md"):
            continue
        text = (folder / name).read_text(encoding="utf-8")
        for span in {span for span in set(re_spans(text)) if span in tracked or span in folders}:
            checked += 1
            if not (folder / span).exists():  # then every mention of it is marked
                assert text.count(f"`{span}`") == text.count(f"`{span}`{links.MARK}"), f"{name}: `{span}`"
    assert checked > 10


def re_spans(text: str) -> list[str]:
    return re.findall(r"`([^`\n]+)`", text)


def test_the_link_check_finds_each_kind_of_link_that_leads_out(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "docs").mkdir(parents=True)
    (bundle / "openapi.yaml").write_text(
        yaml.safe_dump(
            {
                "info": {"description": "See `docs/usage.md` and https://example.com/spec.", "license": {}},
                "servers": [{"url": "https://api.avidoai.com"}],
            }
        ),
        encoding="utf-8",
    )
    (bundle / "docs" / "here.md").write_text("# Here\n", encoding="utf-8")
    (bundle / "README.md").write_text(
        "[up](../CONTRIBUTING.md), [here](docs/here.md), [docs](https://docs.avidoai.com/x),\n"
        '<a href="https://example.org/">x</a>, `tools/spec.py`, tests/fixtures/wire/ and\n'
        "`tools/paths.py`" + links.MARK + ", `docs/here.md`.\n",
        encoding="utf-8",
    )
    assert links.outside(bundle) == [
        "README.md: ../CONTRIBUTING.md (markdown)",
        "README.md: https://example.org/ (html)",
        "README.md: tests/fixtures/wire/ (path)",
        "README.md: tools/spec.py (path)",
        "openapi.yaml: docs/usage.md (path)",
        "openapi.yaml: https://example.com/spec (url)",
    ]


def test_a_bundled_documents_paths_into_the_repository_are_marked_and_its_own_kept(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "docs").mkdir(parents=True)
    (bundle / "docs" / "kept.md").write_text("# Kept\n", encoding="utf-8")
    text = (
        "Read `docs/kept.md`, `tools/spec.py` and tests/fixtures/wire/; [the steps](CONTRIBUTING.md);\n"
        "`tools/paths.py`" + links.MARK + " is marked already; https://api.avidoai.com stays,\n"
        "[so does this](https://example.com/x), for the check to refuse.\n"
    )
    names = links.repository()
    localized = links.localize(text, bundle, bundle / "docs" / "other.md", names)
    assert localized == (
        "Read `docs/kept.md`, `tools/spec.py`" + links.MARK + " and tests/fixtures/wire/" + links.MARK + "; "
        "the steps (`CONTRIBUTING.md`" + links.MARK + ");\n"
        "`tools/paths.py`" + links.MARK + " is marked already; https://api.avidoai.com stays,\n"
        "[so does this](https://example.com/x), for the check to refuse.\n"
    )
    assert [link.target for link in links.find(localized, names)] == [
        "docs/kept.md",
        "https://api.avidoai.com",
        "https://example.com/x",
    ]
