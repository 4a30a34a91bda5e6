"""Where things are in the repository: the one place the tools, tests and benchmarks look."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
GENERATED = ROOT / "generated"
PACKAGE = GENERATED / "avido_client"
FIXTURES = ROOT / "tests" / "fixtures"
BUILD = ROOT / "build"
