"""The generated package keeps the dependency rules docs/architecture.md states, and has no import
cycle (function-level imports count; TYPE_CHECKING-only ones don't)."""

from __future__ import annotations

import re

import pytest

from tests.support.imports import cycles, graph
from tools.paths import DOCS, PACKAGE, RUNTIME

PACKAGE_NAME = PACKAGE.name
RUNTIME_MODULES = {
    f"{PACKAGE_NAME}.{path.stem}" for path in RUNTIME.glob("*.py") if path.name != "__init__.py"
}


def group(module: str) -> str:
    """The group docs/architecture.md names a module of the package by."""
    if module in RUNTIME_MODULES:
        return "runtime"
    if module == PACKAGE_NAME:
        return "package"
    part = module.removeprefix(f"{PACKAGE_NAME}.").split(".")[0]
    return {
        "models": "models",
        "resources": "resources",
        "client": "client",
        "_spec": "spec",
        "_version": "spec",
    }[part]


def stated_rules() -> dict[str, set[str]]:
    """The ```rules block of docs/architecture.md: group -> the groups it may import."""
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```rules\n(.*?)```", text, flags=re.DOTALL)
    rules = {}
    for line in block.strip().splitlines():
        source, targets = (part.strip() for part in line.split("->"))
        rules[source] = {target.strip() for target in targets.split(",")}
    return rules


def test_the_rules_name_every_group() -> None:
    rules = stated_rules()
    assert set(rules) == {"runtime", "models", "resources", "spec", "client", "package"}
    assert {group(module) for module in graph()} == set(rules)


def test_every_import_in_the_package_keeps_the_stated_rules() -> None:
    rules = stated_rules()
    broken = [
        f"{module} imports {target} ({group(module)} -> {group(target)})"
        for module, targets in graph().items()
        for target in sorted(targets)
        if group(target) not in rules[group(module)]
    ]
    assert broken == []


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(graph()) == []


@pytest.mark.parametrize(
    ("edges", "found"),
    [
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set()}, []),
    ],
)
def test_the_cycle_finder_finds_cycles(edges: dict[str, set[str]], found: list[list[str]]) -> None:
    assert cycles(edges) == found


def test_a_function_level_import_counts_and_a_type_checking_one_does_not(tmp_path: object) -> None:
    from pathlib import Path

    package = Path(str(tmp_path)) / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from . import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import a\n"
    )
    assert graph(package) == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": set()}
