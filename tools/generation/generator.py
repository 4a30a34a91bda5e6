"""The one place that talks to openapi-python-client, through its Python API, never patching it.

`make generate` and `make lint` use: its configuration (`Config.from_sources` over
`ConfigFile.load_from_path`), its parser (`GeneratorData.from_dict`), its naming of model
classes (`Class.from_string`), and its `Project`, whose Jinja environment (`Project.env`)
gets this project's facts as globals before `Project.build()` writes the models and the
package's face from the templates. USED names each; tests/generation/test_generator_api.py
fails on an upgrade that moves one. The generator's own messages (a reference it can't
follow, say) are passed on, shortened to a few lines.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from jinja2 import FileSystemBytecodeCache
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.properties import Class

from tools.generation.surface import Classes, ClassInfo
from tools.paths import JINJA_CACHE

# The generator's API this module uses: (module, attribute path).
USED = [
    ("openapi_python_client", "Project"),
    ("openapi_python_client", "Project.build"),
    ("openapi_python_client.config", "Config.from_sources"),
    ("openapi_python_client.config", "ConfigFile.load_from_path"),
    ("openapi_python_client.config", "MetaType.PDM"),
    ("openapi_python_client.parser", "GeneratorData.from_dict"),
    ("openapi_python_client.parser.errors", "GeneratorError"),
    ("openapi_python_client.parser.properties", "Class.from_string"),
]

# A message of the generator's is cut to this many lines (pydantic's can run to hundreds).
MAX_DETAIL_LINES = 6


class GeneratorFailed(Exception):
    """The generator refused the spec or failed; the message is its own words, shortened."""


def config(config_path: Path, spec_path: Path, output: Path) -> Config:
    """The generator's settings from generator-config.yaml, writing the package into `output`
    (with pyproject.toml, as `--meta pdm` does); the post-hooks are run by make generate itself,
    once every file is written."""
    loaded = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.PDM,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    return loaded


def describe(error: GeneratorError) -> str:
    """One of the generator's errors in a few lines: its header, then the start of its detail."""
    header = " ".join(str(error.header).split()).rstrip(": ")
    lines = [line.rstrip() for line in str(error.detail or "").splitlines() if line.strip()]
    shown = lines[:MAX_DETAIL_LINES]
    if len(lines) > MAX_DETAIL_LINES:
        shown.append(f"... ({len(lines) - MAX_DETAIL_LINES} more lines)")
    return "\n".join([f"{error.level.value.lower()}: {header}", *(f"    {line[:300]}" for line in shown)])


def parse(document: Mapping[str, Any], settings: Config) -> GeneratorData:
    """The generator's reading of the spec; GeneratorFailed with its words when it refuses it, or
    when it could not parse a part of it (which it would otherwise leave out of the client)."""
    parsed = GeneratorData.from_dict(dict(document), config=settings)
    if isinstance(parsed, GeneratorError):
        raise GeneratorFailed(describe(parsed))
    problems = [
        *parsed.errors,
        *(e for c in parsed.endpoint_collections_by_tag.values() for e in c.parse_errors),
    ]
    if problems:
        raise GeneratorFailed("\n".join(describe(problem) for problem in problems))
    return parsed


def classes(parsed: GeneratorData, settings: Config) -> Classes:
    """Component schema name -> the class the generator wrote for it (None: it wrote none, as
    for a schema it inlines, such as a union)."""
    written = {
        item.class_info.name: ClassInfo(
            item.class_info.name, item.class_info.module_name, item in parsed.enums
        )
        for item in [*parsed.models, *parsed.enums]
    }

    def lookup(name: str) -> ClassInfo | None:
        named = Class.from_string(string=f"#/components/schemas/{name}", config=settings)
        return written.get(named.name)

    return lookup


def build(parsed: GeneratorData, settings: Config, templates: Path, facts: Mapping[str, Any]) -> Project:
    """Write the models and the package's face (client.py, __init__.py, README, pyproject.toml)
    from the templates, with `facts` among their globals; the post-hooks are left to the caller.
    Raises GeneratorFailed with what the generator reported."""
    project = Project(
        openapi=parsed, config=attrs.evolve(settings, post_hooks=[]), custom_template_path=templates
    )
    project.env.globals.update(facts)
    # Compiling the templates is about a sixth of make generate; Jinja's own cache keeps them.
    JINJA_CACHE.mkdir(parents=True, exist_ok=True)
    project.env.bytecode_cache = FileSystemBytecodeCache(str(JINJA_CACHE))
    with contextlib.redirect_stdout(io.StringIO()):  # its "Generating <folder>", a temporary one
        reported = project.build()
    errors = [error for error in reported if error.level in (ErrorLevel.ERROR, ErrorLevel.WARNING)]
    if errors:
        raise GeneratorFailed("\n".join(describe(error) for error in errors))
    return project
