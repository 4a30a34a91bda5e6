"""What a maintainer can get wrong in the spec, found before anything else reads it, one problem a
line: where (the file, its line, the place in the document) and what to change.

    python -m tools.generation.checks openapi.yaml     (the first step of make lint)

`make generate` runs the same checks first, so a misspelled `$ref` is named by both, with
the name it probably meant. The checks: every local `$ref` points somewhere; every operation
has an operationId (unique) and a tag; the generator parses the whole spec; the call surface
can be built (tools/generation/surface.py); openapi-spec-validator finds nothing; and the
tests can make a valid call of each operation (path parameter values and a request body
from the spec's examples and schemas).
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tools import spec_source
from tools.paths import CONFIG
from tools.spec import METHODS, NoExample, Spec

if TYPE_CHECKING:  # for the annotations only: the generator is imported in the functions that use it
    from openapi_python_client.config import Config
    from openapi_python_client.parser import GeneratorData

JSON = Any
# openapi-spec-validator's findings are cut to these many, each message to this length.
MAX_VALIDATOR_PROBLEMS = 20
MAX_MESSAGE = 240


class Problem:
    """One thing wrong in the spec: where (a path in the document) and what."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        self.path = path
        self.message = message

    def where(self, source: Path, lines: dict[tuple[str | int, ...], int]) -> str:
        line = next(
            (lines[self.path[:n]] for n in range(len(self.path), -1, -1) if self.path[:n] in lines), None
        )
        place = ".".join(str(part) for part in self.path) or "the document"
        return f"{source.name}:{line}: {place}" if line else f"{source.name}: {place}"


def _walk(node: JSON, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], JSON]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def reference_problems(document: JSON) -> list[Problem]:
    """Each local `$ref` that points nowhere, with the name it probably meant."""
    problems = []
    for path, node in _walk(document):
        if (
            not isinstance(node, dict)
            or not isinstance(node.get("$ref"), str)
            or not node["$ref"].startswith("#")
        ):
            continue
        reference = node["$ref"]
        target: JSON = document
        parts = [
            part.replace("~1", "/").replace("~0", "~") for part in reference.removeprefix("#/").split("/")
        ]
        for depth, part in enumerate(parts):
            if isinstance(target, dict) and part in target:
                target = target[part]
                continue
            known = [str(key) for key in target] if isinstance(target, dict) else []
            close = difflib.get_close_matches(part, known, n=1)
            meant = "/".join(["#", *parts[:depth], close[0]]) if close else None
            hint = f"; did you mean '{meant}'?" if meant else ""
            problems.append(Problem(path, f"$ref '{reference}' points nowhere{hint}"))
            break
    return problems


def operation_problems(document: JSON) -> list[Problem]:
    """Operations without an operationId (or sharing one), or without a tag."""
    problems = []
    seen: dict[str, tuple[str | int, ...]] = {}
    for route, item in (document.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            path = ("paths", route, method)
            identifier = operation.get("operationId")
            if not identifier:
                problems.append(
                    Problem(path, "no operationId; add one (camelCase verb-noun, such as listTasks)")
                )
            elif identifier in seen:
                problems.append(
                    Problem(
                        path, f"operationId {identifier} is also {'.'.join(map(str, seen[identifier]))}'s"
                    )
                )
            else:
                seen[identifier] = path
            if not operation.get("tags"):
                problems.append(
                    Problem(path, "no tag; add one: it names the resource (client.<tag>.<method>)")
                )
    return problems


def validator_problems(document: JSON) -> list[Problem]:
    """What openapi-spec-validator finds, one line each (never the document itself)."""
    # Imported here: make generate runs this in a child process beside the build, which then
    # pays for the import (about a quarter of a second) instead of the build.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    problems = []
    for error in OpenAPIV31SpecValidator(document).iter_errors():
        message = " ".join(str(error.message).split())
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 3] + "..."
        problems.append(Problem(tuple(error.absolute_path), message))
        if len(problems) == MAX_VALIDATOR_PROBLEMS:
            break
    return problems


def call_problems(spec: Spec) -> list[Problem]:
    """Operations the tests can't make a valid call of: what to add, in one line each."""
    problems = []
    for operation in spec.operations():
        try:
            operation.example_call()
        except NoExample as missing:
            problems.append(Problem(("paths", operation.path, operation.method), str(missing)))
    return problems


def line_numbers(source: Path) -> dict[tuple[str | int, ...], int]:
    """The line each place in a one-file YAML spec starts on (1-based)."""
    lines: dict[tuple[str | int, ...], int] = {}

    def visit(node: yaml.Node, path: tuple[str | int, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name: str | int = key.value
                if isinstance(key.value, str) and key.value.isdigit() and key.tag.endswith(":int"):
                    name = int(key.value)
                lines.setdefault((*path, name), key.start_mark.line + 1)
                visit(value, (*path, name))
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                visit(value, (*path, index))

    try:
        root = yaml.compose(source.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    if root is not None:
        visit(root, ())
    return lines


def problems(document: JSON, config_path: Path = CONFIG) -> list[Problem]:
    """Every problem, each check run only once the ones before it pass (a broken reference
    would make the later ones fail for the same reason)."""
    from tools.generation import generator

    settings = generator.config(config_path, Path("openapi.yaml"), Path("generated"))
    return checked(document, settings)[0]


def checked(
    document: JSON, settings: Config, *, validate: bool = True
) -> tuple[list[Problem], GeneratorData | None]:
    """The problems (as `problems`), and the generator's reading of the spec (its
    GeneratorData) when there are none: make generate builds from it rather than parse the
    spec a second time. `validate=False` leaves openapi-spec-validator out (make generate runs
    it beside the build: `validator_problems`)."""
    from tools.generation import generator, surface

    found = reference_problems(document) + operation_problems(document)
    if found:
        return found, None
    paths = document.get("paths") or {}
    if not any(method in METHODS for item in paths.values() if isinstance(item, dict) for method in item):
        return [Problem(("paths",), "no operations; refusing to write an empty client")], None
    try:
        parsed = generator.parse(document, settings)
        spec = Spec(document)
        surface.resources(spec, generator.classes(parsed, settings))
    except generator.GeneratorFailed as failed:
        return [Problem((), f"the generator says:\n{failed}")], None
    except surface.SurfaceError as error:
        return [Problem((), str(error))], None
    found = (validator_problems(document) if validate else []) or call_problems(spec)
    return found, None if found else parsed


def report(source: Path, found: list[Problem]) -> str:
    """The problems as lines to print, each starting with where it is."""
    lines = line_numbers(source) if source.suffix in (".yaml", ".yml") else {}
    return "\n".join(f"{problem.where(source, lines)}: {problem.message}" for problem in found)


def main(arguments: list[str]) -> int:
    source = Path(arguments[0]) if arguments else Path("openapi.yaml")
    try:
        document = spec_source.load(source)
    except spec_source.SpecSourceError as error:
        print(f"lint: {error}", file=sys.stderr)
        return 1
    found = problems(document)
    if found:
        print(f"lint: {len(found)} problem{'s' if len(found) != 1 else ''} in {source}:", file=sys.stderr)
        print(report(source, found), file=sys.stderr)
        return 1
    print(f"lint: {source}: every reference resolves; operations, call surface and examples complete")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
