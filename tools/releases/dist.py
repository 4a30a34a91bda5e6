"""`make dist`: the versioned bundle other teams download, in dist/avido-client-<version>/.

    openapi.yaml        the spec as one self-contained file (bundled if it is split; all $refs internal)
    openapi.json        the same document as JSON
    avido-api.html      the API reference, one file that opens offline (tools/releases/reference.py)
    CHANGELOG.md        what each version changed, breaking changes first
    avido_client-<version>-py3-none-any.whl, avido_client-<version>.tar.gz
                        the Python client, built from generated/ by its own backend (pdm-backend)
    SHA256SUMS          a checksum line per file, as `sha256sum -c` reads it

Reproducible: every timestamp inside the archives is SOURCE_DATE_EPOCH, taken from the last
commit (or 1980-01-01 outside a git checkout), and nothing else varies, so two runs on the
same checkout give the same bytes (tests/tools/test_dist.py builds twice and compares).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import spec_source
from tools.paths import CHANGELOG, DIST, GENERATED, ROOT, SPEC
from tools.releases import reference

ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can carry


def source_date_epoch() -> int:
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    text = found.stdout.strip()
    return max(int(text), ZIP_EPOCH) if found.returncode == 0 and text.isdigit() else ZIP_EPOCH


def build_package(output: Path, epoch: int) -> list[Path]:
    """The wheel and sdist, built by pdm-backend in a copy of generated/ (it writes into its source)."""
    with tempfile.TemporaryDirectory(prefix="avido-dist-") as work:
        source = shutil.copytree(
            GENERATED, Path(work) / "source", ignore=shutil.ignore_patterns("__pycache__")
        )
        built = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, pdm.backend as b; print(b.build_wheel(sys.argv[1]), b.build_sdist(sys.argv[1]))",
                str(output),
            ],
            cwd=source,
            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
            capture_output=True,
            text=True,
            check=True,
        )
    wheel, sdist = (output / name for name in built.stdout.split()[-2:])
    _gzip_at(sdist, epoch)
    return [wheel, sdist]


def _gzip_at(archive: Path, epoch: int) -> None:
    """Recompress with the gzip header's time set to `epoch`: the backend stamps the build time
    there, the one thing SOURCE_DATE_EPOCH doesn't reach."""
    data = gzip.decompress(archive.read_bytes())
    with (
        archive.open("wb") as raw,
        gzip.GzipFile(archive.name.removesuffix(".gz"), "wb", 9, raw, mtime=epoch) as out,
    ):
        out.write(data)


def build(output_root: Path = DIST) -> Path:
    """Write the bundle into `output_root`/avido-client-<version>/ (replacing it) and return that folder."""
    spec_file = spec_source.bundled(SPEC)
    document = spec_source.read_yaml(spec_file)
    version = document["info"]["version"]
    folder = output_root / f"avido-client-{version}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)

    shutil.copyfile(spec_file, folder / "openapi.yaml")
    (folder / "openapi.json").write_text(
        json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    reference.build(folder / "openapi.yaml", folder / "avido-api.html")
    shutil.copyfile(CHANGELOG, folder / "CHANGELOG.md")
    build_package(folder, source_date_epoch())

    sums = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}"
        for path in sorted(folder.iterdir())
        if path.name != "SHA256SUMS"
    ]
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    return folder


def main() -> int:
    try:
        folder = build()
    except spec_source.SpecSourceError as error:
        print(f"dist: {error}", file=sys.stderr)
        return 1
    print(f"dist: {folder.relative_to(ROOT)}/")
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
