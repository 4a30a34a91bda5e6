"""Running the generator as `make generate` runs it, from a test.

The command is read back from `make -s print-generate-args` (the Makefile's one copy of it)
and run with the virtual environment's Python and ruff, into a folder of the test's choosing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from tools.paths import ROOT


@cache
def generate_arguments() -> tuple[str, ...]:
    # Run as a make of its own: under `make ci` the inherited MAKEFLAGS would have it print
    # "Entering directory" lines into the output.
    outer = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    printed = subprocess.run(
        ["make", "-s", "--no-print-directory", "print-generate-args"],
        cwd=ROOT,
        env={name: value for name, value in os.environ.items() if name not in outer},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return tuple(shlex.split(printed))


def generate(output: Path, *, cwd: Path = ROOT, spec: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`make generate` into `output`, run in `cwd` (a copy of the repository, say), from `spec`
    instead of the Makefile's when given."""
    arguments = list(generate_arguments())
    if spec is not None:
        arguments[arguments.index("--path") + 1] = str(spec)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        [sys.executable, *arguments, "--output-path", str(output)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
    )


# What make generate reads: the spec, the generator's settings, the templates, the runtime and
# the tools that run the generator.
GENERATION_SOURCES = ["openapi.yaml", "generator-config.yaml", "templates", "runtime", "tools"]


def copy_sources(work: Path, *more: str) -> Path:
    """A checkout in `work` with what make generate reads, and `more` files or folders of the
    repository (its tests, say), without node_modules or a virtual environment."""
    work.mkdir(parents=True, exist_ok=True)
    for name in [*GENERATION_SOURCES, *more]:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, work / name)
    return work
