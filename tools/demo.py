"""`make demo` (python -m tools.demo): run examples/quickstart.py against the mock API on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from tools.mock_api import serve

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    server = serve()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    env = {
        **os.environ,
        "AVIDO_BASE_URL": f"http://127.0.0.1:{server.server_port}",
        "AVIDO_API_KEY": "demo-key",
        "AVIDO_APPLICATION_ID": "demo-application",
    }
    print(f"Mock Avido API (answers from openapi.yaml's examples) on {env['AVIDO_BASE_URL']}\n", flush=True)
    try:
        return subprocess.run([sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env).returncode
    finally:
        server.shutdown()
        thread.join()


if __name__ == "__main__":
    sys.exit(main())
