"""`make demo` (python -m tools.mock.demo): run examples/quickstart.py against the mock API on
127.0.0.1, then the write flow (tools/mock/write_flow.py: create, retrieve, find in the listing)."""

from __future__ import annotations

import os
import subprocess
import sys

from tools.mock.api import serve
from tools.mock.server import default_credentials, environment
from tools.paths import QUICKSTART
from tools.spec import Spec


def main() -> int:
    spec = Spec.load()
    credentials = default_credentials(spec)
    with serve(credentials=credentials).running() as server:
        env = {**os.environ, **environment(spec, server.base_url, credentials)}
        print(
            f"Mock Avido API (a sandbox starting from openapi.yaml's examples) on {server.base_url}\n",
            flush=True,
        )
        for program in ([str(QUICKSTART)], ["-m", "tools.mock.write_flow"]):
            returncode = subprocess.run([sys.executable, *program], env=env).returncode
            if returncode != 0:
                return returncode
        return 0


if __name__ == "__main__":
    sys.exit(main())
