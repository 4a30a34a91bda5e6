"""`make share-check`: generate TypeScript (typescript-fetch) and Go clients from openapi.yaml
with OpenAPI Generator, as other teams will, and fail on anything that needs a look.

It fails on a generator error, on any warning not listed (with its reason) in KNOWN_WARNINGS,
on a schema or tag that produced no model or API file, and when the TypeScript client does
not type-check with `tsc --strict`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tools.paths import BUILD, ROOT, SPEC

OUT = BUILD / "share"
GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"
TSC = ROOT / "node_modules" / ".bin" / "tsc"

# Warnings understood and accepted, each with why. Anything else fails the check.
KNOWN_WARNINGS = {
    r"OpenAPI 3\.1 support is still in beta": "the spec is 3.1 on purpose (docs/spec-decisions.md)",
    r"type \(reserved word\) cannot be used as (parameter|model) name": (
        "Go keyword; `type` is the API's own query parameter name, so the wire can't change"
    ),
    r"model_test\.go with suffix \(reserved word\) cannot be used as filename": (
        "Go treats *_test.go files as tests; the file is renamed, the type stays `Test`"
    ),
    r"string \(reserved word\) cannot be used as model name": (
        "Go's structs for the result unions (RunOutcome, TestOutcome) name the field of their inline "
        "PASSED/FAILED branch after its type, string; the field becomes `String *string` "
        "(why the branch is inline: docs/spec-decisions.md, Naming)"
    ),
    r"Failed to get the schema name: null": (
        "logged once per run by OpenAPI Generator 7.26 for this document without naming a schema; "
        "every schema and operation is generated, which this check verifies"
    ),
}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def generate(generator: str) -> tuple[Path, list[str]]:
    output = OUT / generator
    shutil.rmtree(output, ignore_errors=True)
    result = subprocess.run(
        [str(GENERATOR), "generate", "-i", str(SPEC), "-g", generator, "-o", str(output)],
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    problems = [] if result.returncode == 0 else [f"{generator}: the generator failed:\n{log[-3000:]}"]
    for line in log.splitlines():
        if " WARN " in line or "ERROR" in line:
            message = line.split(" - ", 1)[-1]
            if not any(re.search(pattern, message) for pattern in KNOWN_WARNINGS):
                problems.append(f"{generator}: {message}")
    return output, problems


def main() -> int:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = list(spec["components"]["schemas"])
    tags = [tag["name"] for tag in spec["tags"]]
    problems: list[str] = []

    typescript, found = generate("typescript-fetch")
    problems += found
    problems += [
        f"typescript-fetch: no model for {n}"
        for n in schemas
        if not (typescript / "models" / f"{n}.ts").exists()
    ]
    problems += [
        f"typescript-fetch: no API for tag {t}"
        for t in tags
        if not (typescript / "apis" / f"{t.title()}Api.ts").exists()
    ]
    tsc = subprocess.run(
        [
            str(TSC),
            "--noEmit",
            "--strict",
            "--target",
            "es2020",
            "--lib",
            "es2020,dom",
            "--module",
            "es2020",
            "--moduleResolution",
            "node",
            str(typescript / "index.ts"),
        ],
        capture_output=True,
        text=True,
    )
    if tsc.returncode != 0:
        problems.append(f"typescript-fetch: the client does not type-check:\n{tsc.stdout[-3000:]}")

    go, found = generate("go")
    problems += found
    go_files = {p.name for p in go.glob("model_*.go")}
    problems += [
        f"go: no model for {n}"
        for n in schemas
        if not {f"model_{snake(n)}.go", f"model_{snake(n)}_.go"} & go_files
    ]
    problems += [f"go: no API for tag {t}" for t in tags if not (go / f"api_{t}.go").exists()]

    for problem in problems:
        print(f"share-check: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"share-check: TypeScript and Go clients generated from {SPEC.name} with only the known warnings;")
    print("share-check: the TypeScript client type-checks with tsc --strict. Output in build/share/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
