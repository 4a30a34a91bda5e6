"""The listing server the benchmarks walk: /v0/runs and /v0/tests, paged, each answer after a
fixed delay, in a process of its own (so it doesn't share the client's interpreter lock).

    python -m bench.server ITEMS DELAY_SECONDS

prints its port, then serves until killed. It is tools/loopback.py (HTTP/1.1, kept-alive
connections, TCP_NODELAY). Runs are SDK 1.7.0's run fixture; tests are the 187 kB-a-page test of
bench/decode.py; `GET /v0/evals/<id>` answers SDK 1.7.0's eval fixture. `GET /stats` answers
the most requests it had in flight at once since the last `GET /stats`, which resets it.
"""

from __future__ import annotations

import json
import sys
import threading
from functools import cache

from bench.decode import EVAL, run_item, test_item
from tools.loopback import CannedResponse, LoopbackServer, RecordedRequest

ITEMS = {"/v0/runs": run_item, "/v0/tests": test_item}


def listing_server(total: int, delay: float) -> LoopbackServer:
    @cache
    def page(path: str, skip: int, limit: int) -> bytes:
        data = [ITEMS[path](index) for index in range(skip, min(skip + limit, total))]
        pagination = {"skip": skip, "limit": limit, "total": total, "totalPages": -(-total // limit)}
        return json.dumps({"data": data, "pagination": pagination}).encode()

    server: LoopbackServer

    def respond(request: RecordedRequest) -> CannedResponse:
        if request.path == "/stats":  # read and reset under the server's lock
            body = json.dumps({"max_in_flight": server.max_in_flight}).encode()
            server.max_in_flight = 0
            return CannedResponse(body=body)
        if request.path.startswith("/v0/evals/"):
            return CannedResponse(body=EVAL, delay=delay)
        query = request.query
        skip, limit = int(query.get("skip", ["0"])[0]), int(query.get("limit", ["25"])[0])
        return CannedResponse(body=page(request.path, skip, limit), delay=delay)

    server = LoopbackServer(respond, keep_alive=True, record=False)
    return server


if __name__ == "__main__":
    running = listing_server(int(sys.argv[1]), float(sys.argv[2]))
    print(running.port, flush=True)
    running.start()
    threading.Event().wait()
