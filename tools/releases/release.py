"""The release gate: the spec's version says what changed since the last release.

    python -m tools.releases.release check    # make release-check (CI): version, CHANGELOG fit the changes
    python -m tools.releases.release record   # make release: keep the spec as released, in releases/

The package's version is the spec's `info.version` (the generator writes it into
pyproject.toml). Against the last release (releases/openapi-<version>.yaml, compared by
tools/releases/breaking.py), the check fails when

- the spec changed and the version did not (or went down);
- a change breaks callers and the version is not a major bump: 1.x to 2.0.0, or, while
  the version is 0.x, 0.1.x to 0.2.0 (SemVer leaves 0.x open; this project treats the
  minor as the major there, and says so in CHANGELOG.md);
- CHANGELOG.md has no `## <version>` section (`make changelog` drafts one);
- that section does not name every breaking change since the release. A change is named
  when its identifier, as `make breaking` prints it (the line up to the reason in
  parentheses: "schema Run: status: no longer always present"), appears in the section;
  backticks are ignored and any run of whitespace (a wrapped line) counts as one space
  (`breaking.named_in`). The error lists each break not named and the line to add.

`record` runs the same check, then writes the spec (bundled, if split) as
releases/openapi-<version>.yaml and removes the previous one: git keeps the history, and
the gate needs only the last.
"""

from __future__ import annotations

import re
import shutil
import sys

from tools import spec_source
from tools.paths import CHANGELOG, RELEASES, ROOT, SPEC
from tools.releases.breaking import Change, compare, last_release, named_in
from tools.spec import Spec

VERSION = re.compile(
    r"(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?"
)


class ReleaseError(Exception):
    pass


def parse_version(text: str, where: str) -> tuple[int, int, int]:
    match = VERSION.fullmatch(str(text))
    if match is None:
        raise ReleaseError(f"{where}: version {text!r} is not MAJOR.MINOR.PATCH")
    return int(match["major"]), int(match["minor"]), int(match["patch"])


def is_major_bump(released: tuple[int, int, int], current: tuple[int, int, int]) -> bool:
    """A bump that may break callers: the major, or the minor while the major is 0."""
    if released[0] == 0 and current[0] == 0:
        return current[1] > released[1]
    return current[0] > released[0]


def changelog_versions(changelog: str) -> list[str]:
    return re.findall(r"^## (\S+)", changelog, flags=re.MULTILINE)


def changelog_section(changelog: str, version: str) -> str | None:
    """The text of CHANGELOG.md's `## <version>` section, up to the next `## ` heading; None
    when there is no such section."""
    found = re.search(
        rf"^## {re.escape(version)}(?!\S)[^\n]*\n?(.*?)(?=^## |\Z)", changelog, flags=re.MULTILINE | re.DOTALL
    )
    return found[1] if found else None


def next_version(released: tuple[int, int, int], breaking: bool) -> str:
    """The version the changes since a release need at least: the next minor for additions; the
    next major for a break (while 0.x, the next minor: this project's major there)."""
    major, minor, _ = released
    if breaking and major > 0:
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0"


def check(head: Spec, released_spec: Spec, released_name: str, changelog: str) -> tuple[str, list[Change]]:
    """What the release gate says about `head` against the release; ReleaseError when it fails,
    listing everything the changes need at once (the version to set, the CHANGELOG.md section,
    each break's line), so that one edit answers it."""
    released = parse_version(released_spec.document["info"]["version"], released_name)
    version_text = str(head.document["info"]["version"])
    current = parse_version(version_text, "openapi.yaml info.version")
    changes = compare(released_spec, head)
    breaking = [change for change in changes if change.breaking]
    changed = head.document != released_spec.document
    listed = "".join(f"\n  {change.line()}" for change in breaking)
    if current < released:
        raise ReleaseError(f"info.version {version_text} is lower than the last release ({released_name})")
    if not changed:
        return f"openapi.yaml is the release in {released_name} (version {version_text})", changes
    problems = []
    target = version_text
    if current == released:
        target = next_version(released, bool(breaking))
        why = f"a major bump: {len(breaking)} breaking changes" if breaking else "no breaking changes"
        problems.append(
            f"openapi.yaml changed since the release in {released_name} but info.version is still "
            f"{version_text}: bump it ({why}): set info.version to {target}{listed}"
        )
    elif breaking and not is_major_bump(released, current):
        target = next_version(released, True)
        problems.append(
            f"{len(breaking)} breaking change{'s' if len(breaking) != 1 else ''} since {released_name} need "
            f"info.version {target} or later, not {version_text}: set info.version to {target}{listed}"
        )
    section = changelog_section(changelog, target)
    if section is None:
        problems.append(f"CHANGELOG.md has no '## {target}' section: add it (`make changelog` drafts one)")
        section = ""
    unnamed = [change for change in breaking if not named_in(section, change)]
    if unnamed:
        lines = "".join(f"\n  - {change.line()}" for change in unnamed)
        problems.append(
            f"CHANGELOG.md's '## {target}' section does not name {len(unnamed)} breaking "
            f"change{'s' if len(unnamed) != 1 else ''} since {released_name}; add these lines to it "
            f"(the text before the reason in parentheses is what must appear; `make changelog` "
            f"drafts the whole section):{lines}"
        )
    if problems:
        raise ReleaseError("\n".join(problems))
    named = "CHANGELOG.md's section names each break" if breaking else "CHANGELOG.md has its section"
    return (
        f"version {version_text} fits the changes since {released_name}: "
        f"{len(breaking)} breaking, {len(changes) - len(breaking)} additive; {named}",
        changes,
    )


def main(argv: list[str]) -> int:
    if argv not in (["check"], ["record"]):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    released_path = last_release()
    released_name = str(released_path.relative_to(ROOT))
    try:
        head = Spec(spec_source.load(SPEC))
        changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
        verdict, _ = check(head, Spec(spec_source.load(released_path)), released_name, changelog)
    except (ReleaseError, spec_source.SpecSourceError) as error:
        print(f"release check: {error}", file=sys.stderr)
        return 1
    print(f"release check: {verdict}")
    if argv == ["record"]:
        version = head.document["info"]["version"]
        target = RELEASES / f"openapi-{version}.yaml"
        for previous in RELEASES.glob("openapi-*.yaml"):
            if previous != target:
                previous.unlink()
        shutil.copyfile(spec_source.bundled(SPEC), target)
        recorded = target.relative_to(ROOT)
        print(f"release: recorded {recorded}; commit it with the version's CHANGELOG.md section")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
