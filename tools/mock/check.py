"""`make mock-check`: Schemathesis, run from the spec against the mock, which it starts here.

The mock runs in this process on a free port of 127.0.0.1 with its default credentials;
Schemathesis runs as a subprocess from a temporary folder (its caches and crash records go
there, never into the checkout), reading the bundled spec, with every check it has. The run
is bounded and repeatable: deterministic generation, `MAX_EXAMPLES` cases per operation and
phase, one worker.

It fails on any failure but those allow-listed in `tools/mock/schemathesis-allowed.json`, a
Schemathesis baseline whose every entry also says, under `reason`, why that failure is not the
mock's to fix (an entry without one stops the run). `--record` adds this run's failures to it,
to be given their reasons by hand.

Exit status: Schemathesis' own (0 when nothing but the allow-listed failed); 2 for an entry
without a reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.mock.api import serve
from tools.mock.server import default_credentials
from tools.spec import Spec

HERE = Path(__file__).parent
CONFIG = HERE / "schemathesis.toml"
ALLOWED = HERE / "schemathesis-allowed.json"
# Per operation and phase: enough to reach every parameter's bounds and the negative cases,
# little enough for well under two minutes on two cores (about half a minute here).
MAX_EXAMPLES = 40


def unexplained(allowed: Path) -> list[str]:
    """The allow-list's entries that give no reason, each as `operation check`."""
    entries = json.loads(allowed.read_text(encoding="utf-8"))["entries"]
    return [
        f"{entry['operation']} {entry['check']}"
        for entry in entries
        if not str(entry.get("reason", "")).strip()
    ]


def command(spec_file: Path, base_url: str, headers: dict[str, str], allowed: Path) -> list[str]:
    """The Schemathesis command line for the spec at `spec_file` against `base_url`."""
    return [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(CONFIG),
        "run",
        str(spec_file),
        "--url",
        base_url,
        *(option for name, value in headers.items() for option in ("--header", f"{name}: {value}")),
        "--checks",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--generation-deterministic",
        "--workers",
        "1",
        "--request-timeout",
        "10",
        "--baseline",
        str(allowed),
        "--no-color",
    ]


def main(argv: list[str]) -> int:
    record = argv == ["--record"]
    missing = unexplained(ALLOWED)
    if missing:
        print(f"mock-check: {ALLOWED.name}: give each entry a reason: {'; '.join(missing)}", file=sys.stderr)
        return 2
    spec = Spec.load()
    credentials = default_credentials(spec)
    headers = {scheme.header: credentials[scheme.name] for scheme in spec.security_schemes()}
    with (
        tempfile.TemporaryDirectory(prefix="mock-check-") as folder,
        serve(credentials=credentials).running() as mock,
    ):
        # The spec as every tool here reads it: bundled, one document.
        spec_file = Path(folder) / "openapi.json"
        spec_file.write_text(json.dumps(spec.document), encoding="utf-8")
        # A copy, unless recording: Schemathesis writes a baseline it is given at times.
        allowed = ALLOWED if record else Path(shutil.copy(ALLOWED, folder))
        arguments = command(spec_file, mock.base_url, headers, allowed) + (
            ["--baseline-update"] if record else []
        )
        print(f"mock-check: Schemathesis against the mock on {mock.base_url}", flush=True)
        return subprocess.run(arguments, cwd=folder, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
