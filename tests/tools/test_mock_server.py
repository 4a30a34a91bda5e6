"""`make mock`: the mock as a server people run. It prints the lines a client reads, accepts only
the credentials it printed, logs a line per request to stderr, and stops quietly on Ctrl-C.
Each test runs it as a process of its own, as a person would."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from avido_client import AuthenticatedClient, errors

from tests.support.spec import SPEC
from tools.mock.check import ALLOWED, unexplained
from tools.mock.server import default_credentials
from tools.paths import ROOT

SCHEMES = SPEC.security_schemes()
# Outer make's variables would have a make started here print directory lines.
ENVIRONMENT = {
    name: value for name, value in os.environ.items() if name not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
}


@contextmanager
def started(command: list[str]) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """The mock started by `command` in a process group of its own, and the variables its
    `export` lines set; read once it printed all of them."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=ENVIRONMENT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    variables: dict[str, str] = {}
    try:
        while len(variables) < 1 + len(SCHEMES):
            line = process.stdout.readline()
            assert line, (
                f"the mock ended before printing its lines: {process.stderr.read() if process.stderr else ''}"
            )
            if line.startswith("export "):
                [assignment] = shlex.split(line.removeprefix("export "))
                name, _, value = assignment.partition("=")
                variables[name] = value
        yield process, variables
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def stop(process: subprocess.Popen[str], number: signal.Signals = signal.SIGINT, group: bool = False) -> str:
    """Send the signal (as Ctrl-C does, to the whole group when `group`), wait; stderr."""
    if group:
        os.killpg(process.pid, number)
    else:
        process.send_signal(number)
    _, stderr = process.communicate(timeout=60)
    return stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


MOCK = [sys.executable, "-m", "tools.mock.server"]


def test_the_printed_lines_are_what_the_client_reads_to_reach_the_mock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with started(MOCK) as (process, variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        with AuthenticatedClient() as client:  # AVIDO_BASE_URL, AVIDO_API_KEY, AVIDO_APPLICATION_ID
            assert client.runs.list().data
            assert client.tests.list().data  # the application id as well
        stderr = stop(process)
    assert process.returncode == 0
    assert "Traceback" not in stderr
    assert re.search(r"^GET /v0/runs 200 [0-9]+\.[0-9] ms$", stderr, flags=re.MULTILINE)
    assert re.search(r"^GET /v0/tests 200 [0-9]+\.[0-9] ms$", stderr, flags=re.MULTILINE)


def test_it_answers_another_key_or_none_with_401_and_logs_it() -> None:
    with started(MOCK) as (process, variables):
        url = variables["AVIDO_BASE_URL"]
        with (
            AuthenticatedClient(api_key="someone-elses-key", base_url=url) as client,
            pytest.raises(errors.AuthenticationError),
        ):
            client.runs.list()
        response = httpx.get(f"{url}/v0/runs")
        assert response.status_code == 401
        assert response.json()["statusCode"] == 401
        stderr = stop(process)
    assert len(re.findall(r"^GET /v0/runs 401 [0-9]+\.[0-9] ms$", stderr, flags=re.MULTILINE)) == 2


def test_it_takes_a_port_and_credentials_of_the_users_choosing() -> None:
    port = free_port()
    options = ["--port", str(port), "--key", "my-own-key", "--application-id", "my-application"]
    with started([*MOCK, *options]) as (process, variables):
        assert variables["AVIDO_BASE_URL"] == f"http://127.0.0.1:{port}"
        assert (variables["AVIDO_API_KEY"], variables["AVIDO_APPLICATION_ID"]) == (
            "my-own-key",
            "my-application",
        )
        url = variables["AVIDO_BASE_URL"]
        defaults = default_credentials(SPEC)
        assert httpx.get(f"{url}/v0/runs", headers={"x-api-key": "my-own-key"}).status_code == 200
        assert httpx.get(f"{url}/v0/runs", headers={"x-api-key": defaults["ApiKey"]}).status_code == 401
        both = {"x-api-key": "my-own-key", "x-application-id": "my-application"}
        assert httpx.get(f"{url}/v0/tests", headers=both).status_code == 200
        wrong = {**both, "x-application-id": defaults["ApplicationId"]}
        assert httpx.get(f"{url}/v0/tests", headers=wrong).status_code == 401
        stop(process)
    assert process.returncode == 0


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_it_stops_quietly(number: signal.Signals) -> None:
    with started(MOCK) as (process, _):
        stderr = stop(process, number)
    assert process.returncode == 0
    assert stderr == "mock stopped\n"


def test_make_mock_prints_the_lines_and_ctrl_c_stops_it_without_a_traceback() -> None:
    port = free_port()
    with started(["make", "-s", "mock", f"PORT={port}", "KEY=from-make"]) as (process, variables):
        assert variables["AVIDO_BASE_URL"] == f"http://127.0.0.1:{port}"
        assert variables["AVIDO_API_KEY"] == "from-make"
        assert httpx.get(
            f"{variables['AVIDO_BASE_URL']}/v0/runs", headers={"x-api-key": "from-make"}
        ).is_success
        stderr = stop(process, group=True)  # a terminal's Ctrl-C reaches make and the mock
    # make itself dies of the SIGINT it got (a shell shows 130); the mock under it ended cleanly
    assert process.returncode in (0, -signal.SIGINT, 130)
    assert "Traceback" not in stderr
    assert "mock stopped" in stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--key", "has space"], "--key: printable ASCII"),
        (["--application-id", ""], "--application-id: printable ASCII"),
        (["--port", "70000"], "--port 70000"),
    ],
)
def test_a_bad_option_is_refused_with_the_reason(options: list[str], message: str) -> None:
    result = subprocess.run([*MOCK, *options], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert message in result.stderr


def test_a_port_in_use_is_named() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [*MOCK, "--port", str(port)], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 1
    assert f"port {port} is not free" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_allow_listed_schemathesis_failure_gives_its_reason(tmp_path: Path) -> None:
    assert unexplained(ALLOWED) == []
    entry = {"operation": "GET /v0/runs", "check": "ignored_auth", "failure": "IgnoredAuth", "signature": ""}
    listed = tmp_path / "allowed.json"
    listed.write_text(json.dumps({"format_version": 1, "entries": [entry, {**entry, "reason": "why"}]}))
    assert unexplained(listed) == ["GET /v0/runs ignored_auth"]
