"""The mock keeps state: what a request creates can be retrieved and is listed, an update shows,
members replaced show, a path naming a record the mock doesn't hold is a 404, state is bounded and
resets; and an answer that would break the spec never goes out.

The cases come from each spec by the conventions of its paths (a POST answered 201 with a record
creates; the record is at `<path>/{variable}` and in the listing at `<path>`), read here on their
own rather than through the mock's reading (tools/mock/resources.py), so a path the mock
misreads fails a test. The specs: the repository's, the experiments copy
(tests/support/experiments.py: a create, a list, a nested collection replaced by a PUT) and the
reviews copy (tests/support/reviews.py: every shape the sandbox derives state from)."""

from __future__ import annotations

import copy
import datetime
import json
import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.support.experiments import with_experiment_variants
from tests.support.reviews import CLOSED, REVIEW, with_reviews
from tests.support.sandbox import stored_values
from tests.support.spec import SPEC
from tools.loopback import LoopbackServer
from tools.mock.api import RESET, MockAPI, error
from tools.spec import JSON, Operation, Spec

SPECS = {
    "repository": SPEC,
    "experiments": Spec(with_experiment_variants(copy.deepcopy(SPEC.document))),
    "reviews": Spec(with_reviews(SPEC.document)),
}
REVIEWS = SPECS["reviews"]


def headers(spec: Spec) -> dict[str, str]:
    """Every credential the spec's schemes name (the mocks here accept any)."""
    return {scheme.header: f"{scheme.name}-value" for scheme in spec.security_schemes()}


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, LoopbackServer]]:
    servers = {
        name: LoopbackServer(MockAPI(spec), keep_alive=True, on_malformed=error)
        for name, spec in SPECS.items()
    }
    for server in servers.values():
        server.start()
    yield servers
    for server in servers.values():
        server.stop()


Call = Callable[..., httpx.Response]


@pytest.fixture
def on(mocks: dict[str, LoopbackServer]) -> Callable[[str], Call]:
    """`on(spec_name)`: a caller of that spec's mock, its state back to the spec's examples."""

    def caller(name: str) -> Call:
        base = mocks[name].base_url
        assert httpx.post(base + RESET).status_code == 204

        def call(method: str, path: str, body: JSON = None, **params: Any) -> httpx.Response:
            sent = {"json": body} if body is not None else {}
            return httpx.request(method, base + path, headers=headers(SPECS[name]), params=params, **sent)

        return call

    return caller


# --- the spec, read by its conventions -----------------------------------------------------------


def find(spec: Spec, path: str | None, method: str) -> Operation | None:
    return next((o for o in spec.operations() if o.path == path and o.method == method), None)


def item_path(spec: Spec, path: str) -> str | None:
    """`<path>/{variable}`, where the spec has it."""
    return next(
        (o.path for o in spec.operations() if re.fullmatch(re.escape(path) + r"/\{[^}/]+\}", o.path)), None
    )


def properties(spec: Spec, node: JSON) -> dict[str, JSON]:
    found: dict[str, JSON] = spec.resolve(node).get("properties", {}) if node else {}
    return found


def carries_a_record(spec: Spec, operation: Operation) -> bool:
    """Whether the success body is an object with an `id`, or has one as a property."""
    fields = properties(spec, operation.success.schema)
    return "id" in fields or any("id" in properties(spec, node) for node in fields.values() if "$ref" in node)


def fill(path: str, values: dict[str, JSON]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda name: str(values[name[1]]), path)


def records(body: JSON) -> list[dict[str, Any]]:
    """The records an answer carries: itself, or its properties that are objects with an `id`."""
    if isinstance(body, dict) and "id" in body:
        return [body]
    return [value for value in (body or {}).values() if isinstance(value, dict) and "id" in value]


def items(body: dict[str, Any]) -> list[dict[str, Any]]:
    """A listing's items: under `data`, else its one list of objects."""
    lists = [
        value
        for value in body.values()
        if isinstance(value, list) and all(isinstance(v, dict) for v in value)
    ]
    found: list[dict[str, Any]] = body["data"] if isinstance(body.get("data"), list) else lists[0]
    return found


def contains(shown: JSON, sent: JSON) -> bool:
    """Whether what was sent is in what is shown (which may have gained fields the schema requires)."""
    if isinstance(sent, dict):
        return isinstance(shown, dict) and all(
            key in shown and contains(shown[key], value) for key, value in sent.items()
        )
    if isinstance(sent, list):
        return isinstance(shown, list) and len(shown) == len(sent) and all(map(contains, shown, sent))
    return bool(shown == sent)


def record_schema(spec: Spec, operation: Operation, record: dict[str, Any]) -> dict[str, JSON]:
    """The properties the schema of a record in the operation's answer declares."""
    fields = properties(spec, operation.success.schema)
    if "id" in fields:
        return fields
    for node in fields.values():
        declared = properties(spec, node) if "$ref" in node else {}
        if "id" in declared and set(record) <= set(declared):
            return declared
    raise AssertionError(f"{operation.operation_id}: no schema in its answer declares {sorted(record)}")


def now() -> datetime.datetime:
    """Now, to the millisecond (as the mock writes date-times)."""
    moment = datetime.datetime.now(datetime.UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def instant(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.upper())


def cases(select: Callable[[Spec, Operation], bool]) -> list[Any]:
    return [
        pytest.param(name, operation, id=f"{name}-{operation.operation_id}")
        for name, spec in SPECS.items()
        for operation in spec.operations()
        if select(spec, operation)
    ]


def creates(spec: Spec, operation: Operation) -> bool:
    """A POST answered 201 with a record, retrievable at `<path>/{variable}` or listed at `<path>`."""
    if (
        operation.method != "post"
        or operation.success.status != "201"
        or not carries_a_record(spec, operation)
    ):
        return False
    return (
        find(spec, item_path(spec, operation.path), "get") is not None
        or find(spec, operation.path, "get") is not None
    )


def updates(spec: Spec, operation: Operation) -> bool:
    """A PUT or PATCH with a body on a path ending in a variable, which a GET reads back."""
    return (
        operation.method in ("put", "patch")
        and operation.path.endswith("}")
        and operation.request_body is not None
        and find(spec, operation.path, "get") is not None
        and carries_a_record(spec, operation)
    )


def id_lists(spec: Spec, operation: Operation) -> list[str]:
    """The body's properties that are lists of strings."""
    fields = operation.body_fields
    return [
        key
        for key, node in (fields[0] if fields else {}).items()
        if spec.resolve(node).get("type") == "array"
        and spec.resolve(spec.resolve(node)["items"]).get("type") == "string"
    ]


def replaces(spec: Spec, operation: Operation) -> bool:
    """A PUT on a path not ending in a variable, with one list of ids, that a GET reads back."""
    return (
        operation.method == "put"
        and not operation.path.endswith("}")
        and len(id_lists(spec, operation)) == 1
        and find(spec, operation.path, "get") is not None
    )


# --- create, retrieve, list, update, replace -------------------------------------------------------


@pytest.mark.parametrize(("name", "operation"), cases(creates))
def test_every_create_round_trips_create_retrieve_list(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    spec, call = SPECS[name], on(name)
    values = stored_values(operation)
    _, sent = operation.example_call()
    before = now()
    response = call("POST", fill(operation.path, values), sent)
    assert response.status_code == 201, response.text
    [created] = [r for r in records(response.json()) if str(r["id"]) not in map(str, values.values())]
    declared = record_schema(spec, operation, created)
    request = (
        spec.resolve(spec.document["components"]["schemas"][operation.request_body.model])
        if operation.request_body
        else {}
    )
    for field, value in (sent or {}).items():
        if field in declared:
            assert contains(created[field], value), field
    for field, node in request.get("properties", {}).items():  # the request's defaults, where not sent
        default = node.get("default", spec.resolve(node).get("default"))
        if field in declared and field not in (sent or {}) and default is not None:
            assert created[field] == default, field
    if declared.get("id", {}).get("format", "uuid") == "uuid" and declared["id"].get("type") == "string":
        uuid.UUID(created["id"])
    for stamp in ("createdAt", "modifiedAt"):
        if stamp in declared:
            assert instant(created[stamp]) >= before, stamp

    retrieved = item_path(spec, operation.path)
    if find(spec, retrieved, "get") is not None:
        assert retrieved is not None
        variable = retrieved.rsplit("{", 1)[1].rstrip("}")
        key = created.get(variable, created["id"])
        got = call("GET", fill(retrieved, {**values, variable: key}))
        assert got.status_code == 200, got.text
        [again] = [r for r in records(got.json()) if r["id"] == created["id"]]
        assert contains(again, {field: created[field] for field in created if field in again})
    listing = find(spec, operation.path, "get")
    if listing is not None:
        limit = {"limit": listing.pagination.max_limit} if listing.pagination else {}
        listed = call("GET", fill(operation.path, values), **limit)
        assert listed.status_code == 200, listed.text
        assert created["id"] in [item["id"] for item in items(listed.json())]


@pytest.mark.parametrize(("name", "operation"), cases(updates))
def test_an_update_merges_its_body_into_the_record(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    spec, call = SPECS[name], on(name)
    values = stored_values(operation)
    path = fill(operation.path, values)
    key = str(values[operation.path.rsplit("{", 1)[1].rstrip("}")])
    old = call("GET", path).json()
    _, sent = operation.example_call()
    before = now()
    response = call(operation.method.upper(), path, sent)
    assert response.status_code == int(operation.success.status), response.text

    def the_record(body: JSON) -> dict[str, Any]:
        return next(
            r
            for r in records(body)
            if key in (str(r["id"]), *(str(v) for v in r.values() if not isinstance(v, dict | list)))
        )

    updated, was = the_record(response.json()), the_record(old)
    declared = record_schema(spec, operation, updated)
    assert the_record(call("GET", path).json()) == updated
    for field, value in sent.items():
        if field in declared:
            assert contains(updated[field], value), field
    assert updated["id"] == was["id"]
    if "createdAt" in declared:
        assert updated["createdAt"] == was["createdAt"]
    if "modifiedAt" in declared:
        assert instant(updated["modifiedAt"]) >= before


@pytest.mark.parametrize(("name", "operation"), cases(replaces))
def test_a_put_of_ids_replaces_the_members(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    spec, call = SPECS[name], on(name)
    path = fill(operation.path, stored_values(operation))
    _, sent = operation.example_call()
    [field] = id_lists(spec, operation)
    response = call("PUT", path, sent)
    assert response.status_code == 200, response.text
    assert [item["id"] for item in items(response.json())] == sent[field]
    assert [item["id"] for item in items(call("GET", path).json())] == sent[field]
    emptied = call("PUT", path, {**sent, field: []})
    assert items(emptied.json()) == items(call("GET", path).json()) == []


def links(spec: Spec, operation: Operation) -> bool:
    """A POST whose body is two lists of ids, answered without a body, whose twin `un<word>` exists."""
    head, _, word = operation.path.rpartition("/")
    return (
        operation.method == "post"
        and operation.success.empty
        and len(id_lists(spec, operation)) == 2
        and find(spec, f"{head}/un{word}", "post") is not None
    )


def retrievable(spec: Spec, call: Call, key: str) -> list[Any]:
    """The answers of every GET of one record (`<path>/{variable}`) that holds the record `key`."""
    found = []
    for operation in spec.operations():
        variables = re.findall(r"\{([^}]+)\}", operation.path)
        if operation.method == "get" and len(variables) == 1 and operation.path.endswith("}"):
            response = call("GET", fill(operation.path, {variables[0]: key}))
            if response.status_code == 200:
                found.append(response.json())
    return found


def listed_keys(record: dict[str, Any]) -> set[str]:
    """The ids in a record's lists of records (their own, or the one record each wraps)."""
    keys = set()
    for value in record.values():
        for entry in value if isinstance(value, list) else []:
            inner = (
                [v for v in entry.values() if isinstance(v, dict) and "id" in v]
                if isinstance(entry, dict)
                else []
            )
            if isinstance(entry, dict) and "id" in entry:
                keys.add(str(entry["id"]))
            elif len(inner) == 1:
                keys.add(str(inner[0]["id"]))
    return keys


@pytest.mark.parametrize(("name", "operation"), cases(links))
def test_a_link_shows_in_the_records_it_names_and_its_un_twin_takes_it_away(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    spec, call = SPECS[name], on(name)
    _, sent = operation.example_call()
    one, other = id_lists(spec, operation)
    head, _, word = operation.path.rpartition("/")
    for twin, present in ((operation.path, True), (f"{head}/un{word}", False)):
        response = call("POST", twin, sent)
        assert (response.status_code, response.content) == (204, b""), response.text
        seen = 0
        for holder, others in ((one, other), (other, one)):
            for key in sent[holder]:
                for answer in retrievable(spec, call, key):
                    for record in records(answer):
                        if str(record["id"]) == key:
                            seen += 1
                            assert (set(sent[others]) <= listed_keys(record)) is present, (twin, record)
                            assert present or not set(sent[others]) & listed_keys(record), (twin, record)
        assert seen, f"{operation.operation_id}: no record its example names can be retrieved"


def acts_on_a_record(spec: Spec, operation: Operation) -> bool:
    """A write on a word after a path a GET reads one record at (`.../versions/{n}/activate`), the
    word no collection (no GET reads it: `/v0/tasks/{id}/tags` has one)."""
    head, _, word = operation.path.rpartition("/")
    return (
        operation.method != "get"
        and find(spec, operation.path, "get") is None
        and "{" not in word
        and head.endswith("}")
        and find(spec, head, "get") is not None
        and not operation.success.empty
    )


@pytest.mark.parametrize(("name", "operation"), cases(acts_on_a_record))
def test_an_action_on_a_record_leaves_it_as_its_example_shows(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    """What the action's example shows of the record it acts on (its enum fields: a status) is
    what the record shows after it."""
    spec, call = SPECS[name], on(name)
    values = stored_values(operation)
    example_values, sent = operation.example_call()
    head = operation.path.rpartition("/")[0]
    last = re.findall(r"\{([^}]+)\}", head)[-1]

    def the_record(body: JSON, key: JSON) -> dict[str, Any]:
        return next(
            r
            for r in records(body)
            if str(key) in (str(r["id"]), *(str(v) for v in r.values() if not isinstance(v, dict | list)))
        )

    shown = the_record(success_example_of(operation), example_values[last])
    declared = record_schema(spec, operation, shown)
    enums = {
        field: value for field, value in shown.items() if "enum" in spec.resolve(declared.get(field, {}))
    }
    response = call(operation.method.upper(), fill(operation.path, values), sent)
    assert response.status_code == int(operation.success.status), response.text
    after = the_record(call("GET", fill(head, values)).json(), values[last])
    assert {field: after.get(field) for field in enums} == enums


def success_example_of(operation: Operation) -> JSON:
    return next(e.value for e in operation.examples() if e.status == operation.success.status)


def names_a_record(spec: Spec, operation: Operation) -> bool:
    """A path whose first variable follows a resource's name (`/v0/evals/{id}`,
    `/v0/tasks/{id}/tags`), not a word qualifying one (`/v0/traces/by-test/{id}`: `by-test`
    follows a path of its own, `/v0/traces`)."""
    named = operation.path.split("{", 1)[0].rstrip("/")
    return "{" in operation.path and not any(o.path == named.rsplit("/", 1)[0] for o in spec.operations())


@pytest.mark.parametrize(("name", "operation"), cases(names_a_record))
def test_a_record_the_path_names_that_the_mock_does_not_hold_is_404(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    values = stored_values(operation)
    first = re.search(r"\{([^}]+)\}", operation.path)
    assert first is not None
    _, body = operation.example_call()
    response = on(name)(operation.method.upper(), fill(operation.path, {**values, first[1]: "0"}), body)
    assert response.status_code == 404, response.text
    assert "'0'" in response.json()["message"]


# --- what the reviews copy shows: nesting, actions, deletes, filters, bounds -------------------------


def test_a_nested_record_is_numbered_names_its_parent_and_shows_in_it(on: Callable[[str], Call]) -> None:
    call = on("reviews")
    review = call("POST", "/v0/reviews", {"title": "Nested"}).json()["review"]
    assert review["status"] == "OPEN"  # the body's default
    assert review["reviewer"]  # required, not sent: built from the schema
    first, second = (call("POST", f"/v0/reviews/{review['id']}/comments").json() for _ in range(2))
    assert [first["comment"]["number"], second["comment"]["number"]] == [1, 2]
    assert first["comment"]["reviewId"] == review["id"] == second["review"]["id"]
    assert [c["number"] for c in second["review"]["comments"]] == [1, 2]
    listed = call("GET", f"/v0/reviews/{review['id']}/comments").json()
    assert [c["id"] for c in listed["comments"]] == [first["comment"]["id"], second["comment"]["id"]]
    assert listed["review"]["id"] == review["id"]
    # The example's review already has comment 1: the next is 2.
    assert call("POST", f"/v0/reviews/{REVIEW['id']}/comments").json()["comment"]["number"] == 2
    edited = call("PUT", f"/v0/reviews/{review['id']}/comments/2", {"text": "Second thoughts."}).json()
    assert edited["comment"]["text"] == "Second thoughts."
    assert (
        call("GET", f"/v0/reviews/{review['id']}/comments/2").json()["comment"]["text"] == "Second thoughts."
    )


def test_an_action_answers_with_the_records_its_path_names_its_record_as_its_example_shows(
    on: Callable[[str], Call],
) -> None:
    call = on("reviews")
    review = call("POST", "/v0/reviews", {"title": "Action"}).json()["review"]
    comment = call("POST", f"/v0/reviews/{review['id']}/comments").json()["comment"]
    resolved = call("PUT", f"/v0/reviews/{review['id']}/comments/1/resolve")
    assert resolved.status_code == 200
    assert resolved.json()["review"]["id"] == review["id"]
    changed = resolved.json()["comment"]
    assert changed["state"] == "RESOLVED"  # the enum value the action's example shows
    assert {key: value for key, value in changed.items() if key != "state"} == comment
    assert call("GET", f"/v0/reviews/{review['id']}/comments/1").json()["comment"] == changed
    shown = call("GET", f"/v0/reviews/{review['id']}").json()["review"]["comments"]
    assert [c.get("state") for c in shown] == ["RESOLVED"]  # and in its parent
    assert call("PUT", f"/v0/reviews/{review['id']}/comments/9/resolve").status_code == 404
    closed = call("POST", "/v0/reviews/close", {"reviewIds": [review["id"]]})
    assert (closed.status_code, closed.content) == (204, b"")
    assert call("GET", f"/v0/reviews/{review['id']}").json()["review"]["status"] == "OPEN"  # not derivable


def test_a_deleted_record_is_gone_with_what_is_nested_under_it(on: Callable[[str], Call]) -> None:
    call = on("reviews")
    assert call("DELETE", f"/v0/reviews/{REVIEW['id']}").status_code == 204
    assert call("GET", f"/v0/reviews/{REVIEW['id']}").status_code == 404
    assert call("GET", f"/v0/reviews/{REVIEW['id']}/comments/1").status_code == 404
    assert REVIEW["id"] not in [r["id"] for r in call("GET", "/v0/reviews").json()["data"]]


def test_a_listing_filters_and_orders_what_was_created_and_shows_it_as_its_items_schema(
    on: Callable[[str], Call],
) -> None:
    call = on("reviews")
    made = [call("POST", "/v0/reviews", {"title": f"Review {n}"}).json()["review"] for n in range(3)]
    call("PATCH", f"/v0/reviews/{made[1]['id']}", {"status": "CLOSED"})
    closed = call("GET", "/v0/reviews", status="CLOSED").json()["data"]
    assert [r["id"] for r in closed] == [made[1]["id"], CLOSED["id"]]  # newest first
    listed = {r["id"]: r for r in call("GET", "/v0/reviews").json()["data"]}
    assert listed[made[0]["id"]] == {
        "id": made[0]["id"],
        "title": "Review 0",
        "status": "OPEN",
        "commentCount": 0,  # required of a listed review, not a review's: built from the schema
        "createdAt": made[0]["createdAt"],
    }


def test_past_the_limit_the_oldest_created_record_goes_with_its_nested_ones() -> None:
    with LoopbackServer(MockAPI(REVIEWS, limit=3), on_malformed=error).running() as server:

        def call(method: str, path: str, body: JSON = None) -> httpx.Response:
            return httpx.request(method, server.base_url + path, headers=headers(REVIEWS), json=body)

        first = call("POST", "/v0/reviews", {"title": "First"}).json()["review"]
        assert call("POST", f"/v0/reviews/{first['id']}/comments").status_code == 201
        later = [
            call("POST", "/v0/reviews", {"title": f"Later {n}"}).json()["review"]["id"] for n in range(3)
        ]
        listed = call("GET", "/v0/reviews").json()
        assert sorted(r["id"] for r in listed["data"]) == sorted(later)
        assert listed["pagination"]["total"] == 3
        assert call("GET", f"/v0/reviews/{first['id']}").status_code == 404
        assert call("GET", f"/v0/reviews/{first['id']}/comments/1").status_code == 404


def takes_required_fields(spec: Spec, operation: Operation) -> bool:
    return bool(operation.body_fields and operation.body_fields[1])


@pytest.mark.parametrize(("name", "operation"), cases(takes_required_fields))
def test_a_body_that_breaks_the_spec_is_422_naming_the_field(
    name: str, operation: Operation, on: Callable[[str], Call]
) -> None:
    call = on(name)
    path = fill(operation.path, stored_values(operation))
    assert operation.body_fields is not None
    required = operation.body_fields[1][0]
    _, sent = operation.example_call()
    missing = call(operation.method.upper(), path, {k: v for k, v in sent.items() if k != required})
    assert missing.status_code == 422, missing.text
    assert (
        missing.json()["message"] == f"Invalid request body: (the body): '{required}' is a required property"
    )
    wrong = call(operation.method.upper(), path, {**sent, required: {"not": ["what", "it", "takes"]}})
    assert wrong.status_code == 422, wrong.text
    assert wrong.json()["message"].startswith(f"Invalid request body: {required}: ")


def test_past_the_budget_the_records_changed_longest_ago_go() -> None:
    # A review of a 1,000-character title is some 1,200 bytes of JSON: three fit, not four.
    with LoopbackServer(MockAPI(REVIEWS, budget=4_000), on_malformed=error).running() as server:

        def call(method: str, path: str, body: JSON = None) -> httpx.Response:
            return httpx.request(method, server.base_url + path, headers=headers(REVIEWS), json=body)

        made = [
            call("POST", "/v0/reviews", {"title": f"{n}" * 1000}).json()["review"]["id"] for n in range(3)
        ]
        assert call("PATCH", f"/v0/reviews/{made[0]}", {"note": "kept: changed last"}).status_code == 200
        made.append(call("POST", "/v0/reviews", {"title": "3" * 1000}).json()["review"]["id"])
        kept = [key for key in made if call("GET", f"/v0/reviews/{key}").status_code == 200]
        assert kept == [made[0], made[2], made[3]]  # 1 changed longest ago
        assert call("GET", f"/v0/reviews/{REVIEW['id']}").status_code == 200  # the spec's, never counted


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        (b'{"title": "deep", "note": ' + b"[" * 65 + b"]" * 65 + b"}", 400, "nests deeper than 64 levels"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "nests deeper than 64 levels"),
        (json.dumps({"title": "many", "note": ["x"] * 100_000}).encode(), 413, "more than 100000 values"),
    ],
    ids=["deep", "deeper-than-the-parser-goes", "many-values"],
)
def test_a_body_past_the_bounds_is_refused_before_it_is_validated(
    body: bytes, status: int, says: str, mocks: dict[str, LoopbackServer]
) -> None:
    sent = {**headers(REVIEWS), "content-type": "application/json"}
    response = httpx.post(mocks["reviews"].base_url + "/v0/reviews", headers=sent, content=body)
    assert response.status_code == status
    assert says in response.json()["message"]


def test_post_mock_reset_forgets_every_change(
    on: Callable[[str], Call], mocks: dict[str, LoopbackServer]
) -> None:
    call = on("reviews")
    base = mocks["reviews"].base_url
    review = call("POST", "/v0/reviews", {"title": "Forgotten"}).json()["review"]
    call("PATCH", f"/v0/reviews/{REVIEW['id']}", {"title": "Changed"})
    reset = httpx.post(base + RESET)  # no credentials: it isn't the API's
    assert (reset.status_code, reset.content) == (204, b"")
    assert call("GET", f"/v0/reviews/{review['id']}").status_code == 404
    assert call("GET", f"/v0/reviews/{REVIEW['id']}").json() == {"review": REVIEW}
    refused = httpx.get(base + RESET)
    assert (refused.status_code, refused.headers["allow"]) == (405, "POST")


def test_mock_api_reset_forgets_every_change() -> None:
    mock = MockAPI(REVIEWS)
    with LoopbackServer(mock, on_malformed=error).running() as server:
        url = f"{server.base_url}/v0/reviews"
        made = httpx.post(url, headers=headers(REVIEWS), json={"title": "Gone"}).json()["review"]
        mock.reset()
        assert made["id"] not in [r["id"] for r in httpx.get(url, headers=headers(REVIEWS)).json()["data"]]


def test_a_link_shows_in_both_records_models_and_filters_and_its_undoing_takes_it_away(
    on: Callable[[str], Call],
) -> None:
    call = on("reviews")
    review = call("POST", "/v0/reviews", {"title": "Labelled"}).json()["review"]
    label = call("POST", "/v0/labels", {"name": "tone"}).json()["label"]
    linked = call(
        "POST", "/v0/reviews/label", {"reviewIds": [review["id"], "unknown"], "labelIds": [label["id"]]}
    )
    assert (linked.status_code, linked.content) == (204, b"")  # unknown keys skipped: 404 isn't documented
    assert call("GET", f"/v0/reviews/{review['id']}").json()["review"]["labels"] == [label]
    listed = call("GET", "/v0/reviews", labelId=label["id"]).json()["data"]
    assert [(r["id"], r["labels"]) for r in listed] == [(review["id"], [{"label": label}])]  # wrapped
    again = call("POST", "/v0/reviews/label", {"reviewIds": [review["id"]], "labelIds": [label["id"]]})
    assert again.status_code == 204
    assert call("GET", f"/v0/reviews/{review['id']}").json()["review"]["labels"] == [label]  # once
    call("POST", "/v0/reviews/unlabel", {"reviewIds": [review["id"]], "labelIds": [label["id"]]})
    assert call("GET", f"/v0/reviews/{review['id']}").json()["review"]["labels"] == []
    assert call("GET", "/v0/reviews", labelId=label["id"]).json()["data"] == []


# --- answers checked against the spec -------------------------------------------------------------


def test_an_answer_that_would_break_the_spec_is_a_500_that_says_so() -> None:
    """The mock checks each answer before sending it: here a listing's page is longer than a spec
    that allows one item a page says, which no request could be blamed for."""
    document = copy.deepcopy(SPEC.document)
    paged = next(o for o in SPEC.operations() if o.pagination is not None)
    document["components"]["schemas"][paged.success.model]["properties"]["data"]["maxItems"] = 1
    spec = Spec(document)
    with LoopbackServer(MockAPI(spec), on_malformed=error).running() as server:
        response = httpx.get(server.base_url + paged.path, headers=headers(spec))
    assert response.status_code == 500
    assert response.json()["statusCode"] == 500
    assert "breaks the spec (a bug in the mock)" in response.json()["message"]
    assert "is too long" in response.json()["message"]
