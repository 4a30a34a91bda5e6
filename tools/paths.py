"""Where things are in the repository: the one place the tools, tests and benchmarks look."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The sources of the client.
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
GENERATED = ROOT / "generated"
PACKAGE = GENERATED / "avido_client"

# Tests, examples and documentation.
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
EXAMPLES = ROOT / "examples"
QUICKSTART = EXAMPLES / "quickstart.py"
README = ROOT / "README.md"
DOCS = ROOT / "docs"
CHANGELOG = ROOT / "CHANGELOG.md"
LICENSE = ROOT / "LICENSE"

# Releases of the spec, and what is built from it.
RELEASES = ROOT / "releases"
BUILD = ROOT / "build"
DIST = ROOT / "dist"

# Third-party code kept in the repository (each folder says where it comes from).
THIRD_PARTY = ROOT / "third_party"
GO_VENDOR = THIRD_PARTY / "go"

# The pins: Python tools (dependency groups) and Node tools.
PYPROJECT = ROOT / "pyproject.toml"
PACKAGE_JSON = ROOT / "package.json"

# What the Makefile installs: the virtual environment (and tool state kept inside it) and the
# Node tools of package-lock.json.
VENV = ROOT / ".venv"
SDK_ENVIRONMENTS = VENV / "sdk"
HYPOTHESIS_HOME = VENV / "hypothesis"
# The templates compiled by Jinja, kept between runs of make generate (keyed by each template's
# source, so an edited template is compiled again).
JINJA_CACHE = VENV / "jinja-cache"
NODE_MODULES = ROOT / "node_modules"
NODE_BIN = NODE_MODULES / ".bin"
REDOCLY = NODE_BIN / "redocly"
REDOC = NODE_MODULES / "redoc" / "bundles" / "redoc.standalone.js"
NODE_TYPES = NODE_MODULES / "@types"

# The SDK-release probe, run by each release's own interpreter (tools/sdk/releases.py).
SDK_PROBE = ROOT / "tools" / "sdk" / "probe.py"
