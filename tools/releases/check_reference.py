"""Open the built API reference in headless Chromium and check what a reader sees.

Passes when the rendered page names every operation of the spec (by its summary), every
credential header and a value from the documented examples, and when the only network fetch
the page attempted (all are blocked by its Content-Security-Policy) is Redoc's footer logo.

    python tools/releases/check_reference.py PAGE
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.spec import Spec

CHROMIUM = "chromium"
# The flags a sandboxed, offline CI machine needs (no GPU, no background services).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=15000",
    "--dump-dom",
]
# What a reader must see besides each operation's summary and each credential's header.
EXAMPLE_VALUES = [
    "Credit Card Block",  # from the listTests example
    "evalRunId",  # from the getEval example
]
ALLOWED_BLOCKED = {"https://cdn.redoc.ly/redoc/logo-mini.svg"}


def visible_text(dom: str) -> str:
    body = dom[dom.find("<body") :]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.DOTALL)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))


def expected(spec: Spec) -> list[str]:
    """What the page must show: each operation's summary, each credential header, the example values."""
    summaries = [str(operation.raw["summary"]) for operation in spec.operations()]
    headers = [scheme.header for scheme in spec.security_schemes()]
    return [*summaries, *headers, *EXAMPLE_VALUES]


def check(page: Path, spec: Spec | None = None) -> list[str]:
    problems = []
    if not re.search(
        r"""http-equiv="Content-Security-Policy" content="default-src 'none';""", page.read_text()
    ):
        # Without the policy a fetch would fail silently offline instead of being reported.
        problems.append("the page has no Content-Security-Policy forbidding network fetches")
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
        )
    text = visible_text(result.stdout)
    needles = expected(Spec.load() if spec is None else spec)
    problems += [f"the rendered page does not show {needle!r}" for needle in needles if needle not in text]
    blocked = set(re.findall(r"Loading the \w+ '([^']+)' violates", result.stderr))
    blocked |= set(re.findall(r"Refused to \w+ [^']*'([^']+)'", result.stderr))
    problems += [f"the page tried to fetch {url}" for url in sorted(blocked - ALLOWED_BLOCKED)]
    if result.returncode != 0:
        problems.append(f"chromium exited with {result.returncode}")
    return problems


if __name__ == "__main__":
    problems = check(Path(sys.argv[1]))
    for problem in problems:
        print(f"docs check: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"docs check: {sys.argv[1]} renders in Chromium offline and shows every operation")
