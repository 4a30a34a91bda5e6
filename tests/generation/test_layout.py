"""The runtime is plain Python and the templates hold what the spec shapes: the generated
package's own modules are mostly the runtime verbatim, and no long template is mostly static."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.paths import PACKAGE, RUNTIME, TEMPLATES

JINJA = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")


def non_blank(path: Path) -> list[str]:
    return [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_top_level_modules_are_mostly_the_runtime_verbatim() -> None:
    runtime = {line for path in RUNTIME.glob("*.py") for line in non_blank(path)}
    lines = [line for path in sorted(PACKAGE.glob("*.py")) for line in non_blank(path)]
    verbatim = sum(line in runtime for line in lines)
    assert verbatim / len(lines) >= 0.8, f"{verbatim} of {len(lines)} lines"


@pytest.mark.parametrize(
    "template",
    sorted(path for path in TEMPLATES.rglob("*.jinja") if not path.name.endswith(".md.jinja")),
    ids=lambda path: path.relative_to(TEMPLATES).as_posix(),
)
def test_no_long_template_is_mostly_static_python(template: Path) -> None:
    """(The package README's template is prose, not Python, and is left out.)"""
    lines = non_blank(template)
    shaped = sum(bool(JINJA.search(line)) for line in lines)
    # A long template must be mostly what the spec shapes; static code belongs in runtime/.
    assert len(lines) <= 60 or shaped / len(lines) >= 0.5, f"{shaped} of {len(lines)} lines use Jinja"
