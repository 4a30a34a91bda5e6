"""The documentation names only what exists: every test docs/security.md cites is a test."""

from __future__ import annotations

import re

from tools.paths import DOCS, TESTS


def test_every_test_the_security_page_cites_exists() -> None:
    cited = set(re.findall(r"`(test_\w+)`", (DOCS / "security.md").read_text(encoding="utf-8")))
    defined = {
        name
        for path in TESTS.rglob("test_*.py")
        for name in re.findall(r"^(?:async )?def (test_\w+)", path.read_text(encoding="utf-8"), re.M)
    }
    assert len(cited) > 30
    assert sorted(cited - defined) == []
