"""The generated client is an installable, typed package: a wheel builds and imports."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.support.spec import SPEC
from tools.generation.generate import MACRO_LIBRARIES, OWN_TEMPLATES, RESOURCE_TEMPLATE, RESOURCES_INIT
from tools.paths import CONFIG, GENERATED, TEMPLATES
from tools.releases.dist import ZIP_EPOCH, build_package


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel as `make dist` builds it: offline, by the package's own backend."""
    built, _ = build_package(tmp_path_factory.mktemp("dist"), ZIP_EPOCH)
    return built


def test_wheel_is_named_and_versioned_from_the_spec(wheel: Path) -> None:
    assert wheel.name == f"avido_client-{SPEC.document['info']['version']}-py3-none-any.whl"


def test_wheel_carries_the_package_and_its_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"avido_client/__init__.py", "avido_client/py.typed", "avido_client/client.py"} <= names


def test_wheel_declares_its_runtime_dependencies(wheel: Path) -> None:
    [metadata] = [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".dist-info/METADATA")]
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    requires = [
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Dist:")
    ]
    required = [r for r in requires if "extra ==" not in r]
    optional = [r for r in requires if "extra ==" in r]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0] for r in required) == ["attrs", "httpx"]
    # msgspec only with the `fast` extra: the default install has two dependencies.
    assert [r.replace(" ", "") for r in optional] == ['msgspec>=0.18;extra=="fast"']


def test_installed_wheel_imports(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = "import avido_client, avido_client.models; print(avido_client.__file__)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(result.stdout.strip()).is_relative_to(target)


def test_generator_config_uses_only_keys_the_generator_knows() -> None:
    """openapi-python-client ignores unknown config keys silently; a typo would go unnoticed."""
    from openapi_python_client.config import ConfigFile

    config = yaml.safe_load(CONFIG.read_text())
    assert set(config) <= set(ConfigFile.model_fields)


def test_generated_project_is_named_as_configured() -> None:
    project = tomllib.loads((GENERATED / "pyproject.toml").read_text())["project"]
    assert project["name"] == "avido-client"
    assert project["version"] == SPEC.document["info"]["version"]
    assert (GENERATED / "avido_client" / "__init__.py").is_file()


def test_templates_only_override_stock_templates() -> None:
    """templates/ holds overrides of openapi-python-client's own templates, same names, plus
    the macro libraries they share and the templates tools/generation/generate.py renders itself; a
    misnamed override would be silently ignored."""
    import openapi_python_client

    stock = Path(openapi_python_client.__file__).parent / "templates"
    ours = TEMPLATES
    names = {p.relative_to(ours).as_posix() for p in ours.rglob("*") if p.is_file()}
    extra = {name for name in names if not (stock / name).is_file()}
    assert extra == {*MACRO_LIBRARIES, *OWN_TEMPLATES, RESOURCE_TEMPLATE, RESOURCES_INIT}


def test_wheel_metadata_names_the_license_and_describes_the_package(wheel: Path) -> None:
    [metadata] = [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".dist-info/METADATA")]
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert f"License-Expression: {SPEC.document['info']['license']['name']}" in text
    assert "Summary: A typed client for the Avido API" in text
    readme = text.split("\n\n", 1)[1]  # the long description: the package README
    assert len(readme.splitlines()) >= 40
    assert "client.runs.list(" in readme
    assert "async for" in readme
