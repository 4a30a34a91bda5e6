"""`make share-check`: what a TypeScript or Go team gets from openapi.yaml, built and run.

1. OpenAPI Generator (pinned) generates a typescript-fetch and a Go client with the settings
   in GENERATORS (docs/other-languages.md documents them); it fails on a generator error, on a warning not
   listed with its reason in KNOWN_WARNINGS, and on a schema or tag without its file.
2. The TypeScript client type-checks with `tsc --strict`; the Go client builds and passes
   `go vet`, offline: the one library it imports is vendored from third_party/go/ (its
   third_party/go/README.md says why not Debian's copy).
3. A tiny program in each language (examples/typescript/main.ts, examples/go/main.go) lists
   runs, lists completed tests and gets an eval from the mock API (tools/mock/api.py); the
   mock must see each program's credentials in the right headers and its filter on the
   wire, and the program must print what the mock answered (the spec's examples).
4. openapi-typescript's types for the spec (pinned) type-check examples/typescript/types.ts.
5. A write flow in each language (examples/typescript/write_flow.ts, examples/go/write_flow/):
   create a task, retrieve it, find it in the listing, against a fresh mock whose sandbox
   keeps what it is sent and accepts only that program's credentials; the mock validates each
   body against the spec, and must have seen the task's title in the create's body. The
   programs call createTask, retrieveTask and listTasks by name: a spec without them skips
   this step, saying so.

Everything is written under build/share/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from tools.loopback import LoopbackServer, RecordedRequest
from tools.mock.api import MockAPI
from tools.paths import BUILD, EXAMPLES, GO_VENDOR, NODE_BIN, NODE_TYPES, SPEC
from tools.spec import Spec

OUT = BUILD / "share"
GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"
# The Go libraries the generated Go client imports, at the versions its go.mod requires.

# The generator settings tested here, and documented for other teams (docs/other-languages.md).
GENERATORS: dict[str, list[str]] = {
    "typescript-fetch": [],
    # enumClassPrefix: Status and EvalStatus share values (PENDING, ...), and Go constants
    # named by value alone collide and don't compile (STATUS_PENDING, EVALSTATUS_PENDING with it).
    "go": [
        "--additional-properties=enumClassPrefix=true,packageName=avido",
        "--git-host=github.com",
        "--git-user-id=avido-example",
        "--git-repo-id=avido-go",
    ],
}
# The operations the write-flow programs call, by the names the generators give them.
WRITE_FLOW = ("createTask", "retrieveTask", "listTasks")
TSC_STRICT = ["--strict", "--target", "es2020", "--lib", "es2020,dom", "--moduleResolution", "node"]

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
        "(why the branch is inline: docs/spec-decisions.md, Naming); so do those of the unions of a "
        "value or a list of them (EvalExpectation.expected)"
    ),
    r"int32 \(reserved word\) cannot be used as model name": (
        "the same for the union of an integer or a list of them (MatchExtraction.group): its field "
        "becomes `Int32 *int32`"
    ),
    r"Failed to get the schema name: null": (
        "logged once per run by OpenAPI Generator 7.26 for this document without naming a schema; "
        "every schema and operation is generated, which this check verifies"
    ),
}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def api_class(tag: str) -> str:
    """The generators' name for a tag's API: its dotted parts, each capitalised (tasks.tags: TasksTags)."""
    return "".join(part[:1].upper() + part[1:] for part in tag.split("."))


def api_file(tag: str) -> str:
    """The Go client's file name for a tag's API (tasks.tags: tasks_tags, styleGuides: style_guides)."""
    return "_".join(snake(part) for part in tag.split("."))


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)


def failed(what: str, result: subprocess.CompletedProcess[str]) -> list[str]:
    output = (result.stdout + result.stderr).strip()
    return [] if result.returncode == 0 else [f"{what} failed:\n{output[-3000:]}"]


def generate(generator: str) -> tuple[Path, list[str]]:
    output = OUT / generator
    shutil.rmtree(output, ignore_errors=True)
    result = run(
        [
            str(GENERATOR),
            "generate",
            "-i",
            str(SPEC),
            "-g",
            generator,
            "-o",
            str(output),
            *GENERATORS[generator],
        ]
    )
    log = result.stdout + result.stderr
    problems = [] if result.returncode == 0 else [f"{generator}: the generator failed:\n{log[-3000:]}"]
    for line in log.splitlines():
        if " WARN " in line or "ERROR" in line:
            message = line.split(" - ", 1)[-1]
            if not any(re.search(pattern, message) for pattern in KNOWN_WARNINGS):
                problems.append(f"{generator}: {message}")
    return output, problems


def has_write_flow(spec: Spec) -> bool:
    """Whether the spec has the operations the write-flow programs call."""
    return set(WRITE_FLOW) <= {operation.operation_id for operation in spec.operations()}


def typescript_client(spec: dict[str, Any], write: bool) -> tuple[Path, list[str]]:
    """Generate the typescript-fetch client, type-check it, compile the example programs with it
    (the write flow's where `write`); gives back the folder of the compiled programs."""
    client, problems = generate("typescript-fetch")
    problems += [
        f"typescript-fetch: no model for {n}"
        for n in spec["components"]["schemas"]
        if not (client / "models" / f"{n}.ts").exists()
    ]
    problems += [
        f"typescript-fetch: no API for tag {t['name']}"
        for t in spec["tags"]
        if not (client / "apis" / f"{api_class(t['name'])}Api.ts").exists()
    ]
    problems += failed(
        "tsc --strict on the TypeScript client",
        run([str(NODE_BIN / "tsc"), "--noEmit", *TSC_STRICT, "--module", "es2020", str(client / "index.ts")]),
    )
    program = OUT / "typescript-program"
    shutil.rmtree(program, ignore_errors=True)
    shutil.copytree(client, program / "client")
    sources = ["main.ts", *(["write_flow.ts"] if write else [])]
    for source in sources:
        shutil.copy(EXAMPLES / "typescript" / source, program / source)
    compiled = run(
        [
            str(NODE_BIN / "tsc"),
            *TSC_STRICT,
            "--module",
            "commonjs",
            "--types",
            "node",
            "--typeRoots",
            str(NODE_TYPES),
            "--outDir",
            str(program / "js"),
            *(str(program / source) for source in sources),
        ]
    )
    problems += failed(f"compiling examples/typescript/{', '.join(sources)} with the client", compiled)
    return program / "js", problems


def go_client(spec: dict[str, Any], write: bool) -> tuple[Path, list[str]]:
    """Generate the Go client; build and vet it and the example programs with it (the write
    flow's where `write`), offline; gives back the folder of the binaries."""
    client, problems = generate("go")
    go_files = {p.name for p in client.glob("model_*.go")}
    problems += [
        f"go: no model for {n}"
        for n in spec["components"]["schemas"]
        if not {f"model_{snake(n)}.go", f"model_{snake(n)}_.go"} & go_files
    ]
    problems += [
        f"go: no API for tag {t['name']}"
        for t in spec["tags"]
        if not (client / f"api_{api_file(t['name'])}.go").exists()
    ]
    # A Go team's module: the client, with the example as a command in it. Its generated test/
    # stubs import testify and are left out; its one library comes from third_party/go/.
    module = OUT / "go-module"
    shutil.rmtree(module, ignore_errors=True)
    shutil.copytree(
        client, module, ignore=shutil.ignore_patterns("test", "docs", "api", ".openapi-generator*")
    )
    commands = {"avido-example": EXAMPLES / "go" / "main.go"}
    if write:
        commands["avido-write-flow"] = EXAMPLES / "go" / "write_flow" / "main.go"
    for name, source in commands.items():
        (module / "cmd" / name).mkdir(parents=True)
        shutil.copy(source, module / "cmd" / name / "main.go")
    problems += vendor(module)
    environment = {**os.environ, "GOFLAGS": "-mod=vendor", "GOPROXY": "off", "GOCACHE": str(OUT / "go-cache")}
    binaries = OUT / "go-bin"
    shutil.rmtree(binaries, ignore_errors=True)
    steps = [
        ("go build of the Go client", ["go", "build", "."]),
        ("go vet of the Go client and the examples", ["go", "vet", "./..."]),
    ]
    steps += [
        (
            f"go build of {source.relative_to(EXAMPLES.parent)}",
            ["go", "build", "-o", str(binaries / name), f"./cmd/{name}"],
        )
        for name, source in commands.items()
    ]
    for what, command in steps:
        if not problems:
            problems += failed(what, run(command, env=environment, cwd=module))
    return binaries, problems


def vendor(module: Path) -> list[str]:
    """Put the libraries the module's go.mod requires in its vendor/, from third_party/go/."""
    required = re.findall(
        r"^\s*([\w./-]+) (v[\w.+-]+)", (module / "go.mod").read_text(encoding="utf-8"), re.M
    )
    lines, problems = [], []
    for path, version in required:
        source = GO_VENDOR / path
        if not source.is_dir():
            problems.append(
                f"go: the client needs {path} {version}; add that release to third_party/go/ (its README)"
            )
            continue
        shutil.copytree(source, module / "vendor" / path)
        lines += [f"# {path} {version}", "## explicit", path]
    (module / "vendor").mkdir(exist_ok=True)
    (module / "vendor" / "modules.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return problems


def openapi_typescript() -> list[str]:
    """openapi-typescript's types for the spec type-check the example that uses them."""
    folder = OUT / "openapi-typescript"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "typescript" / "types.ts", folder / "types.ts")
    problems = failed(
        "openapi-typescript",
        run([str(NODE_BIN / "openapi-typescript"), str(SPEC), "-o", str(folder / "avido.d.ts")]),
    )
    if not problems:
        problems += failed(
            "tsc --strict on examples/typescript/types.ts",
            run(
                [
                    str(NODE_BIN / "tsc"),
                    "--noEmit",
                    *TSC_STRICT,
                    "--module",
                    "es2020",
                    str(folder / "types.ts"),
                ]
            ),
        )
    return problems


def round_trips(programs: dict[str, list[str]], spec: Spec) -> list[str]:
    """Run each program against the mock: its credentials and filter must arrive, and it must
    print what the mock answered."""
    get_eval = next(operation for operation in spec.operations() if operation.operation_id == "getEval")
    eval_id: str = next(example.value["id"] for example in get_eval.examples() if "id" in example.value)
    problems: list[str] = []
    server = LoopbackServer(MockAPI(), keep_alive=True, record=True)
    with server.running():
        url = server.base_url
        headers = {"x-api-key": "k", "x-application-id": "a"}
        runs = httpx.get(f"{url}/v0/runs", params={"limit": 5}, headers=headers).json()
        tests = httpx.get(
            f"{url}/v0/tests", params={"status": "COMPLETED", "limit": 5}, headers=headers
        ).json()
        evaluation = httpx.get(f"{url}/v0/evals/{eval_id}", headers=headers).json()
        expected = {
            "runs": [run["id"] for run in runs["data"]],
            "tests": [test["id"] for test in tests["data"]],
            "testStatuses": ["COMPLETED"] * len(tests["data"]),
            "eval": {"id": evaluation["id"], "status": evaluation["status"]},
        }
        if not expected["runs"] or not expected["tests"]:
            return ["the mock answered no runs or no completed tests: nothing to compare"]
        for language, command in programs.items():
            server.requests.clear()
            key, application = f"{language}-key", f"{language}-application"
            environment = {**os.environ, "AVIDO_API_KEY": key, "AVIDO_APPLICATION_ID": application}
            result = run([*command, url, eval_id], env=environment)
            if result.returncode != 0:
                problems.append(
                    f"{language} program failed against the mock:\n{(result.stdout + result.stderr)[-3000:]}"
                )
                continue
            printed = json.loads(result.stdout)
            if printed != expected:
                problems.append(f"{language} program printed {printed}, the mock answered {expected}")
            problems += wire_problems(language, server.requests, key, application, eval_id)
    return problems


def wire_problems(
    language: str, requests: list[RecordedRequest], key: str, application: str, eval_id: str
) -> list[str]:
    by_path = {request.path: request for request in requests}
    problems = []
    for path in ["/v0/runs", "/v0/tests", f"/v0/evals/{eval_id}"]:
        request = by_path.get(path)
        if request is None:
            problems.append(f"{language}: no request for {path} reached the mock")
        elif request.headers.get("x-api-key") != key:
            problems.append(f"{language}: {path} came without its x-api-key")
    tests = by_path.get("/v0/tests")
    if tests is not None:
        if tests.headers.get("x-application-id") != application:
            problems.append(f"{language}: /v0/tests came without its x-application-id")
        if tests.query.get("status") != ["COMPLETED"]:
            problems.append(f"{language}: /v0/tests sent status={tests.query.get('status')}, not COMPLETED")
    return problems


def write_flows(programs: dict[str, list[str]], spec: Spec) -> list[str]:
    """Run each write-flow program against a fresh mock that accepts only its credentials: it must
    print the task it created, retrieved and found first in the listing, and the mock must have
    seen the task's title in the create's body and the key on every request."""
    problems: list[str] = []
    for language, command in programs.items():
        key, application = f"{language}-write-key", f"{language}-write-application"
        by_header = {"x-api-key": key, "x-application-id": application}
        credentials = {s.name: by_header[s.header] for s in spec.security_schemes() if s.header in by_header}
        server = LoopbackServer(MockAPI(spec, credentials=credentials), keep_alive=True, record=True)
        title = f"Written from {language}"
        environment = {**os.environ, "AVIDO_API_KEY": key, "AVIDO_APPLICATION_ID": application}
        with server.running():
            result = run([*command, server.base_url, title], env=environment, timeout=120)
            requests = list(server.requests)
        if result.returncode != 0:
            output = (result.stdout + result.stderr)[-3000:]
            problems.append(f"{language} write flow failed against the mock:\n{output}")
            continue
        printed = json.loads(result.stdout)
        created = printed.get("created")
        expected = {"created": created, "retrieved": created, "title": title, "listedAt": 0}
        if not created or printed != expected:
            problems.append(f"{language} write flow printed {printed}, not the task it created: {expected}")
            continue
        problems += write_wire_problems(language, requests, key, title, str(created))
    return problems


def write_wire_problems(
    language: str, requests: list[RecordedRequest], key: str, title: str, created: str
) -> list[str]:
    """What the write flow's requests lacked on the wire: the create's JSON body with the title,
    the retrieve and the listing, the key on each."""
    problems = []
    for method, path in [("POST", "/v0/tasks"), ("GET", f"/v0/tasks/{created}"), ("GET", "/v0/tasks")]:
        sent = [r for r in requests if r.method == method and r.path == path]
        if not sent:
            problems.append(f"{language}: no {method} {path} reached the mock")
        elif any(r.headers.get("x-api-key") != key for r in sent):
            problems.append(f"{language}: {method} {path} came without its x-api-key")
    for request in (r for r in requests if r.method == "POST" and r.path == "/v0/tasks"):
        if not request.headers.get("content-type", "").startswith("application/json"):
            problems.append(
                f"{language}: the create's body was sent as {request.headers.get('content-type')}"
            )
        elif json.loads(request.body).get("title") != title:
            problems.append(f"{language}: the create's body lacked the title: {request.body[:200]!r}")
    return problems


def main() -> int:
    spec = Spec.load()
    document = spec.document
    write = has_write_flow(spec)
    typescript, problems = typescript_client(document, write)
    go, found = go_client(document, write)
    problems += found
    problems += openapi_typescript()
    if not problems:
        problems += round_trips(
            {"typescript": ["node", str(typescript / "main.js")], "go": [str(go / "avido-example")]}, spec
        )
    if not problems and write:
        programs = {
            "typescript": ["node", str(typescript / "write_flow.js")],
            "go": [str(go / "avido-write-flow")],
        }
        problems += write_flows(programs, spec)
    for problem in problems:
        print(f"share-check: {problem}", file=sys.stderr)
    if problems:
        return 1
    wrote = (
        "each wrote a task to the mock's sandbox, retrieved it and found it in the listing."
        if write
        else f"no write flow yet: the spec lacks {', '.join(WRITE_FLOW)}."
    )
    for line in [
        f"TypeScript and Go clients generated from {SPEC.name} with only the known warnings;",
        "the TypeScript client type-checks (tsc --strict), the Go client builds and passes go vet;",
        "openapi-typescript's types type-check; the TypeScript and Go programs listed runs,",
        "completed tests and an eval from the mock with their credentials, and",
        f"{wrote} Output in build/share/.",
    ]:
        print(f"share-check: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
