"""`make demo` (python -m tools.mock.demo): run examples/quickstart.py against the mock API on 127.0.0.1."""

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
        print(f"Mock Avido API (answers from openapi.yaml's examples) on {server.base_url}\n", flush=True)
        return subprocess.run([sys.executable, str(QUICKSTART)], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
