"""`make mock` (python -m tools.mock.server): the mock API as a server people run.

It prints its URL and the environment lines a client reads (`export AVIDO_BASE_URL=...`,
one per credential the spec declares), accepts only the credentials it printed, logs one
line per request to stderr (method, target, status, milliseconds) and stops on Ctrl-C or
SIGTERM, quietly, with exit status 0.

    python -m tools.mock.server [--port PORT] [--key KEY] [--application-id ID]

The credential options come from the spec's security schemes: `--key` is the value of
those every operation requires (the API key), `--<scheme>` (`--application-id`) of each
other one.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from types import FrameType

from runtime._constants import BASE_URL_VARIABLE, ENVIRONMENT_PREFIX
from tools.mock.api import RESET, serve
from tools.spec import SecurityScheme, Spec, snake_case

# Obvious on purpose: whoever reads it in a script knows it is the mock's.
DEFAULT_KEY = "mock-key"


def option(scheme: SecurityScheme) -> str:
    """The command-line option that sets a scheme's value: `--key` for what every operation
    requires, else the scheme's name in kebab case (`--application-id`)."""
    return "--key" if scheme.everywhere else "--" + snake_case(scheme.name).replace("_", "-")


def default_credentials(spec: Spec) -> dict[str, str]:
    """A value per security scheme: `mock-key` for the API key, `mock-<scheme>` for the others."""
    return {
        scheme.name: DEFAULT_KEY if scheme.everywhere else "mock-" + option(scheme).removeprefix("--")
        for scheme in spec.security_schemes()
    }


def environment(spec: Spec, base_url: str, credentials: dict[str, str]) -> dict[str, str]:
    """The variables a client reads to reach this mock: the base URL and each credential, named
    as the generated client names them (`AVIDO_API_KEY` for the scheme `ApiKey`)."""
    variables = {BASE_URL_VARIABLE: base_url}
    for scheme in spec.security_schemes():
        variables[ENVIRONMENT_PREFIX + snake_case(scheme.name).upper()] = credentials[scheme.name]
    return variables


def arguments(spec: Spec, argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make mock", description="The mock Avido API on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="the port (default: a free one)")
    defaults = default_credentials(spec)
    for scheme in spec.security_schemes():
        parser.add_argument(
            option(scheme),
            dest=scheme.name,
            default=defaults[scheme.name],
            help=f"the {scheme.header} accepted (default: {defaults[scheme.name]})",
        )
    parsed = parser.parse_args(argv)
    if not 0 <= parsed.port <= 65535:
        parser.error(f"--port {parsed.port}: a port is 0 to 65535")
    for scheme in spec.security_schemes():
        value = getattr(parsed, scheme.name)
        # A header value: printable ASCII without spaces, so the export line is what gets sent.
        if not value or not all(0x21 <= ord(c) <= 0x7E for c in value):
            parser.error(f"{option(scheme)}: printable ASCII characters without spaces, please")
    return parsed


def main(argv: list[str] | None = None) -> int:
    stop = threading.Event()

    def on_signal(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    spec = Spec.load()
    parsed = arguments(spec, argv)
    credentials = {scheme.name: getattr(parsed, scheme.name) for scheme in spec.security_schemes()}

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        server = serve(credentials=credentials, port=parsed.port, log=log)
    except OSError as problem:
        print(f"make mock: port {parsed.port} is not free ({problem.strerror}); try PORT=0", file=sys.stderr)
        return 1
    with server.running():
        lines = [
            f"export {name}={shlex.quote(value)}"
            for name, value in environment(spec, server.base_url, credentials).items()
        ]
        title = spec.document["info"]["title"]
        print(
            f"Mock {title} (a sandbox starting from openapi.yaml's examples) on {server.base_url}\n"
            "\nPaste these lines into the shell that runs your script:\n\n"
            + "\n".join(lines)
            + "\n\nOnly these credentials are accepted (401 otherwise). What you create is kept until"
            f" it stops; `curl -X POST {server.base_url}{RESET}` forgets it sooner. One line per"
            " request follows on stderr; Ctrl-C stops it.\n",
            flush=True,
        )
        # Polled: the handler only sets the event, and a short wait keeps the main thread where
        # Python runs signal handlers.
        while not stop.wait(0.5):
            pass
    print("mock stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
