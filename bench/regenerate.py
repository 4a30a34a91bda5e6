"""Regenerate: `make generate` with the environment already set up."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_generate() -> None:
    subprocess.run(["make", "-s", "generate"], cwd=ROOT, check=True, capture_output=True)
