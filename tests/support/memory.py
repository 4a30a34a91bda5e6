"""Peak memory of a snippet run in a process of its own (so no earlier test's peak hides its own)."""

from __future__ import annotations

import subprocess
import sys


def peak_growth_mib(snippet: str, *arguments: str) -> tuple[str, float]:
    """Run `snippet` (it sees `arguments` as sys.argv[1:]) in a fresh interpreter; its printed output
    and how far its peak resident memory grew while it ran, in MiB (imports done first)."""
    program = (
        "import resource, sys\n"
        "import avido_client, avido_client.resources.runs, avido_client.resources.evals, httpx\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"{snippet}\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(f'\\n{(after - before) / 1024:.1f}')\n"  # ru_maxrss is in KiB on Linux
    )
    result = subprocess.run(
        [sys.executable, "-c", program, *arguments], capture_output=True, text=True, timeout=120, check=True
    )
    *lines, growth = result.stdout.strip().splitlines()
    return "\n".join(lines).strip(), float(growth)
