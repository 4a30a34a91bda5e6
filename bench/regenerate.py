"""Regenerate: `make generate` with the environment already set up."""

from __future__ import annotations

import subprocess

from tools.paths import ROOT


def make_generate() -> None:
    subprocess.run(["make", "-s", "generate"], cwd=ROOT, check=True, capture_output=True)
