"""`make dist`: the bundle other teams download is complete, self-contained, checksummed and
reproducible (built twice, byte for byte the same)."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.support.spec import SPEC
from tools import spec_source
from tools.paths import REDOC, REDOCLY
from tools.releases import dist

pytestmark = pytest.mark.skipif(
    not (REDOCLY.exists() and REDOC.exists()),
    reason="the reference in the bundle needs Redocly CLI and Redoc from package-lock.json "
    "(make node_modules/.installed; make test installs them when npm is present, and CI always has them)",
)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = dist.build(tmp_path_factory.mktemp("first"))
    time.sleep(1.1)  # a second apart: a build time stamped anywhere would differ
    return first, dist.build(tmp_path_factory.mktemp("second"))


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_two_builds_are_byte_for_byte_the_same(bundles: tuple[Path, Path]) -> None:
    first, second = bundles
    assert files(first) == files(second)


def test_the_bundle_is_named_for_the_version_and_holds_everything(bundles: tuple[Path, Path]) -> None:
    folder, _ = bundles
    version = SPEC.document["info"]["version"]
    assert folder.name == f"avido-client-{version}"
    assert sorted(files(folder)) == sorted(
        [
            "openapi.yaml",
            "openapi.json",
            "avido-api.html",
            "CHANGELOG.md",
            f"avido_client-{version}-py3-none-any.whl",
            f"avido_client-{version}.tar.gz",
            "SHA256SUMS",
        ]
    )
    assert f"## {version}" in (folder / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_spec_is_one_self_contained_document_in_yaml_and_json(bundles: tuple[Path, Path]) -> None:
    folder, _ = bundles
    as_yaml = yaml.safe_load((folder / "openapi.yaml").read_text(encoding="utf-8"))
    as_json = json.loads((folder / "openapi.json").read_text(encoding="utf-8"))
    assert as_yaml == as_json == SPEC.document
    assert spec_source.external_refs(as_json) == []


def test_the_checksums_are_those_of_the_files(bundles: tuple[Path, Path]) -> None:
    folder, _ = bundles
    listed = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    actual = {
        name: hashlib.sha256(data).hexdigest() for name, data in files(folder).items() if name != "SHA256SUMS"
    }
    assert listed == actual


def test_the_wheel_is_the_client_of_this_version(bundles: tuple[Path, Path]) -> None:
    folder, _ = bundles
    [wheel] = folder.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "avido_client/py.typed" in names
    assert "avido_client/_spec.py" in names
    assert f"avido_client-{SPEC.document['info']['version']}.dist-info/METADATA" in names


def test_the_reference_opens_offline(bundles: tuple[Path, Path]) -> None:
    folder, _ = bundles
    page = (folder / "avido-api.html").read_text(encoding="utf-8")
    assert "connect-src 'none'" in page  # it fetches nothing (make docs checks it in Chromium)
    assert SPEC.document["info"]["title"] in page
