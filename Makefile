# avido-client: spec-first Python client for the Avido API.
# A fresh clone needs only Python 3.11+, make and (for `make lint`) Node.js with npm:
# every target creates the virtual environment and installs pinned tools on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Node tools (Redocly CLI) come from package-lock.json.
NODE_BIN := node_modules/.bin

SPEC := openapi.yaml
CONFIG := generator-config.yaml
OUT := generated
# The generator command (after `python`), in one place: the drift test (tests/generation)
# reads it back from `make -s print-generate-args`, so both run the same command.
# tools/generate.py is openapi-python-client's CLI plus the spec's security schemes
# (see its docstring).
GENERATE_ARGS := -m tools.generate generate --path $(SPEC) --config $(CONFIG) --custom-template-path templates --meta pdm --fail-on-warning --overwrite

# No __pycache__ in generated/, tests/ or anywhere else.
export PYTHONDONTWRITEBYTECODE := 1
# Redocly: no usage reports or update checks (and no network needed).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.DEFAULT_GOAL := help
.PHONY: help generate test lint lint-spec lint-code bench bench-smoke docs demo share-check sdk-check sdk-survey java-runtime lock clean print-generate-args

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

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
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(VENV)/.installed ## Regenerate generated/ from openapi.yaml, generator-config.yaml and templates/.
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python $(GENERATE_ARGS) --output-path $(OUT)

print-generate-args:
	@echo $(GENERATE_ARGS)

test: $(VENV)/.installed ## Run the contract, behaviour, tool and generation tests.
	$(BIN)/pytest $(PYTEST_ARGS)

# Debian's Chromium, for checking the docs page in a real browser (root installs it; CI is root).
/usr/bin/chromium:
	@command -v apt-get >/dev/null || { echo "make docs needs Chromium at /usr/bin/chromium" >&2; exit 1; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

docs: $(VENV)/.installed node_modules/.installed /usr/bin/chromium ## Build build/docs/avido-api.html (offline API reference) and check it in headless Chromium.
	$(BIN)/python tools/build_docs.py $(SPEC) build/docs/avido-api.html
	$(BIN)/python tools/check_docs.py build/docs/avido-api.html

demo: $(VENV)/.installed ## Run examples/quickstart.py against a mock of the API on 127.0.0.1 (no key needed).
	@$(BIN)/python -m tools.demo

# OpenAPI Generator (PyPI openapi-generator-cli, pinned) runs on Java; install a runtime if missing.
JAVA := $(shell command -v java 2>/dev/null)
java-runtime:
ifeq ($(JAVA),)
	@command -v apt-get >/dev/null || { echo "make share-check needs a Java runtime (java on PATH)" >&2; exit 1; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
endif

share-check: $(VENV)/.installed node_modules/.installed java-runtime ## Generate TypeScript and Go clients from openapi.yaml with OpenAPI Generator; fail on errors or unexplained warnings.
	$(BIN)/python -m tools.share_check

sdk-check: $(VENV)/.installed ## Check the SDK-release fixtures and wire captures against those releases (installs them from PyPI into .venv/sdk/).
	$(BIN)/python -m tools.sdk_releases check

sdk-survey: $(VENV)/.installed ## What release SDK=<version> of the official SDK has that the spec lacks or rejects.
	@test -n "$(SDK)" || { echo "usage: make sdk-survey SDK=<version of avido on PyPI>" >&2; exit 2; }
	$(BIN)/python -m tools.sdk_releases survey $(SDK)

bench: $(VENV)/.installed ## Benchmarks: decode, full listing and regeneration, side by side (about a minute).
	$(BIN)/python -m bench

bench-smoke: $(VENV)/.installed ## The benchmarks at toy sizes: shows they run (CI); the numbers mean nothing.
	$(BIN)/python -m bench --quick

lint: lint-spec lint-code ## Lint the spec (Redocly, openapi-spec-validator) and the code (ruff, mypy --strict).

# Redocly exits 0 on warnings; the JSON report's totals make warnings fail too.
lint-spec: $(VENV)/.installed node_modules/.installed
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/redocly lint $(SPEC) --format=stylish
	@$(NODE_BIN)/redocly lint $(SPEC) --format=json 2>/dev/null | $(BIN)/python -c 'import json,sys; t=json.load(sys.stdin)["totals"]; sys.exit(f"redocly: {t}" if t["errors"] or t["warnings"] else 0)'

lint-code: $(VENV)/.installed
	$(BIN)/ruff check tests bench tools examples
	$(BIN)/ruff format --check tests bench tools examples
	cd $(OUT) && ../$(BIN)/ruff check --no-cache . && ../$(BIN)/ruff format --check --no-cache .
	$(BIN)/mypy $(OUT)/avido_client tests bench tools examples

lock: ## Re-resolve constraints.txt from the direct pins in pyproject.toml.
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet pip==25.3
	$(VENV)-lock/bin/python -m pip install --quiet --group dev
	{ sed -n '1,2p' constraints.txt; $(VENV)-lock/bin/python -m pip freeze --exclude pip; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(VENV)-lock

clean: ## Remove the virtual environment, node_modules and build/.
	rm -rf $(VENV) node_modules build
