"""The one HTTP server on 127.0.0.1 that the tests, the mock API and the benchmarks run.

It answers every request with what its responder returns for it, and records the
requests, so a test checks what actually crossed the wire. The responder can delay an
answer, or drop the connection without one. Every method is answered, so an operation
the spec adds is served with no change here.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BufferedIOBase
from urllib.parse import parse_qs, urlsplit

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    target: str  # the path and query, as sent
    headers: dict[str, str]  # names in lower case
    body: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)


@dataclass(frozen=True)
class CannedResponse:
    """What the server does: wait `delay` seconds, then answer (or, with `drop`, close without
    answering; or, with `raw`, write whatever it writes, status line and headers included: a
    server misbehaving in ways a well-formed answer can't)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0
    drop: bool = False
    raw: Callable[[BufferedIOBase], None] | None = None


Responder = Callable[[RecordedRequest], CannedResponse]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout test) breaks the pipe; that is expected, not news."""


class LoopbackServer:
    """Serves `responder(request)` for every request; `requests` lists them in order.

    `keep_alive` answers in HTTP/1.1 with persistent connections and TCP_NODELAY, as a real
    API front end would (the benchmarks); otherwise each connection carries one request.
    Without `record` (a long-running mock) nothing is kept. With `tls` (a server-side SSL
    context) it speaks HTTPS.
    """

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        keep_alive: bool = False,
        record: bool = True,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.record = record
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.responder: Responder = responder or (lambda _request: CannedResponse(status=404))
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class(keep_alive))
        self.scheme = "https" if tls is not None else "http"
        if tls is not None:
            # The handshake happens in each connection's own thread, on its first read, so a
            # client that fails it (an untrusted certificate) can't stall the accepting loop.
            self._httpd.socket = tls.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.01,), daemon=True)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

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

    def _handler_class(self, keep_alive: bool) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"
            # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and
            # delayed ACKs add tens of milliseconds to each kept-alive response.
            disable_nagle_algorithm = keep_alive

            def handle_one_request_of_any_method(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                request = RecordedRequest(self.command, self.path, headers, body)
                with server._lock:
                    if server.record:
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
                if response.drop or response.raw is not None:
                    self.close_connection = True
                    if response.raw is not None:
                        # The client hanging up is what a misbehaving server meets; not news.
                        with contextlib.suppress(OSError):
                            response.raw(self.wfile)
                    return
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(response.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(response.body)

            def log_message(self, format: str, *args: object) -> None:
                """Keep the output quiet."""

        for method in METHODS:
            setattr(Handler, f"do_{method}", Handler.handle_one_request_of_any_method)
        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    @contextmanager
    def running(self) -> Iterator[LoopbackServer]:
        self.start()
        try:
            yield self
        finally:
            self.stop()
