"""`make generate`: openapi.yaml into the avido_client package in generated/, all or nothing.

    python -m tools.generation.generate --path SPEC --config CONFIG \\
        --custom-template-path templates --output-path generated

1. The spec is read (bundled first if it is split: tools/spec_source.py) and checked
   (tools/generation/checks.py): a mistake is reported in a few lines naming where it is, and
   nothing is written.
2. openapi-python-client (tools/generation/generator.py: its Python API, unpatched) parses it
   and writes the models and the package's face from templates/.
3. This project's own templates write the call surface from the spec as tools/spec.py reads
   it (tools/generation/surface.py): `_spec.py`, `_version.py`, and `resources/`, a module per
   resource with one record per operation. The generator's stock `api/` modules are not
   shipped: the resources are the one way to call an operation.
4. runtime/*.py is copied in verbatim, and the generator's post-hooks (ruff) format it all.
5. Only then does the result replace generated/: it is built in a folder of its own beside
   it (`.generate-*`), so a failed run leaves generated/ exactly as it was.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runtime._constants import BASE_URL_VARIABLE
from tools import spec_source
from tools.generation import checks, generator, models, surface
from tools.paths import RUNTIME
from tools.spec import Spec

if TYPE_CHECKING:
    from openapi_python_client.config import Config
    from openapi_python_client.parser import GeneratorData

# This project's own templates (not overrides of stock ones): template -> module in the package.
OWN_TEMPLATES = {"spec_module.py.jinja": "_spec.py", "version_module.py.jinja": "_version.py"}
RESOURCES_INIT = "resources_init.py.jinja"
RESOURCE_TEMPLATE = "resource_module.py.jinja"  # once per resource, into resources/<module>.py
MACRO_LIBRARIES = (
    "property_templates/json_types.jinja",
    "property_templates/decoders.jinja",
    "resource_macros.jinja",
)
# What the stock generator writes that the package doesn't ship (one way to call an operation).
NOT_SHIPPED = ("api",)
# The folder a run builds in, beside the output (.gitignore'd, should a run be killed mid-way).
WORK_PREFIX = ".generate-"


class GenerationError(Exception):
    """Generation stopped; the message says why, in the spec's or the generator's words."""


def runtime_modules() -> list[str]:
    """The runtime's modules copied into the package (its own __init__ stays behind)."""
    return sorted(path.name for path in RUNTIME.glob("*.py") if path.name != "__init__.py")


def _path_prefix(spec: Spec) -> str:
    """The first path segment every operation's path starts with, such as "/v0" (or "")."""
    firsts = {
        operation.path.split("/")[1] for operation in spec.operations() if operation.path.count("/") > 1
    }
    return f"/{firsts.pop()}" if len(firsts) == 1 else ""


def spec_facts(spec: Spec) -> dict[str, Any]:
    """The spec as a whole: title, version, licence, servers, credentials, path prefix."""
    from runtime._base_client import Credential
    from tools.spec import python_name

    return {
        "title": spec.document["info"]["title"],
        "version": str(spec.document["info"]["version"]),
        "license": spec.document["info"].get("license", {}).get("name"),
        "servers": spec.servers,
        "path_prefix": _path_prefix(spec),
        "credentials": [
            {
                "argument": credential.argument,
                "variable": credential.variable,
                "header": credential.header,
                "description": " ".join(scheme.description.split()),
                "required": credential.required,
            }
            for scheme in spec.security_schemes()
            for credential in [Credential(python_name(scheme.name), scheme.header, scheme.everywhere)]
        ],
    }


def _run_post_hooks(hooks: list[str], folder: Path) -> None:
    for command in hooks:
        result = subprocess.run(command, cwd=folder, shell=True, capture_output=True, text=True)
        if result.returncode != 0:
            # A quiet hook says nothing when it fails: ask again without --quiet, for its reasons.
            loud = subprocess.run(
                command.replace(" --quiet", ""), cwd=folder, shell=True, capture_output=True, text=True
            )
            output = (loud.stderr + loud.stdout).strip().splitlines()
            raise GenerationError(f"the post-hook `{command}` failed:\n" + "\n".join(output[:20]))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build(spec_path: Path, config_path: Path, templates: Path, folder: Path) -> None:
    """The whole package, into `folder` (which must not exist); GenerationError when it can't be."""
    try:
        document = spec_source.load(spec_path)
    except spec_source.SpecSourceError as error:
        raise GenerationError(str(error)) from None
    with _validating(document) as validated:
        settings = generator.config(config_path, spec_path, folder)
        found, parsed = checks.checked(document, settings, validate=False)
        _refuse(spec_path, found)
        assert parsed is not None  # the checks found nothing, so the generator read the whole spec
        _build(document, settings, parsed, folder, spec_path, templates)
        _refuse(spec_path, validated())


def _refuse(spec_path: Path, found: list[checks.Problem]) -> None:
    if found:
        raise GenerationError(
            f"{len(found)} problem{'s' if len(found) != 1 else ''} in {spec_path}:\n"
            + checks.report(spec_path, found)
        )


@contextmanager
def _validating(document: Any) -> Iterator[Callable[[], list[checks.Problem]]]:
    """openapi-spec-validator's findings, worked out in a child process while the package is
    built: the validator takes about a third of make generate, and a machine has a second core
    (where processes can't be forked, it runs here, when asked)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: checks.validator_problems(document)
        return
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    try:
        future = pool.submit(checks.validator_problems, document)
        yield future.result
    finally:
        pool.shutdown(cancel_futures=True)


def _build(
    document: Any, settings: Config, parsed: GeneratorData, folder: Path, spec_path: Path, templates: Path
) -> None:
    """The package from the generator's reading of the checked spec, into `folder`."""
    spec = Spec(document)
    try:
        top = surface.resources(spec, generator.classes(parsed, settings))
        every = [resource for resource in top for resource in resource.walk()]
        facts = {
            "spec_facts": spec_facts(spec),
            "base_url_variable": BASE_URL_VARIABLE,
            "surface_top": top,
            "surface_all": every,
            # A listing's model -> its item's: those models are pages (runtime/_page.py).
            "page_items": {m.returns: m.page_item for r in every for m in r.methods if m.page_item},
            **models.GLOBALS,
        }
        project = generator.build(parsed, settings, templates, facts)
    except generator.GeneratorFailed as failed:
        raise GenerationError(
            f"openapi-python-client could not generate from {spec_path}:\n{failed}"
        ) from None
    except surface.SurfaceError as error:
        raise GenerationError(str(error)) from None
    package = project.package_dir
    for name in NOT_SHIPPED:
        shutil.rmtree(package / name, ignore_errors=True)
    env = project.env
    for template, module in OWN_TEMPLATES.items():
        _write(package / module, env.get_template(template).render())
    _write(package / "resources" / "__init__.py", env.get_template(RESOURCES_INIT).render())
    for resource in every:
        text = env.get_template(RESOURCE_TEMPLATE).render(resource=resource)
        _write(package / "resources" / f"{resource.module}.py", text)
    for name in runtime_modules():
        shutil.copyfile(RUNTIME / name, package / name)
    _run_post_hooks(settings.post_hooks, folder)


def replace(folder: Path, output: Path) -> None:
    """Put `folder` where `output` is, the old one moved aside first and removed last."""
    if output.exists():
        aside = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=folder.parent))
        os.replace(output, aside / output.name)
        os.replace(folder, output)
        shutil.rmtree(aside)
    else:
        os.replace(folder, output)


def generate(spec_path: Path, config_path: Path, templates: Path, output: Path) -> None:
    """Generate into a fresh folder beside `output` (so it can be renamed into place); replace
    `output` only on success."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=output.parent))
    try:
        folder = work / "package"
        build(spec_path, config_path, templates, folder)
        replace(folder, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.generation.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--path", type=Path, required=True, help="the spec")
    parser.add_argument("--config", type=Path, required=True, help="generator-config.yaml")
    parser.add_argument("--custom-template-path", type=Path, required=True, help="templates/")
    parser.add_argument("--output-path", type=Path, required=True, help="where the package goes (generated/)")
    options = parser.parse_args(arguments)
    try:
        generate(options.path, options.config, options.custom_template_path, options.output_path)
    except GenerationError as error:
        print(
            f"generate: {error}\ngenerate: nothing was written; {options.output_path} is as it was",
            file=sys.stderr,
        )
        return 1
    print(f"generate: wrote {options.output_path} from {options.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
