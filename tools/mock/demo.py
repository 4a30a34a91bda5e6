"""`make demo` (python -m tools.mock.demo): run examples/quickstart.py against the mock API on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys

from tools.mock.api import serve
from tools.paths import QUICKSTART


def main() -> int:
    with serve().running() as server:
        env = {
            **os.environ,
            "AVIDO_BASE_URL": server.base_url,
            "AVIDO_API_KEY": "demo-key",
            "AVIDO_APPLICATION_ID": "demo-application",
        }
        print(f"Mock Avido API (answers from openapi.yaml's examples) on {server.base_url}\n", flush=True)
        return subprocess.run([sys.executable, str(QUICKSTART)], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
