"""The one HTTP server on 127.0.0.1 that the tests, the mock API and the benchmarks run.

It answers every request with what its responder returns for it, and records the
requests, so a test checks what actually crossed the wire. The responder can delay an
answer, or drop the connection without one. Every method is answered, so an operation
the spec adds is served with no change here.

A request it can't read (a bad request line, a bad `Content-Length`, a body too large) or
one its responder fails on is still answered, by `on_malformed`, and the connection then
closed: the server itself never drops one. With `log`, it reports one line per answer.
"""

from __future__ import annotations

import contextlib
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BufferedIOBase
from urllib.parse import parse_qs, urlsplit

# The largest request body read; a larger one is answered 413 without being read.
MAX_REQUEST_BODY = 8 * 1024 * 1024
# RFC 9110: a method is a token; the versions this server speaks.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VERSION = re.compile(r"HTTP/([0-9])\.([0-9])")
_DIGITS = re.compile(r"[0-9]+")
_HEX = re.compile(r"[0-9A-Fa-f]+")


class Malformed(Exception):
    """A request that can't be read as HTTP/1.x: answered with `status` and the connection closed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


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
# What answers a request that can't be read (or that the responder failed on): status, reason.
MalformedResponder = Callable[[int, str], CannedResponse]


def plain_error(status: int, message: str) -> CannedResponse:
    """The default answer to a malformed request: its reason as plain text."""
    return CannedResponse(
        status=status, body=message.encode(), headers={"Content-Type": "text/plain; charset=utf-8"}
    )


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout test) breaks the pipe; that is expected, not news."""


class LoopbackServer:
    """Serves `responder(request)` for every request; `requests` lists them in order.

    `keep_alive` answers in HTTP/1.1 with persistent connections and TCP_NODELAY, as a real
    API front end would (the benchmarks); otherwise each connection carries one request.
    Without `record` (a long-running mock) nothing is kept. With `tls` (a server-side SSL
    context) it speaks HTTPS. `port` 0 takes a free one. `on_malformed` answers what can't be
    read; `log` gets one line per answer: method, target, status, milliseconds.
    """

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        keep_alive: bool = False,
        record: bool = True,
        tls: ssl.SSLContext | None = None,
        port: int = 0,
        on_malformed: MalformedResponder = plain_error,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.record = record
        self.on_malformed = on_malformed
        self.log = log
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.responder: Responder = responder or (lambda _request: CannedResponse(status=404))
        self._httpd = _QuietServer(("127.0.0.1", port), self._handler_class(keep_alive))
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
            # Before the request line is read; the stdlib's HTTP/0.9 default would answer an
            # unreadable one without a status line.
            default_request_version = "HTTP/1.0"
            # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and
            # delayed ACKs add tens of milliseconds to each kept-alive response.
            disable_nagle_algorithm = keep_alive

            def handle_one_request(self) -> None:
                """Read one request and answer it, whatever its method; answer what can't be read."""
                self.command, self.path, self.requestline = "", "", ""
                self.request_version = self.default_request_version
                self.started = time.perf_counter()
                try:
                    line = self.rfile.readline(65537)
                    # RFC 9112 2.2: empty lines before a request line are ignored.
                    while line in (b"\r\n", b"\n"):
                        line = self.rfile.readline(65537)
                    if not line:
                        self.close_connection = True
                        return
                    self.raw_requestline = line
                    self._check_request_line(line)
                    if not self.parse_request():  # headers; it answered what it refused
                        return
                    body = self._read_body()
                except Malformed as refused:
                    self.send_error(refused.status, refused.message)
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                request = RecordedRequest(self.command, self.path, headers, body)
                with server._lock:
                    if server.record:
                        server.requests.append(request)
                    try:
                        response = server.responder(request)
                    except Exception as failure:  # a bug in a responder still gets an answer
                        response = server.on_malformed(500, f"the server failed: {failure!r}")
                        self.close_connection = True
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
                self.wfile.flush()

            def _check_request_line(self, line: bytes) -> None:
                """Refuse a request line that isn't `METHOD target HTTP/1.x` (the stdlib reads a
                two-word line as HTTP/0.9 and answers it without a status line)."""
                if len(line) > 65536:
                    raise Malformed(414, "The request line is too long")
                words = line.rstrip(b"\r\n").split(b" ")
                text = line.rstrip(b"\r\n").decode("latin-1")
                if len(words) != 3 or not _TOKEN.fullmatch(words[0].decode("latin-1")) or not words[1]:
                    raise Malformed(400, f"Bad request line {text!r}: expected METHOD TARGET HTTP/1.1")
                if any(byte <= 0x20 or byte == 0x7F for byte in words[1]):
                    raise Malformed(400, f"Bad request target in {text!r}")
                version = _VERSION.fullmatch(words[2].decode("latin-1"))
                if version is None:
                    raise Malformed(400, f"Bad HTTP version in {text!r}")
                if version.group(1) != "1":
                    raise Malformed(
                        505, f"HTTP/{version.group(1)}.{version.group(2)} is not served: use HTTP/1.1"
                    )

            def _read_body(self) -> bytes:
                """The body, framed by `Content-Length` or chunked (RFC 9112 6); Malformed when the
                framing is wrong, since the next request's start would be a guess."""
                lengths = [
                    part.strip()
                    for value in self.headers.get_all("Content-Length", [])
                    for part in value.split(",")
                ]
                codings = [
                    part.strip().lower()
                    for value in self.headers.get_all("Transfer-Encoding", [])
                    for part in value.split(",")
                ]
                if codings:
                    if lengths:
                        raise Malformed(
                            400, "Both Transfer-Encoding and Content-Length: the body's end is ambiguous"
                        )
                    if codings != ["chunked"]:
                        raise Malformed(501, f"Transfer-Encoding {', '.join(codings)} is not supported")
                    return self._read_chunked()
                if not lengths:
                    return b""
                if not all(_DIGITS.fullmatch(length) for length in lengths):
                    raise Malformed(400, f"Bad Content-Length {', '.join(lengths)!r}: a number of bytes")
                if len({int(length) for length in lengths}) > 1:
                    raise Malformed(400, f"Conflicting Content-Length values {', '.join(lengths)}")
                length = int(lengths[0])
                if length > MAX_REQUEST_BODY:
                    raise Malformed(413, f"The body ({length} bytes) is over {MAX_REQUEST_BODY}")
                return self.rfile.read(length) if length else b""

            def _read_chunked(self) -> bytes:
                body = bytearray()
                while True:
                    size = self.rfile.readline(1026).split(b";", 1)[0].strip().decode("latin-1")
                    if not _HEX.fullmatch(size):
                        raise Malformed(400, f"Bad chunk size {size!r}")
                    if int(size, 16) == 0:
                        break
                    if len(body) + int(size, 16) > MAX_REQUEST_BODY:
                        raise Malformed(413, f"The body is over {MAX_REQUEST_BODY} bytes")
                    body += self.rfile.read(int(size, 16))
                    if self.rfile.readline(3) not in (b"\r\n", b"\n"):
                        raise Malformed(400, "A chunk is longer than its size")
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):  # trailers: ignored
                    pass
                return bytes(body)

            def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
                """Answer a request that can't be read (parse_request calls this too) through
                `on_malformed`, and close: where its body ends is unknown."""
                self.close_connection = True
                self._answer(server.on_malformed(code, message or HTTPStatus(code).phrase))

            def _answer(self, response: CannedResponse) -> None:
                if response.drop or response.raw is not None:
                    self.close_connection = True
                    self._log(response.status)
                    if response.raw is not None:
                        # The client hanging up is what a misbehaving server meets; not news.
                        with contextlib.suppress(OSError):
                            response.raw(self.wfile)
                    return
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(response.body)))
                if self.close_connection and self.protocol_version == "HTTP/1.1":
                    self.send_header("Connection", "close")
                # Logged before it goes out, so the line is there once the client has the answer.
                self._log(response.status)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(response.body)

            def _log(self, status: int) -> None:
                if server.log is not None:
                    elapsed = (time.perf_counter() - self.started) * 1000
                    server.log(f"{self.command or '-'} {self.path or '-'} {status} {elapsed:.1f} ms")

            def log_message(self, format: str, *args: object) -> None:
                """Keep the output quiet."""

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
