"""The fast paths change nothing but speed: every body gives the same model, or the same error
(model, JSON path and reason), on every path: the exact one (the standard library's parser, then
`from_dict`), the default install's (its flat decoders first) and the `fast` extra's (msgspec
decoding into the models' Structs first, then msgspec's parser and the flat decoders, then the
standard library's parser).

The bodies (about 12,000): every response fixture in tests/fixtures, bare and (where the
operation has one) in its envelope, and as text with a number too large for a float, NaN, or
nesting too deep; each mutated at every place in turn (a key dropped; a value replaced by one
of another JSON type, an integral float, an unknown enum value, a malformed date-time, a huge
integer; an unknown key added; the whole body replaced); and Hypothesis's schema-valid payloads
for each operation's success schema, each mutated once at a place Hypothesis picks. Budget:
about 40 s on a 2-core machine in the "ci" profile (derandomized; tests/conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from avido_client import _decoding, models
from avido_client.errors import ResponseValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.payloads import payloads
from tests.support.spec import JSON, SPEC, json_schema, operations, read_fixture
from tools.paths import FIXTURES
from tools.spec import snake_case

# The paths: how load_json is set (the default install, the extra), and whether the fast paths run.
PATHS: dict[str, tuple[Callable[[bytes], Any], bool]] = {
    "exact": (_decoding.load_with_json, False),
    "default install": (_decoding.load_with_json, True),
    "fast extra": (_decoding.load_with_msgspec, True),
}

# What a value is replaced by: each JSON type, and the values the checks turn on.
REPLACEMENTS: list[JSON] = [
    None,
    True,
    0,
    -1,
    2.0,
    1.5,
    2**70,
    "",
    "NOT_A_LISTED_VALUE",
    "2024-13-45T00:00:00Z",
    "2024-01-05",
    "2024-01-05T12:34:56+02:00",
    [],
    ["x", 1],
    {},
    {"unknownKey": 1},
]
# Whole bodies that are no object.
NOT_OBJECTS: list[JSON] = ["", "text", [], [1], 0, 1.5, True, None]
# At most this many items of each list are mutated (the rest take the same code).
LIST_ITEMS = 2

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Target:
    """An operation's success body: the model and the envelope key it may come wrapped in."""

    operation_id: str
    model: type[Any]
    envelope: str | None
    schema: JSON


TARGETS = {
    op.operation_id: Target(
        op.operation_id, getattr(models, str(op.success.model)), op.success.envelope, op.success.schema
    )
    for op in operations()
    if op.success.model is not None
}


def fixtures() -> list[tuple[str, Target, JSON]]:
    """(id, target, body) for every response fixture of an operation's success response."""
    found = []
    for operation_id, target in sorted(TARGETS.items()):
        folder = FIXTURES / snake_case(operation_id)
        for path in sorted(folder.glob("2*.json")):
            found.append((f"{operation_id}/{path.stem}", target, read_fixture(path)))
    return found


FIXTURE_BODIES = fixtures()


def places(value: JSON, path: Path = ()) -> Iterator[Path]:
    """Every place in a JSON value, the top first (lists: their first LIST_ITEMS items)."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:LIST_ITEMS]):
            yield from places(item, (*path, index))


def replaced(value: JSON, path: Path, new: JSON) -> JSON:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, str(head): replaced(value[head], rest, new)}
    copy = list(value)
    copy[int(head)] = replaced(value[int(head)], rest, new)
    return copy


def dropped(value: JSON, path: Path) -> JSON:
    """The value without the key at `path` (an object's key only)."""
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        if not rest:
            return {key: item for key, item in value.items() if key != head}
        return {**value, str(head): dropped(value[head], rest)}
    copy = list(value)
    copy[int(head)] = dropped(value[int(head)], rest)
    return copy


def mutations(body: JSON) -> Iterator[JSON]:
    """The body mutated at each place in turn, each way."""
    for path in places(body):
        if path and isinstance(path[-1], str):
            yield dropped(body, path)
        for new in REPLACEMENTS:
            yield replaced(body, path, new)
        current = _at(body, path)
        if isinstance(current, dict):
            yield replaced(body, path, {**current, "zzUnknownKey": [1, {"a": None}]})
            yield replaced(body, path, {**current, "zzUnknownNull": None})


def _at(value: JSON, path: Path) -> JSON:
    for segment in path:
        value = value[segment]
    return value


def texts(body: JSON) -> Iterator[bytes]:
    """The body as text, and with its first number written too large for a float, as NaN, and
    nested deeper than either parser takes (each fails in the parser, before any decoder)."""
    text = json.dumps(body)
    yield text.encode()
    for number in ("0.9", "0.5", "25", "100"):
        if number in text:
            yield text.replace(number, "1e400", 1).encode()
            yield text.replace(number, "NaN", 1).encode()
            yield text.replace(number, "[" * 3000 + "]" * 3000, 1).encode()
            break


@dataclass(frozen=True)
class Outcome:
    """What decoding a body gave: the model (as its repr and its JSON) or the error."""

    kind: str
    model: str
    detail: tuple[str, ...]


def outcome(target: Target, content: bytes, path: str) -> Outcome:
    """Decode through the client's response path, as `path` does; on the exact path, with the flat
    decoder of the top model taken away (so from_dict decodes every body)."""
    model = target.model
    _decoding.load_json, fast = PATHS[path]
    taken = model.__dict__["_decode_fast"]
    if not fast:
        delattr(model, "_decode_fast")
    try:
        decoded = _decoding.decode(model, httpx.Response(200, content=content), target.envelope)
    except ResponseValidationError as error:
        return Outcome("error", error.model, (error.path, error.reason))
    finally:
        model._decode_fast = taken
    return Outcome("model", type(decoded).__name__, (repr(decoded), decoded.to_json(indent=None)))


def flat_decoder_takes(target: Target, content: bytes) -> bool:
    """Whether the flat decoder itself decodes the body (not its fallback)."""
    try:
        data = json.loads(content)
        if target.envelope is not None and isinstance(data, dict) and target.envelope in data:
            data = data[target.envelope]
        target.model._decode_fast(data)
    except Exception:
        return False
    return True


def natively_takes(target: Target, content: bytes) -> bool:
    """Whether msgspec's Structs take the body (not their fallback)."""
    native = _decoding._native_decoder(target.model, target.envelope)
    assert native is not None
    try:
        native(content)
    except Exception:
        return False
    return True


class Tally:
    def __init__(self) -> None:
        self.bodies = 0
        self.decoded = 0  # bodies that decode into a model
        self.flat = 0  # of them, those the flat decoder itself decodes
        self.native = 0  # of them, those msgspec's Structs take
        self.errors = 0

    def check(self, target: Target, content: bytes) -> None:
        """Every path gives the same outcome for the body."""
        self.bodies += 1
        exact = outcome(target, content, "exact")
        for path in PATHS:
            assert outcome(target, content, path) == exact, (path, content[:300])
        if exact.kind == "model":
            self.decoded += 1
            self.flat += flat_decoder_takes(target, content)
            self.native += natively_takes(target, content)
        else:
            self.errors += 1


@pytest.fixture
def tally(monkeypatch: pytest.MonkeyPatch) -> Tally:
    """Counts what the test saw; the parser is put back afterwards."""
    monkeypatch.setattr(_decoding, "load_json", _decoding.load_json)
    return Tally()


@pytest.mark.parametrize(("fixture", "target", "body"), FIXTURE_BODIES, ids=[f[0] for f in FIXTURE_BODIES])
def test_every_mutation_of_a_fixture_decodes_alike_on_every_path(
    fixture: str, target: Target, body: JSON, tally: Tally
) -> None:
    assert flat_decoder_takes(target, json.dumps(body).encode()), fixture
    assert natively_takes(target, json.dumps(body).encode()), fixture
    wrapped = [body, {target.envelope: body}] if target.envelope else [body]
    for whole in wrapped:
        for content in texts(whole):
            tally.check(target, content)
        for mutated in mutations(whole):
            tally.check(target, json.dumps(mutated).encode())
    # Every place was mutated every way, both outcomes were tried many times (50 each, or a tenth
    # of the bodies for a fixture too small to give 500: `{"valid": true}` gives 36), and the fast
    # paths themselves decoded most bodies that decode (they leave to the exact path what they
    # don't take as it is: 2.0 for an integer; and msgspec, a key the spec doesn't name).
    assert tally.bodies >= len(wrapped) * len(REPLACEMENTS) * len(list(places(body))), tally.bodies
    assert tally.decoded >= min(50, tally.bodies // 10), tally.decoded
    assert tally.errors >= min(50, tally.bodies // 10), tally.errors
    assert tally.flat >= 0.8 * tally.decoded, (tally.flat, tally.decoded)
    assert tally.native >= 0.5 * tally.decoded, (tally.native, tally.decoded)


@st.composite
def mutated_payloads(draw: st.DrawFn, schema: JSON) -> JSON:
    """A schema-valid payload, mutated at one place (or left as it is)."""
    payload = draw(payloads(schema))
    spots = list(places(payload))
    path = draw(st.sampled_from(spots))
    how = draw(st.integers(0, len(REPLACEMENTS) + 1))
    if how == len(REPLACEMENTS):
        return payload
    if how == len(REPLACEMENTS) + 1:
        return dropped(payload, path) if path and isinstance(path[-1], str) else payload
    return replaced(payload, path, REPLACEMENTS[how])


@pytest.mark.parametrize("operation_id", sorted(TARGETS))
def test_mutated_schema_valid_payloads_decode_alike_on_every_path(operation_id: str, tally: Tally) -> None:
    target = TARGETS[operation_id]
    schema = json_schema(target.schema)

    # A quarter of the profile's budget: payloads of these schemas are slow to generate.
    @settings(max_examples=max(20, settings().max_examples // 4))
    @given(payload=mutated_payloads(schema))
    def alike(payload: JSON) -> None:
        tally.check(target, json.dumps(payload).encode())

    alike()
    assert tally.bodies >= 20
    # (Generated payloads mostly carry keys the spec doesn't name, which msgspec's Structs leave
    # to the other paths; the fixtures' test counts what they take.)
    assert tally.flat > 0, (tally.flat, tally.decoded)


def models_without_required_keys() -> list[str]:
    """The spec's object schemas that require no key."""
    schemas = SPEC.document["components"]["schemas"]
    return sorted(
        name
        for name, schema in schemas.items()
        if schema.get("type") == "object" and schema.get("properties") and not schema.get("required")
    )


@pytest.mark.parametrize("name", models_without_required_keys())
@pytest.mark.parametrize("value", NOT_OBJECTS, ids=json.dumps)
def test_a_model_that_requires_no_key_refuses_what_is_not_an_object(name: str, value: JSON) -> None:
    model = getattr(models, name)
    with pytest.raises(_decoding.FastPathMiss):
        model._decode_fast(value)
    with pytest.raises(ResponseValidationError) as raised:
        _decoding.decode(model, httpx.Response(200, content=json.dumps(value).encode()))
    assert (raised.value.path, raised.value.reason) == (
        "",
        f"expected object, got {_decoding.json_type(value)}",
    )
    assert model._decode_fast({}) == model.from_dict({})


def test_an_unknown_enum_value_is_one_member_however_often_it_comes() -> None:
    first = models.Status.from_json("A_LATER_VALUE")
    assert first is models.Status.from_json("A_LATER_VALUE") is models.Status("A_LATER_VALUE")
    assert not first.is_known
    assert "A_LATER_VALUE" not in models.Status._value2member_map_
