"""Decoding on its own: JSON paths in errors, JSON type names, wrapped bodies (no I/O)."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
from avido_client import _decoding, errors
from avido_client._constants import MAX_CACHED_DATETIMES
from avido_client._decoding import (
    _DATETIMES,
    DecodeError,
    decode,
    decode_error_body,
    json_type,
    known_datetime,
)
from avido_client.models import ErrorResponse, Eval

from tools.paths import FIXTURES

EVAL = json.loads((FIXTURES / "get_eval" / "200-documented.json").read_text())


def body(value: Any) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(value).encode())


@pytest.mark.parametrize(
    ("path", "text"),
    [([], ""), (["data"], "data"), (["data", 0, "task"], "data[0].task"), ([3, "x"], "[3].x")],
)
def test_a_path_reads_as_json_path(path: list[str | int], text: str) -> None:
    assert DecodeError(path, "why").path_text() == text


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (None, "null"),
        (True, "boolean"),
        (1, "number"),
        (1.5, "number"),
        ("s", "string"),
        ([], "array"),
        ({}, "object"),
    ],
)
def test_json_type_names(value: object, name: str) -> None:
    assert json_type(value) == name


def test_a_body_decodes_bare_or_wrapped_under_its_envelope() -> None:
    bare = decode(Eval, body(EVAL), envelope="eval")
    wrapped = decode(Eval, body({"eval": EVAL}), envelope="eval")
    assert bare.to_dict() == wrapped.to_dict()


def test_without_an_envelope_a_wrapped_body_is_an_error() -> None:
    with pytest.raises(errors.ResponseValidationError, match="missing required key 'id'"):
        decode(Eval, body({"eval": EVAL}))


def test_an_error_inside_the_envelope_names_it() -> None:
    with pytest.raises(errors.ResponseValidationError) as raised:
        decode(Eval, body({"eval": {**EVAL, "createdAt": 5}}), envelope="eval")
    assert raised.value.path == "eval.createdAt"


def test_an_error_body_that_is_not_one_decodes_to_none() -> None:
    assert decode_error_body(ErrorResponse, httpx.Response(502, content=b"<html>")) is None
    decoded = decode_error_body(ErrorResponse, httpx.Response(404, json={"message": "gone"}))
    assert decoded is not None
    assert decoded.message == "gone"


def test_without_the_fast_extra_bodies_decode_the_standard_way() -> None:
    """msgspec made unimportable: the standard library parses, the flat decoders decode, and the
    models have no Structs."""
    probe = (
        "import sys; sys.modules['msgspec'] = None\n"
        "import httpx\n"
        "from avido_client import _decoding\n"
        "from avido_client.models import Eval\n"
        "assert _decoding.msgspec is None and _decoding.load_json is _decoding.load_with_json\n"
        "assert '_struct' not in Eval.__dict__\n"
        f"body = open({str(FIXTURES / 'get_eval' / '200-documented.json')!r}, 'rb').read()\n"
        "print(_decoding.decode(Eval, httpx.Response(200, content=body), 'eval').id)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == EVAL["id"]


def test_the_remembered_date_times_are_bounded() -> None:
    """However many distinct date-times bodies bring, no more than the limit stay remembered
    between bodies (one body's may pass it while it decodes)."""
    for index in range(3):
        evals = [
            {**EVAL, "createdAt": f"2024-01-{index + 1:02d}T00:{n // 60:02d}:{n % 60:02d}Z"}
            for n in range(MAX_CACHED_DATETIMES // 2)
        ]
        for item in evals:
            decoded = decode(Eval, body(item))
            assert decoded.created_at == datetime.datetime.fromisoformat(item["createdAt"])
            assert len(_DATETIMES) <= MAX_CACHED_DATETIMES + 2
    assert known_datetime(evals[-1]["createdAt"]) == datetime.datetime.fromisoformat(evals[-1]["createdAt"])


@pytest.mark.parametrize(
    "text",
    [
        b'{"a": 1}',
        b' {"a": 1} ',
        b'{"a": 1}\n',
        b"",
        b"   ",
        b'{"a": 1} x',
        b"[1,",
        b"[1]\x0b",
        b"NaN",
        b"[1e400]",
        b"\xef\xbb\xbf[1]",
        "[1]".encode("utf-16"),
        b'"\\ud800"',
        b"\xff",
    ],
)
def test_the_standard_parser_reads_as_json_loads_does(text: bytes) -> None:
    """The same value, or a ValueError worded the same (it calls json's scanner itself)."""

    def outcome(parse: Any) -> tuple[str, str]:
        try:
            return "value", repr(parse(text))
        except ValueError as error:
            return type(error).__name__, str(error)

    def reference(content: bytes) -> Any:
        return json.loads(content, parse_float=_decoding._finite, parse_constant=_decoding._not_json)

    assert outcome(_decoding.load_with_json) == outcome(reference)
