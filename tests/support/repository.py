"""A copy of the repository as a git checkout of its own, in a temporary folder: the release tools
(make breaking, make release-check, make dist) read git, so their tests run them there, as a
maintainer would, and never touch this checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from tests.support.generation import GENERATION_SOURCES, copy_sources
from tools.paths import NODE_MODULES, ROOT

# Commits with a fixed author and date, and no user or system git configuration (hooks,
# signing), so the copy's commits are the same on every machine.
GIT_ENVIRONMENT = {
    "GIT_AUTHOR_NAME": "Maintainer",
    "GIT_AUTHOR_EMAIL": "maintainer@example.invalid",
    "GIT_COMMITTER_NAME": "Maintainer",
    "GIT_COMMITTER_EMAIL": "maintainer@example.invalid",
    "GIT_AUTHOR_DATE": "2026-01-02T03:04:05+00:00",
    "GIT_COMMITTER_DATE": "2026-01-02T03:04:05+00:00",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def environment() -> dict[str, str]:
    """The environment to run a tool or make in a copy: git as above, no outer make's flags."""
    outer = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    return {
        **{name: value for name, value in os.environ.items() if name not in outer},
        **GIT_ENVIRONMENT,
    }


def git(work: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", *arguments], cwd=work, env=environment(), capture_output=True, text=True, check=True
    ).stdout.strip()


def commit(work: Path, message: str) -> str:
    """Commit everything in the copy; the new commit's hash."""
    git(work, "add", "--all")
    git(work, "commit", "--quiet", "--no-verify", "--message", message)
    return git(work, "rev-parse", "HEAD")


def checkout(work: Path) -> Path:
    """A git checkout in `work` of this repository as it stands: every top-level file and folder git
    would commit (tracked, or new and not ignored), copied as the generation tests copy the
    sources, in one commit; node_modules is linked in, outside git."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    top = {name.split("/", 1)[0] for name in listed.split("\0") if name}
    copy_sources(work, *sorted(name for name in top - set(GENERATION_SOURCES) if (ROOT / name).exists()))
    if NODE_MODULES.is_dir():
        (work / NODE_MODULES.name).symlink_to(NODE_MODULES, target_is_directory=True)
    git(work, "init", "--quiet", "--initial-branch=main")
    (work / ".git" / "info").mkdir(parents=True, exist_ok=True)
    (work / ".git" / "info" / "exclude").write_text(f"/{NODE_MODULES.name}\n", encoding="utf-8")
    commit(work, "The repository as copied")
    return work


def tree(root: Path) -> dict[str, bytes]:
    """Every file below `root` by relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def replace_generated(work: Path, generated: Path) -> None:
    """Put a generation (a folder made by tests.support.generation.generate) in place of the copy's
    generated/, as make generate would."""
    shutil.rmtree(work / "generated")
    shutil.copytree(generated, work / "generated")


def answer_the_gate(work: Path, asked: str) -> str:
    """Do in the copy what `make release-check` asked for (its stderr): set the version it names,
    give CHANGELOG.md that version's section, and paste each line it lists into it. The version
    the spec then has."""
    spec_path, changelog_path = work / "openapi.yaml", work / "CHANGELOG.md"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    bump = re.search(r"set info\.version to (\S+)", asked)
    if bump:
        spec["info"]["version"] = bump[1]
        spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    version = str(spec["info"]["version"])
    heading = f"## {version}\n"
    text = changelog_path.read_text(encoding="utf-8")
    if heading not in text:
        first = text.index("\n## ") + 1
        text = f"{text[:first]}{heading}\nWhat the test's edit changed.\n\n{text[first:]}"
    lines = [line.strip() for line in asked.splitlines() if line.startswith("  - ")]
    if lines:
        text = text.replace(heading, heading + "\n" + "\n".join(lines) + "\n", 1)
    changelog_path.write_text(text, encoding="utf-8")
    return version


def last_release(work: Path) -> str:
    """The version the copy's releases/ records."""
    [recorded] = sorted((work / "releases").glob("openapi-*.yaml"))
    return recorded.stem.removeprefix("openapi-")


def unreleased(work: Path) -> str:
    """The copy at a version not yet released (the version): as it is if its version is not the
    one releases/ records, else the next minor, with its CHANGELOG.md section, as a maintainer
    starting the next version would have it (not committed, not regenerated)."""
    spec = yaml.safe_load((work / "openapi.yaml").read_text(encoding="utf-8"))
    version, released = str(spec["info"]["version"]), last_release(work)
    if version != released:
        return version
    major, minor, _ = (int(part) for part in released.split("."))
    return answer_the_gate(work, f"set info.version to {major}.{minor + 1}.0")


def commits_since_first(work: Path) -> int:
    """Commits in the copy after its first (the one that holds releases/ as copied)."""
    return int(git(work, "rev-list", "--count", "HEAD")) - 1
