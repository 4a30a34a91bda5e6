"""Importing the package, in a fresh interpreter each time, beside a bare interpreter (the floor)
and the official SDK's import.

The figure that matters is what an import adds to starting Python: each row's median less
the floor's. Resources and models load on first use (`client.runs`), so importing the
package costs the client and its runtime only; the last avido_client row adds building a
client and touching every resource (the spec's 17, nested ones too), which loads them all.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from tools.paths import SDK_ENVIRONMENTS
from tools.spec import Spec, python_name

FLOOR = "python -c pass (floor)"
OURS = "import avido_client"
SDK = "import avido (the official SDK, 1.7.0)"
# The newest release, in the environment make sdk-check installs it in (the same Python); a
# row of its own where that environment is there.
NEWEST_SDK = "1.75.0"


def _run(statement: str, python: str = sys.executable) -> Callable[[], object]:
    def run() -> object:
        return subprocess.run([python, "-c", statement], check=True, capture_output=True)

    return run


def every_resource() -> str:
    """Statements that build a client and touch each resource of the spec, nested ones too."""
    paths = sorted({operation.resource_path for operation in Spec.load().operations()})
    touches = "".join(f"client.{'.'.join(python_name(part) for part in path)}\n" for path in paths)
    return "import avido_client\nclient = avido_client.AuthenticatedClient(api_key='k')\n" + touches


def contenders() -> dict[str, Callable[[], object]]:
    found = {
        FLOOR: _run("pass"),
        "import httpx (a dependency)": _run("import httpx"),
        OURS: _run("import avido_client"),
        "import avido_client, a client, every resource": _run(every_resource()),
        SDK: _run("import avido"),
    }
    newest = SDK_ENVIRONMENTS / NEWEST_SDK / "bin" / "python"
    if newest.exists():
        found[f"import avido (the official SDK, {NEWEST_SDK})"] = _run("import avido", str(newest))
    return found
