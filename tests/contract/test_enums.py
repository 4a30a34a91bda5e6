"""The enums in the generated models hold exactly the values the spec lists, in its order."""

from __future__ import annotations

from enum import Enum
from typing import Any

import pytest
from avido_client import models

from tests.support.spec import SPEC


def spec_enums(node: Any, name: str | None, found: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Every enum in the spec by the class name it generates: its component name or title."""
    if isinstance(node, dict):
        if "enum" in node:
            found[node.get("title") or name or "?"] = node["enum"]
        for value in node.values():
            spec_enums(value, None, found)
    elif isinstance(node, list):
        for item in node:
            spec_enums(item, None, found)
    return found


SPEC_ENUMS: dict[str, list[Any]] = {}
for _name, _schema in SPEC.document["components"]["schemas"].items():
    spec_enums(_schema, _name, SPEC_ENUMS)
for _parameter in SPEC.document["components"].get("parameters", {}).values():
    spec_enums(_parameter, None, SPEC_ENUMS)
GENERATED = {
    name: cls for name, cls in vars(models).items() if isinstance(cls, type) and issubclass(cls, Enum)
}


def test_every_enum_of_the_spec_is_named() -> None:
    assert "?" not in SPEC_ENUMS, "an inline enum without a title: give it one, or make it a component"


@pytest.mark.parametrize("name", sorted(SPEC_ENUMS))
def test_generated_enum_has_the_spec_values_in_order(name: str) -> None:
    assert [member.value for member in GENERATED[name]] == SPEC_ENUMS[name]


def test_no_generated_enum_the_spec_does_not_declare() -> None:
    assert sorted(GENERATED) == sorted(SPEC_ENUMS)
