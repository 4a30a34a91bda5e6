"""`make dist`: the versioned bundle other teams download, in dist/avido-client-<label>/.

    README.md           the guide for the team that receives the bundle (tools/releases/guide.py)
    openapi.yaml        the spec as one self-contained file (bundled if it is split; all $refs internal)
    openapi.json        the same document as JSON
    avido-api.html      the API reference, one file that opens offline (tools/releases/reference.py)
    CHANGELOG.md        what each version changed, breaking changes first
    docs/...            every repository file the spec's descriptions point at (docs/spec-decisions.md),
                        and docs/breaking-changes.md, whose terms the CHANGELOG and the guide use
    LICENSE             the licence
    avido_client-<label>-py3-none-any.whl, avido_client-<label>.tar.gz
                        the Python client, built from generated/ by its own backend (pdm-backend)
    SHA256SUMS          a checksum line per file, as `sha256sum -c` reads it

Never stale: the client is regenerated into a temporary folder (the command
`make -s print-generate-args` prints) and compared with generated/ file by file; when they
differ, make dist refuses and says to run `make generate`.

The label (`label`) never gives two different specs one plain version:
- `X.Y.Z` when the spec, parsed, is the one recorded as release X.Y.Z
  (releases/openapi-X.Y.Z.yaml, `make release`) and the checkout has no uncommitted change;
- otherwise a development build, PEP 440 `X.Y.Z.devN+g<commit>`: X.Y.Z is `info.version`, N
  the number of commits since releases/ last changed (since the last release was recorded;
  all commits when none did), <commit> the first 7 hex digits of HEAD. Uncommitted changes
  (tracked or untracked, outside .gitignore) add `.dirty`: such a build can't be made again
  from any commit, so it says so rather than pass for one.
The wheel and the sdist carry the same version. Outside a git checkout make dist refuses.

No link in the bundle points outside it (tools/releases/links.py says what counts): the
documents the spec points at come along, the bundled CHANGELOG.md and docs/ have their paths
into the repository marked as such, and make dist refuses a bundle that still has an outside
link, naming each.

Reproducible: every timestamp inside the archives is SOURCE_DATE_EPOCH, taken from the last
commit, and nothing else varies, so two runs on the same commit give the same bytes
(tests/tools/test_dist.py builds twice and compares). The bundle is assembled in a temporary
folder beside its place and moved there when complete: a refusal or a failure leaves dist/
(and generated/) as they were.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import spec_source
from tools.paths import CHANGELOG, DIST, DOCS, GENERATED, LICENSE, RELEASES, ROOT, SPEC
from tools.releases import guide, links, reference
from tools.spec import Spec

ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can carry
# Beside what the spec points at: the rules the CHANGELOG's breaking lines are written in.
GUIDE_DOCUMENTS = (DOCS / "breaking-changes.md",)
GUIDE, SUMS = "README.md", "SHA256SUMS"
JSON = Any


class DistError(Exception):
    """make dist refuses; the message says why and what to do."""


@dataclass(frozen=True)
class Label:
    """The bundle's version (PEP 440) and a sentence saying what the bundle is."""

    version: str
    status: str


def _git(*arguments: str) -> str | None:
    """git's output in the repository, stripped; None when git fails (not a checkout, say)."""
    found = subprocess.run(
        ["git", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},  # git status must not write the index
    )
    return found.stdout.strip() if found.returncode == 0 else None


def label(document: dict[str, JSON]) -> Label:
    """The bundle's label for the spec `document` in this checkout (the rule in the docstring);
    DistError outside a git checkout."""
    version = str(document["info"]["version"])
    commit = _git("rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    status = _git("status", "--porcelain")
    if not commit or status is None:
        raise DistError(
            "make dist labels the bundle by its commit: run it in a git checkout with at least one commit"
        )
    recorded = RELEASES / f"openapi-{version}.yaml"
    same = recorded.is_file() and spec_source.read_yaml(recorded) == document
    dirty = bool(status)
    if same and not dirty:
        return Label(version, f"The spec recorded as release {version}, built from commit {commit[:7]}.")
    since = _git("log", "-1", "--format=%H", "--", RELEASES.relative_to(ROOT).as_posix())
    count = int(_git("rev-list", "--count", f"{since}..HEAD" if since else "HEAD") or 0)
    reasons = []
    if not recorded.is_file():
        reasons.append(f"version {version} is not recorded as released")
    elif not same:
        reasons.append(f"the spec differs from the one recorded as release {version}")
    if dirty:
        reasons.append("the checkout has uncommitted changes")
    return Label(
        f"{version}.dev{count}+g{commit[:7]}{'.dirty' if dirty else ''}",
        f"A development build, not a release: {' and '.join(reasons)}. Built from commit {commit[:7]}, "
        f"{count} commit{'s' if count != 1 else ''} after the last release was recorded"
        f"{', with uncommitted changes' if dirty else ''}.",
    )


# -- generated/ is what make generate writes -------------------------------------------------


def generate_arguments() -> list[str]:
    """The generator command after `python`, as the Makefile prints it (its one copy)."""
    outer = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")  # under make, a nested make would print directories
    printed = subprocess.run(
        ["make", "-s", "--no-print-directory", "print-generate-args"],
        cwd=ROOT,
        env={name: value for name, value in os.environ.items() if name not in outer},
        capture_output=True,
        text=True,
    )
    if printed.returncode != 0 or not printed.stdout.strip():
        raise DistError(f"`make -s print-generate-args` failed: {printed.stderr.strip()}")
    return shlex.split(printed.stdout)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def stale_files() -> list[str]:
    """The files in which generated/ differs from a fresh generation (empty when it is current);
    DistError when the generator fails."""
    with tempfile.TemporaryDirectory(prefix="avido-dist-generate-") as work:
        output = Path(work) / "generated"
        environment = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        result = subprocess.run(
            [sys.executable, *generate_arguments(), "--output-path", str(output)],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            said = (result.stdout + result.stderr).strip().splitlines()[-5:]
            raise DistError(
                "the client could not be generated from the spec, so generated/ can't be checked: "
                "`make generate` shows why\n  " + "\n  ".join(said)
            )
        committed, fresh = _tree(GENERATED), _tree(output)
    return sorted(
        [f"only in generated/: {name}" for name in committed.keys() - fresh.keys()]
        + [f"not in generated/: {name}" for name in fresh.keys() - committed.keys()]
        + [f"differs: {name}" for name in committed.keys() & fresh.keys() if committed[name] != fresh[name]]
    )


# -- the package -----------------------------------------------------------------------------


def source_date_epoch() -> int:
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    text = found.stdout.strip()
    return max(int(text), ZIP_EPOCH) if found.returncode == 0 and text.isdigit() else ZIP_EPOCH


def build_package(output: Path, epoch: int, version: str | None = None) -> list[Path]:
    """The wheel and sdist, built by pdm-backend in a copy of generated/ (it writes into its source),
    versioned `version` when given (else as generated/pyproject.toml says)."""
    with tempfile.TemporaryDirectory(prefix="avido-dist-") as work:
        source = shutil.copytree(
            GENERATED, Path(work) / "source", ignore=shutil.ignore_patterns("__pycache__")
        )
        if version is not None:
            _set_version(source / "pyproject.toml", version)
        built = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, pdm.backend as b; print(b.build_wheel(sys.argv[1]), b.build_sdist(sys.argv[1]))",
                str(output),
            ],
            cwd=source,
            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
            capture_output=True,
            text=True,
            check=True,
        )
    wheel, sdist = (output / name for name in built.stdout.split()[-2:])
    _gzip_at(sdist, epoch)
    return [wheel, sdist]


def _set_version(pyproject: Path, version: str) -> None:
    text = pyproject.read_text(encoding="utf-8")
    labelled, count = re.subn(r'^version = "[^"]*"$', f'version = "{version}"', text, count=1, flags=re.M)
    if count != 1:
        raise DistError(f'generated/{pyproject.name} has no `version = "..."` line to set to {version}')
    pyproject.write_text(labelled, encoding="utf-8")


def _gzip_at(archive: Path, epoch: int) -> None:
    """Recompress with the gzip header's time set to `epoch`: the backend stamps the build time
    there, the one thing SOURCE_DATE_EPOCH doesn't reach."""
    data = gzip.decompress(archive.read_bytes())
    with (
        archive.open("wb") as raw,
        gzip.GzipFile(archive.name.removesuffix(".gz"), "wb", 9, raw, mtime=epoch) as out,
    ):
        out.write(data)


# -- the documents ---------------------------------------------------------------------------


def spec_documents(document: dict[str, JSON], names: links.Names, carried: set[str]) -> list[Path]:
    """The repository files the spec's descriptions point at, less those the bundle carries anyway
    (the spec points at `openapi.yaml`, say): they come along, since the spec is carried verbatim."""
    found: dict[Path, None] = {}
    for text in links.strings(document):
        for link in links.find(text, names):
            if link.kind != "path" or "<" in link.target or link.target in carried:
                continue
            path = (ROOT / link.target).resolve()
            if path.is_file() and path.is_relative_to(ROOT):
                found[path] = None
    return sorted(found)


def _heading(text: str, fallback: str) -> str:
    found = re.search(r"^# (.+)$", text, flags=re.M)
    return found[1].strip() if found else fallback


# -- the bundle ------------------------------------------------------------------------------


def _assemble(folder: Path, spec_file: Path, document: dict[str, JSON], tag: Label) -> None:
    info = document["info"]
    shutil.copyfile(spec_file, folder / "openapi.yaml")
    (folder / "openapi.json").write_text(
        json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    reference.build(folder / "openapi.yaml", folder / "avido-api.html")
    shutil.copyfile(LICENSE, folder / "LICENSE")
    wheel, sdist = build_package(folder, source_date_epoch(), tag.version)
    files = [
        (GUIDE, "this guide"),
        ("openapi.yaml", f"the spec, OpenAPI {document['openapi']}: one document, every `$ref` inside it"),
        ("openapi.json", "the same document as JSON"),
        ("avido-api.html", "the API reference, one page that opens offline"),
        ("CHANGELOG.md", "what each version changed, breaking changes first"),
    ]

    # The documents: copied first, so that a path between two of them resolves, then each
    # rewritten in place so that none points out of the bundle.
    carried = {GUIDE, SUMS, "openapi.yaml", "openapi.json", "avido-api.html", "CHANGELOG.md", "LICENSE"}
    names = links.repository()
    documents = {CHANGELOG: folder / "CHANGELOG.md"}
    for source in [*spec_documents(document, names, carried), *GUIDE_DOCUMENTS]:
        documents[source] = folder / source.relative_to(ROOT)
    for source, target in documents.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        if source != CHANGELOG:
            relative = target.relative_to(folder).as_posix()
            files.append((relative, _heading(source.read_text(encoding="utf-8"), relative)))
    for name in (GUIDE, SUMS):
        (folder / name).touch()
    names = names.with_files({path.name for path in links.files(folder)})
    for target in documents.values():
        text = target.read_text(encoding="utf-8")
        target.write_text(links.localize(text, folder, target, names), encoding="utf-8")

    license_name = (info.get("license") or {}).get("name")
    files += [
        ("LICENSE", f"the licence{f' ({license_name})' if license_name else ''}"),
        (wheel.name, f"the Python client {tag.version}, a wheel"),
        (sdist.name, f"the Python client {tag.version}, its source"),
        (SUMS, "the SHA-256 checksum of every other file"),
    ]
    text = guide.render(Spec(document), tag.version, tag.status, files, guide.pinned_generators())
    (folder / GUIDE).write_text(text, encoding="utf-8")

    sums = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(folder).as_posix()}"
        for path in links.files(folder)
        if path.name != SUMS
    ]
    (folder / SUMS).write_text("\n".join(sums) + "\n", encoding="utf-8")


def build(output_root: Path = DIST) -> tuple[Path, Label]:
    """Write the bundle into `output_root`/avido-client-<label>/ (replacing one of the same label) and
    return that folder and its label; DistError, having written nothing, when it refuses."""
    spec_file = spec_source.bundled(SPEC)
    document = spec_source.read_yaml(spec_file)
    stale = stale_files()
    if stale:
        listed = "".join(f"\n  {line}" for line in stale[:10]) + ("\n  ..." if len(stale) > 10 else "")
        raise DistError(
            f"generated/ is not what `make generate` writes from {SPEC.name} ({len(stale)} "
            f"file{'s' if len(stale) != 1 else ''}); run `make generate`, then `make dist` again. "
            f"Nothing was written.{listed}"
        )
    tag = label(document)
    output_root.mkdir(parents=True, exist_ok=True)
    folder = output_root / f"avido-client-{tag.version}"
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=output_root))
    try:
        _assemble(work, spec_file, document, tag)
        problems = links.outside(work)
        if problems:
            raise DistError(
                "the bundle would point outside itself; the spec is carried verbatim, so a path in its "
                "descriptions must name a file of the repository (which then comes along). Nothing was "
                "written:" + "".join(f"\n  {problem}" for problem in problems)
            )
        if folder.exists():
            shutil.rmtree(folder)
        work.rename(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder, tag


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make dist", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--output", type=Path, default=DIST, help="where to write the bundle (default: dist/)"
    )
    arguments = parser.parse_args(argv)
    try:
        folder, tag = build(arguments.output)
    except (DistError, spec_source.SpecSourceError) as error:
        print(f"dist: {error}", file=sys.stderr)
        return 1
    resolved = folder.resolve()
    shown = resolved.relative_to(ROOT) if resolved.is_relative_to(ROOT) else folder
    print(f"dist: {shown}/")
    print(f"  {tag.status}")
    for line in (folder / SUMS).read_text(encoding="utf-8").splitlines():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
