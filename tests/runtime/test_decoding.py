"""Decoding on its own: JSON paths in errors, JSON type names, wrapped bodies (no I/O)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from avido_client import errors
from avido_client._decoding import DecodeError, decode, decode_error_body, json_type
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
