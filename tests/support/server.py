"""A real HTTP server on 127.0.0.1 for tests: it answers with canned responses and
records every request it receives, so tests check what actually crossed the wire."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    target: str
    headers: dict[str, str]

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)


@dataclass(frozen=True)
class CannedResponse:
    """What the server does: wait `delay` seconds, then answer (or, with `drop`, close without answering)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0
    drop: bool = False


Responder = Callable[[RecordedRequest], CannedResponse]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout test) breaks the pipe; that is expected, not news."""


class RecordingServer:
    """Serves `responder(request)` for every request; `requests` lists them in order."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.responder: Responder = lambda _request: CannedResponse(status=404)
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.01,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def serve(self, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        """Answer every request with this body and status (JSON unless headers say otherwise)."""
        response = CannedResponse(status=status, body=body)
        if headers is not None:
            response = CannedResponse(status=status, body=body, headers=headers)
        self.responder = lambda _request: response

    def serve_sequence(self, *responses: CannedResponse) -> None:
        """Answer the n-th request with the n-th response, and later ones with the last."""

        def respond(_request: RecordedRequest) -> CannedResponse:
            return responses[min(len(self.requests), len(responses)) - 1]

        self.responder = respond

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                request = RecordedRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                with server._lock:
                    server.requests.append(request)
                    response = server.responder(request)
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                # In flight while the server "works" (the delay); it stops counting before it
                # answers, so a client that sends its next request on receipt isn't counted twice.
                try:
                    if response.delay:
                        time.sleep(response.delay)
                finally:
                    with server._lock:
                        server.in_flight -= 1
                self._answer(response)

            def _answer(self, response: CannedResponse) -> None:
                if response.drop:
                    self.close_connection = True
                    return
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(response.body)))
                self.end_headers()
                self.wfile.write(response.body)

            def log_message(self, format: str, *args: object) -> None:
                """Keep the test output quiet."""

        return Handler

    @contextmanager
    def running(self) -> Iterator[RecordingServer]:
        self._thread.start()
        try:
            yield self
        finally:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join()
