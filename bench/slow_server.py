"""A paginating /v0/runs server on 127.0.0.1 that answers each request after a fixed delay.

Run in its own process (so it doesn't share the client's interpreter lock):
    python -m bench.slow_server RUNS DELAY_SECONDS
prints the port it listens on, then serves until killed.
"""

from __future__ import annotations

import json
import sys
import time
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "list_runs" / "200-documented.json"


def serve(total: int, delay: float) -> None:
    run = json.loads(FIXTURE.read_text())["data"][0]

    @cache
    def page(skip: int, limit: int) -> bytes:
        data = [{**run, "id": f"run_{i}"} for i in range(skip, min(skip + limit, total))]
        pagination = {"skip": skip, "limit": limit, "total": total, "totalPages": -(-total // limit)}
        return json.dumps({"data": data, "pagination": pagination}).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real API front end would
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and
        # delayed ACKs add ~40 ms to every response and the benchmark would measure that.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            body = page(int(query.get("skip", ["0"])[0]), int(query.get("limit", ["25"])[0]))
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]), float(sys.argv[2]))
