# avido-client: spec-first Python client for the Avido API.
# A fresh clone needs only Python 3.11+ and make: every target creates the virtual environment
# and installs pinned tools on first use. What lint, docs, dist and share-check need beyond
# Python (Node.js and npm; Chromium; Java, Go) comes from one target: `make system-packages`
# (CI runs it first).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Node tools (Redocly CLI, Redoc, TypeScript) come from package-lock.json.
NODE_BIN := node_modules/.bin

SPEC := openapi.yaml
CONFIG := generator-config.yaml
OUT := generated
# The generator command (after `python`), in one place: the drift test (tests/generation)
# reads it back from `make -s print-generate-args`, so both run the same command.
# tools/generation/generate.py drives openapi-python-client through its Python API and adds
# the call surface and the runtime (see its docstring).
GENERATE_ARGS := -m tools.generation.generate --path $(SPEC) --config $(CONFIG) --custom-template-path templates
# The Python sources checked by ruff and mypy (generated/ has its own ruff settings).
SOURCES := runtime tools tests bench examples

# No __pycache__ in generated/, tests/ or anywhere else.
export PYTHONDONTWRITEBYTECODE := 1
# Redocly: no usage reports or update checks (and no network needed).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.DEFAULT_GOAL := help
.PHONY: help generate test lint lint-spec lint-code ci system-packages bench bench-smoke docs dist demo mock mock-check share-check sdk-check sdk-survey breaking changelog release-check release lock clean print-generate-args

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

# pip 25.1+ reads [dependency-groups] from pyproject.toml, hence the pinned pip first.
# generated/ goes on the path through a .pth file rather than an editable install:
# pdm-backend would write its .pdm-build/ into generated/, which must hold only
# generator output.
$(VENV)/.installed: pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==25.3
	$(BIN)/python -m pip install --quiet -c constraints.txt --group dev
	echo "$(CURDIR)/$(OUT)" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/avido-client-generated.pth"
	touch $@

node_modules/.installed: package.json package-lock.json
	@node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a == 20 && b >= 19) ? 0 : 1)' 2>/dev/null && command -v npm >/dev/null \
		|| { echo "Node.js 20.19+ with npm is needed (Redocly CLI, Redoc, TypeScript; found: $$(node --version 2>/dev/null || echo none)): run make system-packages" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# All or nothing: tools/generation/generate.py builds the package in a folder of its own and
# replaces generated/ only once it is whole, so a mistake in the spec leaves generated/ as it was.
generate: $(VENV)/.installed ## Regenerate generated/ from openapi.yaml, generator-config.yaml, templates/ and runtime/.
	@PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python $(GENERATE_ARGS) --output-path $(OUT)

print-generate-args:
	@echo $(GENERATE_ARGS)

# Redocly CLI bundles a spec split into files (tools/spec_source.py); with npm present the
# tests install it and check a split spec generates the same client.
TEST_NODE := $(if $(shell command -v npm 2>/dev/null),node_modules/.installed)
# Every core, up to four (pytest-xdist), one test file per worker so that a module's fixtures
# (the dist bundles, the regenerated copies) are built once. PYTEST_ARGS= runs on one.
PYTEST_ARGS ?= -n auto --maxprocesses 4 --dist loadfile
test: $(VENV)/.installed $(TEST_NODE) ## Run the contract, behaviour, runtime, tool and generation tests.
	$(BIN)/pytest $(PYTEST_ARGS)

lint: lint-spec lint-code ## Lint the spec (the project's checks, openapi-spec-validator among them, then Redocly) and the code (ruff, mypy --strict).

# First this project's checks (tools/generation/checks.py: broken references with the name
# meant, operations without an id or a tag, what the generator refuses, openapi-spec-validator's
# findings, examples the tests need), one problem a line with where it is; then Redocly, which
# exits 0 on warnings: the JSON report's totals make warnings fail too.
lint-spec: $(VENV)/.installed node_modules/.installed
	@$(BIN)/python -m tools.generation.checks $(SPEC)
	$(NODE_BIN)/redocly lint $(SPEC) --format=stylish
	@$(NODE_BIN)/redocly lint $(SPEC) --format=json 2>/dev/null | $(BIN)/python -c 'import json,sys; t=json.load(sys.stdin)["totals"]; sys.exit(f"redocly: {t}" if t["errors"] or t["warnings"] else 0)'

lint-code: $(VENV)/.installed
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	cd $(OUT) && ../$(BIN)/ruff check --no-cache . && ../$(BIN)/ruff format --check --no-cache .
	$(BIN)/mypy $(OUT)/avido_client $(SOURCES)

# The programs the checks run that the virtual environment can't hold: Node.js 20.19+ with
# npm (lint, docs, dist, share-check; from PyPI's pinned build where it is missing, Debian's
# being too old), Chromium (docs), a Java runtime and Go (share-check), from Debian.
# tools/system_packages.py says what it installs; `--check` only says what is missing.
system-packages: ## Install what the checks need beyond Python (Node.js and npm, Chromium, Java, Go); needs root.
	@$(PYTHON) tools/system_packages.py

# A check that needs a system package says which, and where it comes from.
need = @command -v $(1) >/dev/null || { echo "make $@ needs $(1) (Debian package $(2)): run make system-packages" >&2; exit 1; }

docs: $(VENV)/.installed node_modules/.installed ## Build build/docs/avido-api.html (offline API reference) and check it in headless Chromium.
	$(call need,chromium,chromium)
	$(BIN)/python -m tools.releases.reference $(SPEC) build/docs/avido-api.html
	$(BIN)/python -m tools.releases.check_reference build/docs/avido-api.html

# The label is X.Y.Z only for the spec recorded as release X.Y.Z on a clean checkout, else
# X.Y.Z.devN+g<commit>[.dirty] (tools/releases/dist.py); a stale generated/ is refused.
dist: $(VENV)/.installed node_modules/.installed ## Write dist/avido-client-<label>/ for other teams: a guide, the spec (YAML, JSON), the offline reference, CHANGELOG, wheel, sdist, SHA256SUMS; refuses a stale generated/.
	@$(BIN)/python -m tools.releases.dist

demo: $(VENV)/.installed ## Run examples/quickstart.py against a mock of the API on 127.0.0.1 (no key needed).
	@$(BIN)/python -m tools.mock.demo

mock: $(VENV)/.installed ## Serve the mock API on 127.0.0.1 and print the lines to paste (PORT=<port>, KEY=<api key>); Ctrl-C stops it.
	@$(BIN)/python -m tools.mock.server $(if $(PORT),--port $(PORT)) $(if $(KEY),--key '$(KEY)')

mock-check: $(VENV)/.installed ## Schemathesis against the mock, from the spec: every check, bounded and deterministic; fails on any failure not allow-listed in tools/mock/schemathesis-allowed.json.
	$(BIN)/python -m tools.mock.check

share-check: $(VENV)/.installed node_modules/.installed ## TypeScript and Go clients from openapi.yaml: generate, type-check/build, run a program each against the mock.
	$(call need,java,default-jre-headless)
	$(call need,go,golang-go)
	$(BIN)/python -m tools.languages.share_check

sdk-check: $(VENV)/.installed ## Check the SDK-release fixtures and wire captures against those releases (installs them from PyPI into .venv/sdk/).
	$(BIN)/python -m tools.sdk.releases check

sdk-survey: $(VENV)/.installed ## What release SDK=<version> of the official SDK has that the spec lacks or rejects.
	@test -n "$(SDK)" || { echo "usage: make sdk-survey SDK=<version of avido on PyPI>" >&2; exit 2; }
	$(BIN)/python -m tools.sdk.releases survey $(SDK)

breaking: $(VENV)/.installed ## What your edit of openapi.yaml breaks for callers, against the last commit (or BASE=<git ref or file>); exit 1 naming each break; ALL=1 lists additions too.
	@$(BIN)/python -m tools.releases.breaking $(if $(BASE),--base $(BASE)) $(if $(ALL),--all) $(BREAKING_ARGS)

changelog: $(VENV)/.installed ## Draft CHANGELOG.md lines, breaking first, for the changes since BASE=<git ref or file> (default: the last release).
	@$(BIN)/python -m tools.releases.breaking --changelog $(if $(BASE),--base $(BASE))

release-check: $(VENV)/.installed ## The release gate (CI): against the last release, info.version fits the changes and CHANGELOG.md names every break.
	@$(BIN)/python -m tools.releases.release check

release: $(VENV)/.installed ## Record openapi.yaml as released (releases/openapi-<version>.yaml), after the release gate.
	@$(BIN)/python -m tools.releases.release record

bench: $(VENV)/.installed ## Benchmarks beside their floors: decode, listing, a fresh client, memory, regeneration (about seven minutes).
	$(BIN)/python -m bench

bench-smoke: $(VENV)/.installed ## The benchmarks at toy sizes: shows they run (CI); the numbers mean nothing.
	$(BIN)/python -m bench --quick

# What CI runs (.ci/run: make system-packages, then this). Every step is a target a developer
# runs too; last, generated/ must be exactly what make generate writes, twice over, and the
# steps must have left nothing behind in the checkout (caches, build folders).
ci: ## Every check CI runs: lint, release gate, tests, benchmark smoke run, docs, dist, demo, mock-check, share-check, sdk-check, clean regeneration.
	$(MAKE) lint
	$(MAKE) release-check
	$(MAKE) test
	$(MAKE) bench-smoke
	$(MAKE) docs
	$(MAKE) dist
	$(MAKE) demo
	$(MAKE) mock-check
	$(MAKE) share-check
	$(MAKE) sdk-check
	$(MAKE) generate
	$(MAKE) generate
	@if [ -n "$$(git status --porcelain)" ]; then \
		echo "The checkout changed during CI (generated/ drift or files left behind):" >&2; \
		git status --porcelain >&2; git --no-pager diff --stat >&2; exit 1; fi
	@echo "CI passed: lint, release gate, tests, benchmark smoke run, docs, dist, demo, mock-check, share-check, sdk-check, reproducible generation."

lock: ## Re-resolve constraints.txt from the direct pins in pyproject.toml.
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet pip==25.3
	$(VENV)-lock/bin/python -m pip install --quiet --group dev
	{ sed -n '1,2p' constraints.txt; $(VENV)-lock/bin/python -m pip freeze --exclude pip; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(VENV)-lock

clean: ## Remove the virtual environment, node_modules, build/ and dist/.
	rm -rf $(VENV) node_modules build dist
