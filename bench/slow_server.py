"""A paginating /v0/runs server on 127.0.0.1 that answers each request after a fixed delay.

Run in its own process (so it doesn't share the client's interpreter lock):
    python -m bench.slow_server RUNS DELAY_SECONDS
prints the port it listens on, then serves until killed. It is tools/loopback.py, the
server the tests run, answering in HTTP/1.1 with kept-alive connections.
"""

from __future__ import annotations

import json
import sys
import threading
from functools import cache

from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest
from tools.paths import FIXTURES

RUN = json.loads((FIXTURES / "list_runs" / "200-documented.json").read_text())["data"][0]


def paging_runs(total: int, delay: float) -> LoopbackServer:
    @cache
    def page(skip: int, limit: int) -> bytes:
        data = [{**RUN, "id": f"run_{i}"} for i in range(skip, min(skip + limit, total))]
        pagination = {"skip": skip, "limit": limit, "total": total, "totalPages": -(-total // limit)}
        return json.dumps({"data": data, "pagination": pagination}).encode()

    def respond(request: RecordedRequest) -> CannedResponse:
        query = request.query
        body = page(int(query.get("skip", ["0"])[0]), int(query.get("limit", ["25"])[0]))
        return CannedResponse(body=body, delay=delay)

    return LoopbackServer(respond, keep_alive=True, record=False)


if __name__ == "__main__":
    server = paging_runs(int(sys.argv[1]), float(sys.argv[2]))
    print(server.port, flush=True)
    server.start()
    threading.Event().wait()
