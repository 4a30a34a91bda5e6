"""The guide in the spec bundle (its README.md): what a team receiving the bundle needs first.

Every fact in it is read, when the bundle is built, from the spec through tools/spec.py (the
servers, the credentials and which operations need which, how listings page, the error
responses and their body), from the generator settings `make share-check` proves in CI
(tools/languages/share_check.py GENERATORS, the versions pinned in pyproject.toml and
package.json), and from the files the bundle holds; nothing here names an operation, a header
or a schema of its own, so the guide stays true when the spec changes.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tools.paths import PACKAGE_JSON, PYPROJECT
from tools.releases.links import MARK
from tools.spec import Operation, Spec

JSON = Any


@dataclass(frozen=True)
class Generators:
    """The other-language generator runs CI proves: OpenAPI Generator's settings per generator, and
    openapi-typescript's types."""

    settings: dict[str, list[str]]
    openapi_generator: str  # the pinned version of openapi-generator-cli
    openapi_typescript: str  # the pinned version of openapi-typescript


def pinned_generators() -> Generators:
    """GENERATORS from the share-check, with the versions the repository pins."""
    from tools.languages.share_check import GENERATORS

    groups = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["dependency-groups"]
    pins = [pin for group in groups.values() for pin in group if isinstance(pin, str)]
    generator = next(pin.split("==", 1)[1] for pin in pins if pin.startswith("openapi-generator-cli=="))
    node = json.loads(PACKAGE_JSON.read_text(encoding="utf-8"))["devDependencies"]
    return Generators(dict(GENERATORS), generator, node["openapi-typescript"])


def _cell(text: str) -> str:
    """Text fit for one Markdown table cell: one line, no bare pipe."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(text: str) -> str:
    return f"`{text}`"


def _request(operation: Operation) -> str:
    return _code(f"{operation.method.upper()} {operation.path}")


def _names(operations: list[Operation]) -> str:
    return ", ".join(_code(operation.operation_id) for operation in operations)


def _schema_type(spec: Spec, schema: JSON) -> str:
    schema = spec.resolve(schema)
    declared = schema.get("type")
    if isinstance(declared, list):
        return " or ".join(str(kind) for kind in declared)
    if declared:
        return str(declared)
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return " or ".join(_schema_type(spec, variant) for variant in schema[keyword])
    return "any JSON value"


def _properties(spec: Spec, schema: JSON) -> Iterator[str]:
    """A table of an object schema's properties: name, type, whether always present, description."""
    schema = spec.resolve(schema)
    required = set(schema.get("required", []))
    yield "| key | type | always present | what it is |"
    yield "| --- | --- | --- | --- |"
    for name, node in schema.get("properties", {}).items():
        description = node.get("description") or spec.resolve(node).get("description", "")
        present = "yes" if name in required else "no"
        yield f"| {_code(name)} | {_schema_type(spec, node)} | {present} | {_cell(description)} |"


def _files(files: list[tuple[str, str]]) -> Iterator[str]:
    yield "| file | what it is |"
    yield "| --- | --- |"
    for name, what in files:
        yield f"| {_code(name)} | {_cell(what)} |"


def _servers(spec: Spec) -> Iterator[str]:
    yield "## Base URL"
    yield ""
    servers = spec.document.get("servers", [])
    if not servers:
        yield "The spec names no server: ask the API team for the base URL."
        return
    for server in servers:
        described = f" ({server['description']})" if server.get("description") else ""
        yield f"- {_code(server['url'])}{described}"
    operations = spec.operations()
    if operations:
        example = f"{servers[0]['url'].rstrip('/')}{operations[0].path}"
        yield ""
        yield f"The spec's paths are relative to it: {_code(operations[0].operation_id)} is {_code(example)}."


def _credentials(spec: Spec) -> Iterator[str]:
    schemes = spec.security_schemes()
    operations = spec.operations()
    yield "## Authentication"
    yield ""
    if not schemes:
        yield "The spec declares no credentials."
        return
    yield "Each credential is an API key sent in a request header:"
    yield ""
    yield "| header | security scheme | what it is |"
    yield "| --- | --- | --- |"
    for scheme in schemes:
        yield f"| {_code(scheme.header)} | {_code(scheme.name)} | {_cell(scheme.description)} |"
    yield ""
    for scheme in schemes:
        needing = [operation for operation in operations if scheme.name in operation.security_schemes]
        if scheme.everywhere:
            yield f"- {_code(scheme.header)}: with every request."
        elif needing:
            yield f"- {_code(scheme.header)}: with {_names(needing)} only."
        else:
            yield f"- {_code(scheme.header)}: no operation asks for it."
    yield ""
    yield "Which operations need which headers:"
    yield ""
    yield "| operation | request | headers |"
    yield "| --- | --- | --- |"
    for operation in operations:
        headers = ", ".join(_code(header) for header in operation.security_headers) or "none"
        yield f"| {_code(operation.operation_id)} | {_request(operation)} | {headers} |"


def _bound(schema: JSON) -> str:
    parts = []
    if "default" in schema:
        parts.append(f"default {schema['default']}")
    if "minimum" in schema and "maximum" in schema:
        parts.append(f"{schema['minimum']} to {schema['maximum']}")
    elif "minimum" in schema:
        parts.append(f"at least {schema['minimum']}")
    elif "maximum" in schema:
        parts.append(f"at most {schema['maximum']}")
    return f" ({', '.join(parts)})" if parts else ""


def _page_rules(spec: Spec, operation: Operation) -> list[str]:
    """How one operation pages: its skip and limit parameters, its pagination block, when to stop."""
    query = {p["name"]: p for p in operation.parameters if p["in"] == "query"}
    lines = ["Each takes two query parameters:", ""]
    for name in ("skip", "limit"):
        parameter = query[name]
        described = _cell(parameter.get("description", "")).rstrip(".")
        lines.append(f"- {_code(name)}: {described}{_bound(spec.resolve(parameter['schema']))}.")
    page = spec.resolve({"$ref": f"#/components/schemas/{operation.success.model}"})
    block = page["properties"]["pagination"]
    lines += [
        "",
        f"and answers an object with the page's items in {_code('data')} and where the page sits in "
        f"{_code('pagination')}:",
        "",
        *_properties(spec, block),
        "",
    ]
    if "pagination" not in page.get("required", []) or "total" not in spec.resolve(block).get("required", []):
        lines.append(
            f"{_code('pagination')} or its {_code('total')} may be missing. Then ask for the next page "
            f"({_code('skip')} plus the items received) until a page comes back empty."
        )
    else:
        lines.append(f"Ask for the next page until {_code('skip')} reaches {_code('pagination.total')}.")
    return lines


def _paging(spec: Spec) -> Iterator[str]:
    yield "## Paging"
    yield ""
    groups: dict[tuple[str, ...], list[Operation]] = {}
    for operation in spec.operations():
        if operation.pagination is not None:
            groups.setdefault(tuple(_page_rules(spec, operation)), []).append(operation)
    if not groups:
        yield "No operation of the spec pages."
        return
    for rules, operations in groups.items():
        yield f"{_names(operations)} page by offset. {rules[0]}"
        yield from rules[1:]
        yield ""


def _errors(spec: Spec) -> Iterator[str]:
    operations = spec.operations()
    yield "## Errors"
    yield ""
    rows: dict[tuple[str, str, tuple[tuple[str, str], ...]], list[Operation]] = {}
    schemas: dict[str, None] = {}
    for operation in operations:
        for error in operation.errors:
            rows.setdefault((error.status, error.description, error.headers), []).append(operation)
            if error.schema:
                schemas[error.schema] = None
    if not rows:
        yield "The spec documents no error responses."
        return
    for name in schemas:
        schema = spec.resolve({"$ref": f"#/components/schemas/{name}"})
        yield f"An error response carries a JSON body, the {_code(name)} schema:"
        yield ""
        if schema.get("description"):
            yield f"> {_cell(schema['description'])}"
            yield ""
        yield from _properties(spec, schema)
        yield ""
        if schema.get("additionalProperties") is not False:
            yield "Other keys may come too."
            yield ""
    yield "| status | when | headers | operations |"
    yield "| --- | --- | --- | --- |"
    for (status, description, headers), having in sorted(
        rows.items(), key=lambda row: (row[0][0] == "default", row[0][0])
    ):
        listed = ", ".join(f"{_code(name)}: {_cell(what)}" for name, what in headers)
        who = "all" if len(having) == len(operations) else _names(having)
        yield f"| {status} | {_cell(description)} | {listed} | {who} |"


def _generators(generators: Generators) -> Iterator[str]:
    version = generators.openapi_generator
    yield "## Generating a client in another language"
    yield ""
    yield (
        f"These are the settings CI proves (`make share-check` in the client's repository), with "
        f"OpenAPI Generator {version} ({_code(f'pip install openapi-generator-cli=={version}')}; it "
        "needs Java): each client is generated, type-checked or built, and a program with it runs "
        "against a mock of the API."
    )
    yield ""
    yield "```sh"
    for generator, settings in generators.settings.items():
        command = [
            "openapi-generator-cli generate -i openapi.yaml",
            f"-g {generator}",
            f"-o avido-{generator}",
        ]
        lines = [" ".join(command), *settings]
        yield " \\\n  ".join(lines)
    yield f"npx openapi-typescript@{generators.openapi_typescript} openapi.yaml -o avido.d.ts   # types only"
    yield "```"


def _python_client(wheels: list[str], version: str) -> list[str]:
    if not wheels:
        return ["This bundle has no Python client."]
    install = _code(f"pip install {wheels[0]}")
    return [f"{install} installs the Python client of this spec, {_code(version)}."]


def render(
    spec: Spec,
    version: str,
    status: str,
    files: list[tuple[str, str]],
    generators: Generators,
) -> str:
    """The guide as Markdown: `version` is the bundle's label, `status` a sentence saying what it
    is (a release, or a development build and why), `files` each file of the bundle with a line
    on what it is."""
    info = spec.document["info"]
    wheels = [name for name, _ in files if name.endswith(".whl")]
    lines = [
        f"# {info['title']} {version}: the spec bundle",
        "",
        _cell(status),
        "",
        *_files(files),
        "",
        f"{_code('sha256sum -c SHA256SUMS')} checks every file.",
        "",
        *_servers(spec),
        "",
        *_credentials(spec),
        "",
        *_paging(spec),
        "",
        *_errors(spec),
        "",
        *_generators(generators),
        "",
        "## The Python client",
        "",
        *_python_client(wheels, version),
        "",
        "## Changes",
        "",
        (
            f"{_code('CHANGELOG.md')} says what each version changed. Each version's section names every "
            "change that breaks callers since the previous release first, one a line, in the terms of "
            f"{_code('docs/breaking-changes.md')}, which also says what counts as breaking. The version "
            f"is SemVer: a change that breaks callers bumps the major version (the minor while it is 0.x)."
        ),
        "",
        (
            f"Paths followed by {_code(MARK.strip())} in the bundled documents name files of the client's "
            "repository, not of this bundle."
        ),
    ]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"
