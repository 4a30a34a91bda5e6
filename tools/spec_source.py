"""Reading a spec that may be split into files: bundle it into one document, or refuse clearly.

A spec split with `redocly split` (or written that way) `$ref`s other files. The generator
reads one document and, given refs it cannot follow, writes a client without operations,
so every reader of a spec (generation, tools/spec.py, `make breaking`) goes through here:
a single-file spec is read as it is; a split one is bundled by Redocly CLI (the bundler
the spec lint already uses, pinned in package-lock.json) into build/spec/, and the
bundle is what they read. Without Node tools installed, a split spec is refused with the
command that installs them.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from tools.paths import BUILD, REDOCLY

BUNDLES = BUILD / "spec"


class SpecSourceError(Exception):
    """The spec can't be read as one document; the message says why and what to do."""


def external_refs(document: Any) -> list[str]:
    """The `$ref`s that point into other files (anything before a `#`), sorted, once each."""

    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                yield ref
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    return sorted(set(walk(document)))


# libyaml's loader when PyYAML has it (its wheels do): the same documents, ten times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as f:
            return yaml.load(f, Loader=_Loader)  # a safe loader either way
    except OSError as error:
        raise SpecSourceError(f"cannot read the spec {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise SpecSourceError(f"{path} is not YAML: {error}") from None


def bundled(path: Path) -> Path:
    """`path` itself when it is one document; otherwise its Redocly bundle in build/spec/."""
    path = path.resolve()
    refs = external_refs(read_yaml(path))
    if not refs:
        return path
    if not REDOCLY.exists():
        raise SpecSourceError(
            f"{path} refers to other files ({', '.join(refs[:3])}{', ...' if len(refs) > 3 else ''}); "
            "bundling it into one document needs Redocly CLI: run `make node_modules/.installed` "
            "(Node.js and npm), then run this again"
        )
    # One bundle per source path, so two split specs never overwrite each other's.
    key = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    output = BUNDLES / f"{path.stem}-{key}.yaml"
    redocly_bundle(path, output)
    left = external_refs(read_yaml(output))
    if left:
        raise SpecSourceError(f"the bundle of {path} still refers to other files: {', '.join(left)}")
    return output


def redocly_bundle(path: Path, output: Path) -> None:
    """`redocly bundle`: `path` (and any file it refers to) as one document in `output`, YAML or
    JSON by its extension; SpecSourceError with Redocly's message when it fails."""
    output.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(REDOCLY), "bundle", str(path), "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    if result.returncode != 0 or not output.exists():
        raise SpecSourceError(
            f"redocly bundle {path} failed:\n{result.stderr.strip() or result.stdout.strip()}"
        )


def load(path: Path) -> Any:
    """The spec at `path` as one document (bundled first when it is split into files)."""
    return read_yaml(bundled(path))
