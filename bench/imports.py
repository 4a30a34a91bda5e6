"""Importing the package, in a fresh interpreter each time, beside a bare interpreter (the floor)
and the official SDK's import.

The figure that matters is what an import adds to starting Python: each row's median less
the floor's. Resources and models load on first use (`client.runs`), so importing the
package costs the client and its runtime only; the last avido_client row adds building a
client and touching every resource, which loads them all.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

FLOOR = "python -c pass (floor)"
OURS = "import avido_client"
SDK = "import avido (the official SDK, 1.7.0)"


def _run(statement: str) -> Callable[[], object]:
    def run() -> object:
        return subprocess.run([sys.executable, "-c", statement], check=True, capture_output=True)

    return run


def contenders() -> dict[str, Callable[[], object]]:
    return {
        FLOOR: _run("pass"),
        "import httpx (a dependency)": _run("import httpx"),
        OURS: _run("import avido_client"),
        "import avido_client, a client, every resource": _run(
            "import avido_client\n"
            "client = avido_client.AuthenticatedClient(api_key='k')\n"
            "for resource in ('runs', 'tests', 'evals'):\n"
            "    getattr(client, resource)"
        ),
        SDK: _run("import avido"),
    }
